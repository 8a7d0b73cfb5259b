// The rules panel: rules stated once (one per line), previewed over this document or the study
// (how many disagreements each settles, with examples), applied as one undoable batch (owner).
import { h, replaceChildren, toast } from './dom.js';
import { reconcileApi } from './reconcile-api.js';

const DEFAULT_RULES = ['same-code within=100 overlap=30 take=union', 'only-one-coder take=keep scope=passage',
  'parent-child take=child'].join('\n');

export function createRulesPanel(ctx) {
  const rules = h('textarea', { className: 'rc-rules-text', rows: 4, value: DEFAULT_RULES,
    attrs: { 'aria-label': 'Rules, one per line', spellcheck: 'false' } });
  const scope = h('select', { className: 'rc-rules-scope', attrs: { 'aria-label': 'Where' } },
    h('option', { value: 'document' }, 'this document'), h('option', { value: 'study' }, 'the whole study'));
  const previewBtn = h('button', { type: 'button', dataset: { action: 'preview-rules' } }, 'Preview');
  const applyBtn = h('button', { type: 'button', className: 'primary', dataset: { action: 'apply-rules' }, disabled: true }, 'Apply');
  const undoBtn = h('button', { type: 'button', className: 'small', dataset: { action: 'undo-rules' }, hidden: true }, 'Undo last batch');
  const result = h('div', { className: 'rc-rules-result' });
  const element = h('section', { className: 'rc-panel rc-rules' },
    h('h2', {}, 'Rules'),
    h('p', { className: 'muted' }, 'One rule per line, tried in order; only open disagreements are touched. Syntax: ',
      h('code', {}, 'same-code within=N overlap=P take=union|intersection|CODER'), ', ',
      h('code', {}, 'parent-child take=child'), ', ', h('code', {}, 'only-one-coder take=keep|open [scope=document|code|passage]'), '.'),
    rules, h('div', { className: 'rc-tools' }, scope, previewBtn, applyBtn, undoBtn), result);
  let lastBatch = null;

  const body = () => {
    const b = { coders: ctx.coders().map(Number), rules: rules.value.split('\n').map((l) => l.trim()).filter(Boolean) };
    if (scope.value === 'document') b.document = Number(ctx.documentId());
    return b;
  };

  function draw(p) {
    const settled = p.open - p.openAfter;
    replaceChildren(result,
      h('p', { className: 'rc-rules-total' }, `${settled} of ${p.open} open disagreements settled; ${p.openAfter} stay open.`),
      h('ol', { className: 'rc-rules-list' }, p.rules.map((r) => h('li', { dataset: { settles: String(r.settles) } },
        h('code', {}, r.rule), ` settles ${r.settles}`, r.leavesOpen ? `, leaves ${r.leavesOpen} open` : '',
        h('ul', { className: 'rc-rules-examples' }, r.examples.map((e) => h('li', {},
          h('span', { className: 'muted' }, `${e.documentName}: `), `“${e.text}” → ${e.result}`)))))));
  }

  previewBtn.addEventListener('click', async () => {
    previewBtn.disabled = true;
    try {
      draw(await reconcileApi.previewRules(body()));
      applyBtn.disabled = false;
    } catch (e) {
      replaceChildren(result, h('p', { className: 'error' }, e.message));
      applyBtn.disabled = true;
    } finally {
      previewBtn.disabled = false;
    }
  });
  applyBtn.addEventListener('click', async () => {
    applyBtn.disabled = true;
    try {
      const r = await reconcileApi.applyRules(body());
      lastBatch = r.batch.id;
      undoBtn.hidden = false;
      toast(`${r.batch.decisions} decisions written by the rules (batch ${r.batch.id}).`);
      draw(r.after);
      await ctx.reload();
    } catch (e) {
      toast(e.message, 'error');
    }
  });
  undoBtn.addEventListener('click', async () => {
    if (lastBatch === null) return;
    try {
      const b = await reconcileApi.undoRules(lastBatch);
      toast(`Batch ${b.id} undone: its ${b.decisions} decisions were withdrawn.`);
      undoBtn.hidden = true;
      lastBatch = null;
      await ctx.reload();
    } catch (e) {
      toast(e.message, 'error');
    }
  });
  rules.addEventListener('input', () => {
    applyBtn.disabled = true;
  });
  return {
    element,
    draw() {
      element.hidden = !ctx.isOwner();
    },
  };
}
