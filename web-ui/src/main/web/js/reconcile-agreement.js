// Agreement before and after discussion: the first report computed for a comparison in this
// browser session is kept as the baseline ("before"); "Recompute" asks the server again ("now").
// "Codes and themes" adds rows for the theme nodes (codings rolled up to the themes their codes
// belong to), so a team sees agreement on a theme where coders chose different sibling codes.
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
  const by = h('select', { className: 'rc-by', attrs: { 'aria-label': 'Rows' } },
    [['', 'Codes'], ['0', 'Codes and themes'], ['1', 'Codes and subthemes']].map(([v, l]) => h('option', { value: v }, l)));
  const recompute = h('button', { type: 'button', dataset: { action: 'recompute' } }, 'Recompute');
  const baseline = h('button', { type: 'button', className: 'small', title: 'Make the current numbers the new “before”' },
    'Use as baseline');
  const table = h('div', { className: 'rc-agreement-table' });
  const note = h('p', { className: 'muted rc-agreement-note' });
  const panel = h('section', { className: 'rc-panel rc-agreement' },
    h('h2', {}, 'Agreement'), h('div', { className: 'rc-tools' }, select, unit, by, recompute, baseline), table, note);
  let now = null;
  let themes = null; // {depth, report} or {depth, error}

  const storageKey = () => `verbatim.agreement.${ctx.documentId()}.${select.value}.${unit.value}`;
  const themeKey = (depth) => `${storageKey()}.themes.${depth}`;

  async function compute() {
    const comparison = ctx.comparisons()[Number(select.value)];
    if (!comparison) return;
    recompute.disabled = true;
    try {
      const depth = by.value === '' ? null : Number(by.value);
      const [codes, themed] = await Promise.all([
        reconcileApi.agreement(ctx.documentId(), comparison.coders, unit.value),
        depth === null ? null : reconcileApi.agreement(ctx.documentId(), comparison.coders, unit.value, depth)
          .then((report) => ({ depth, report }), (e) => ({ depth, error: e.message }))]);
      now = codes;
      themes = themed;
      if (!sessionStorage.getItem(storageKey())) sessionStorage.setItem(storageKey(), JSON.stringify(now));
      if (themes && themes.report && !sessionStorage.getItem(themeKey(depth))) {
        sessionStorage.setItem(themeKey(depth), JSON.stringify(themes.report));
      }
      draw();
    } catch (e) {
      replaceChildren(table, h('p', { className: 'error' }, e.message));
    } finally {
      recompute.disabled = false;
    }
  }

  const stored = (key) => {
    try {
      return JSON.parse(sessionStorage.getItem(key) || 'null');
    } catch {
      return null;
    }
  };

  /** Before → now rows of one report; theme rows carry their path and the class `theme`. */
  function bodyRows(before, current, theme) {
    const b = rows(before);
    const n = rows(current);
    return [...new Set([...n.keys(), ...b.keys()])].map((k) => {
      const row = n.get(k) || b.get(k);
      const pooled = k.startsWith('\u0000');
      const tr = h('tr', { className: [pooled ? 'pooled' : '', theme ? 'theme' : ''].filter(Boolean).join(' '),
        dataset: theme && !pooled ? { theme: k } : {} },
      h('td', { title: pooled ? '' : k }, pooled && theme ? 'All themes (pooled)' : row.code || k),
      STATS.map(([s]) => cell(b.get(k), n.get(k), s)));
      return tr;
    });
  }

  function draw() {
    const head = h('tr', {}, h('th', {}, 'Code'), STATS.map(([, l]) => h('th', { className: 'num' }, l)));
    const body = bodyRows(stored(storageKey()), now, false);
    if (themes) {
      const label = themes.depth === 0 ? 'Themes' : `Themes at depth ${themes.depth}`;
      body.push(h('tr', { className: 'rc-theme-head' },
        h('th', { attrs: { colspan: String(STATS.length + 1), scope: 'rowgroup' } }, label)));
      if (themes.report) body.push(...bodyRows(stored(themeKey(themes.depth)), themes.report, true));
      else body.push(h('tr', { className: 'rc-theme-error' }, h('td', { attrs: { colspan: String(STATS.length + 1) } }, themes.error)));
    }
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
    if (themes && themes.report) sessionStorage.setItem(themeKey(themes.depth), JSON.stringify(themes.report));
    draw();
    toast('Baseline set to the current agreement.');
  });
  select.addEventListener('change', compute);
  unit.addEventListener('change', compute);
  by.addEventListener('change', compute);

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
