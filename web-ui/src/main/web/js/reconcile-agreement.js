// Agreement before and after discussion: the first report computed for a comparison in this
// browser session is kept as the baseline ("before"); "Recompute" asks the server again ("now").
import { h, replaceChildren, toast } from './dom.js';
import { reconcileApi } from './reconcile-api.js';

const STATS = [['percentAgreement', '%'], ['cohenKappa', 'κ'], ['krippendorffAlpha', 'α']];

function format(row, key) {
  const v = row ? row[key] : undefined;
  if (v === null || v === undefined) return '—';
  return key === 'percentAgreement' ? `${Math.round(v * 100)}%` : v.toFixed(2);
}

/** "before → now" of one statistic; an undefined value says why in its tooltip. */
function cell(before, now, key) {
  const why = [before, now].map((r) => (r && r.reasons && r.reasons[key]) || '').filter(Boolean);
  const text = before ? `${format(before, key)} → ${format(now, key)}` : format(now, key);
  return h('td', { className: 'num', title: why.join('; ') }, text);
}

/** Rows keyed by code path, plus the pooled row. */
function rows(report) {
  const out = new Map();
  if (!report) return out;
  for (const c of report.codes || []) out.set(c.path, c);
  if (report.pooled) out.set('\u0000pooled', { ...report.pooled, code: 'All codes (pooled)' });
  return out;
}

/**
 * The panel. `comparisons()` lists {label, coders} to choose from (the chosen coders first, then
 * each against the consensus layer); `documentId()` is the open document.
 */
export function createAgreementPanel(ctx) {
  const select = h('select', { className: 'rc-compare', attrs: { 'aria-label': 'Whose agreement' } });
  const unit = h('select', { className: 'rc-unit', attrs: { 'aria-label': 'Unit' } },
    ['sentence', 'turn', 'paragraph', 'document'].map((u) => h('option', { value: u }, u)));
  const recompute = h('button', { type: 'button', dataset: { action: 'recompute' } }, 'Recompute');
  const baseline = h('button', { type: 'button', className: 'small', title: 'Make the current numbers the new “before”' },
    'Use as baseline');
  const table = h('div', { className: 'rc-agreement-table' });
  const note = h('p', { className: 'muted rc-agreement-note' });
  const panel = h('section', { className: 'rc-panel rc-agreement' },
    h('h2', {}, 'Agreement'), h('div', { className: 'rc-tools' }, select, unit, recompute, baseline), table, note);
  let now = null;

  const storageKey = () => `verbatim.agreement.${ctx.documentId()}.${select.value}.${unit.value}`;

  async function compute() {
    const comparison = ctx.comparisons()[Number(select.value)];
    if (!comparison) return;
    recompute.disabled = true;
    try {
      now = await reconcileApi.agreement(ctx.documentId(), comparison.coders, unit.value);
      if (!sessionStorage.getItem(storageKey())) sessionStorage.setItem(storageKey(), JSON.stringify(now));
      draw();
    } catch (e) {
      replaceChildren(table, h('p', { className: 'error' }, e.message));
    } finally {
      recompute.disabled = false;
    }
  }

  function draw() {
    let before = null;
    try {
      before = JSON.parse(sessionStorage.getItem(storageKey()) || 'null');
    } catch {
      before = null;
    }
    const b = rows(before);
    const n = rows(now);
    const keys = [...new Set([...n.keys(), ...b.keys()])];
    const head = h('tr', {}, h('th', {}, 'Code'), STATS.map(([, l]) => h('th', { className: 'num' }, l)));
    const body = keys.map((k) => {
      const row = n.get(k) || b.get(k);
      return h('tr', { className: k.startsWith('\u0000') ? 'pooled' : '' },
        h('td', {}, row.code || k), STATS.map(([s]) => cell(b.get(k), n.get(k), s)));
    });
    replaceChildren(table, h('table', { className: 'doc-table' }, h('thead', {}, head), h('tbody', {}, body)));
    const skipped = now && now.skippedDocuments && now.skippedDocuments.length;
    note.textContent = skipped
      ? 'Not compared: a compared coder has no codings in this document.'
      : now ? `Before → now. ${now.units} ${unit.value}s; a ${unit.value} counts as coded with a code when a coding`
        + ' of it overlaps it. κ needs exactly two coders.' : '';
  }

  recompute.addEventListener('click', compute);
  baseline.addEventListener('click', () => {
    if (!now) return;
    sessionStorage.setItem(storageKey(), JSON.stringify(now));
    draw();
    toast('Baseline set to the current agreement.');
  });
  select.addEventListener('change', compute);
  unit.addEventListener('change', compute);

  return {
    element: panel,
    /** Re-lists the comparisons (after choosing coders) and computes the agreement now. */
    reset() {
      const previous = select.value;
      replaceChildren(select, ctx.comparisons().map((c, i) => h('option', { value: String(i) }, c.label)));
      if ([...select.options].some((o) => o.value === previous)) select.value = previous;
      now = null;
      return compute();
    },
    compute,
  };
}
