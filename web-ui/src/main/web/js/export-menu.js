// The Export menu of every page's nav: choose what, its format and the options that shape it, and
// download the file GET /api/export builds (the same exporters as `verbatim export`). Only the
// formats the server lists for a choice are offered, and only the options that export reads.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';
import { themesApi } from './themes-api.js';
import { exportsApi } from './quotes-api.js';

// What each export is called and which options it reads (core/export; docs/api.md "Exports").
const WHATS = {
  themes: { label: 'Table 2: themes and quotes', options: ['layer', 'quotes', 'quoteLanguage', 'columns'] },
  participants: { label: 'Table 1: participants', options: ['by', 'median'] },
  codebook: { label: 'Codebook', options: ['layer'] },
  segments: { label: 'Coded segments', options: ['layer', 'wide'] },
  matrix: { label: 'Theme matrix', options: ['layer', 'by'] },
  cooccurrence: { label: 'Code co-occurrence', options: ['layer'] },
  saturation: { label: 'Saturation curve', options: ['layer', 'by'] },
  'member-check': { label: 'Member-checking packets (zip)', options: ['layer', 'quotes', 'quoteLanguage'] },
};
const FORMATS = { docx: 'Word (.docx)', xlsx: 'Excel (.xlsx)', csv: 'CSV (.csv)', md: 'Markdown (.md)', html: 'HTML (.html)' };
const COLUMNS = ['theme', 'subtheme', 'definition', 'participants', 'quotes'];

function field(label, control, key) {
  return h('label', { className: 'ex-field', dataset: { option: key } }, label + ' ', control);
}

function select(name, label, options) {
  return h('select', { name, attrs: { 'aria-label': label } },
    options.map(([value, text]) => h('option', { value }, text)));
}

/** Builds the menu's form once its choices are known. */
async function buildForm(panel) {
  const [whats, layers, participants] = await Promise.all([
    exportsApi.list(),
    themesApi.layers().catch(() => ({ defaultLabel: 'default', layers: [] })),
    api.participants().catch(() => []),
  ]);
  const attributes = [...new Set(participants.flatMap((p) => Object.keys(p.attributes || {})))].sort();
  const what = select('what', 'What to export',
    Object.keys(whats).map((w) => [w, (WHATS[w] && WHATS[w].label) || w]));
  const format = select('format', 'Format', []);
  const layer = select('layer', 'Layer', [['', `default (${layers.defaultLabel})`],
    ...layers.layers.map((l) => [l.spec, l.label])]);
  const by = select('by', 'Split by attribute', [['', 'no split'], ...attributes.map((a) => [a, a])]);
  const quotes = h('input', { type: 'number', name: 'quotes', value: '3', min: '0', max: '100', attrs: { 'aria-label': 'Quotes per theme' } });
  const quoteLanguage = select('quoteLanguage', 'Quote language',
    [['both', 'original and translation'], ['original', 'original'], ['translation', 'translation']]);
  const columns = h('fieldset', { className: 'ex-columns', dataset: { option: 'columns' } }, h('legend', {}, 'Columns'),
    COLUMNS.map((c) => h('label', {}, h('input', { type: 'checkbox', name: 'column', value: c, checked: true }), ' ' + c)));
  const check = (name, label) => h('label', { className: 'ex-field', dataset: { option: name } },
    h('input', { type: 'checkbox', name }), ' ' + label);
  const median = check('median', 'median and IQR');
  const wide = check('wide', 'wide: one 0/1 column per code');
  const bom = check('bom', 'byte-order mark (for Excel)');
  // every export passes through the de-identification map (De-identify page) when this is ticked
  const deidentified = check('deidentified', 'de-identified (accepted names replaced)');
  const rows = {
    layer: field('Layer', layer, 'layer'), by: field('Split by', by, 'by'), quotes: field('Quotes per theme', quotes, 'quotes'),
    quoteLanguage: field('Quotes in', quoteLanguage, 'quoteLanguage'), columns, median, wide, bom, deidentified,
  };
  const status = h('p', { className: 'ex-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const submit = h('button', { type: 'submit', className: 'primary ex-download' }, 'Download');
  const form = h('form', { className: 'ex-form' }, field('What', what, 'what'), field('Format', format, 'format'),
    Object.values(rows), submit, status);

  function refresh() {
    const formats = whats[what.value] || [];
    const kept = format.value;
    replaceChildren(format, formats.map((f) => h('option', { value: f }, FORMATS[f] || f)));
    if (formats.includes(kept)) format.value = kept;
    const reads = (WHATS[what.value] && WHATS[what.value].options) || [];
    for (const [key, row] of Object.entries(rows)) {
      if (key === 'deidentified') row.hidden = false;
      else row.hidden = key === 'bom' ? format.value !== 'csv' : !reads.includes(key);
    }
    form.dataset.url = url();
  }

  // the query of GET /api/export for what the form shows; hidden options are not sent
  function url() {
    const shown = (key) => !rows[key].hidden;
    const cols = [...columns.querySelectorAll('input:checked')].map((c) => c.value);
    return exportsApi.url(what.value, format.value, {
      layer: shown('layer') ? layer.value : '',
      by: shown('by') ? by.value : '',
      quotes: shown('quotes') ? quotes.value : '',
      quoteLanguage: shown('quoteLanguage') ? quoteLanguage.value : '',
      columns: shown('columns') && cols.length < COLUMNS.length ? cols.join(',') : '',
      median: shown('median') && median.querySelector('input').checked,
      wide: shown('wide') && wide.querySelector('input').checked,
      bom: shown('bom') && bom.querySelector('input').checked,
      deidentified: deidentified.querySelector('input').checked,
    });
  }

  form.addEventListener('change', refresh);
  form.addEventListener('input', () => { form.dataset.url = url(); });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const target = url();
    form.dataset.url = target;
    submit.disabled = true;
    status.className = 'ex-status';
    status.textContent = 'Building the file…';
    try {
      const { blob, name } = await exportsApi.fetch(target);
      const href = URL.createObjectURL(blob);
      const a = h('a', { href, download: name, className: 'ex-saved' });
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      status.textContent = `Downloaded ${name} (${Math.max(1, Math.round(blob.size / 1024))} KB)`;
      form.dataset.downloaded = name;
    } catch (err) {
      status.className = 'ex-status ex-error';
      status.setAttribute('role', 'alert');
      status.textContent = err.message || String(err);
    } finally {
      submit.disabled = false;
    }
  });
  replaceChildren(panel, form);
  refresh();
}

/** The nav's Export menu: a disclosure whose panel loads its choices when first opened. */
export function exportMenu() {
  const panel = h('div', { className: 'ex-panel' }, h('p', { className: 'ex-status' }, 'Loading…'));
  const menu = h('details', { className: 'export-menu' }, h('summary', {}, 'Export'), panel);
  let loaded = false;
  menu.addEventListener('toggle', () => {
    if (!menu.open || loaded) return;
    loaded = true;
    buildForm(panel).catch((e) => {
      loaded = false;
      replaceChildren(panel, h('p', { className: 'ex-status ex-error', attrs: { role: 'alert' } }, e.message || String(e)));
    });
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary').focus();
    }
  });
  return menu;
}
