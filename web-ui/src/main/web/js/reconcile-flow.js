// Working through many disagreements: filters (kind, code, coder, state), the current card with
// keyboard flow (j/k or arrows: next/previous; a/b: accept the first/second coder; m: merge; d: drop),
// and progress ("212 of 660 decided") for the document and the study.
import { h, replaceChildren } from './dom.js';

const KIND_LABELS = [['', 'All kinds'], ['only_one_coder', 'Only one coder'], ['different_codes', 'Different codes'],
  ['different_boundaries', 'Different boundaries']];
const STATES = [['open', 'Open'], ['decided', 'Decided'], ['', 'All']];

export function createFlow(ctx) {
  const kind = h('select', { className: 'rc-filter-kind', attrs: { 'aria-label': 'Kind' } },
    KIND_LABELS.map(([v, l]) => h('option', { value: v }, l)));
  const code = h('select', { className: 'rc-filter-code', attrs: { 'aria-label': 'Code' } });
  const coder = h('select', { className: 'rc-filter-coder', attrs: { 'aria-label': 'Coder' } });
  const state = h('select', { className: 'rc-filter-state', attrs: { 'aria-label': 'State' } },
    STATES.map(([v, l]) => h('option', { value: v }, l)));
  state.value = '';
  const progress = h('div', { className: 'rc-progress', attrs: { 'aria-live': 'polite' } });
  const element = h('div', { className: 'rc-filters' }, kind, code, coder, state,
    h('span', { className: 'muted rc-keys' }, 'Keys: j/k next/previous · a/b accept · m merge · d drop'));
  for (const s of [kind, code, coder, state]) s.addEventListener('change', () => ctx.redraw());
  let current = -1;

  const isOpen = (d) => !d.decision || d.outdated;

  function fill(review) {
    const keep = [code.value, coder.value];
    const used = new Set(review.disagreements.flatMap((d) => d.sides.flatMap((s) => s.passages.map((p) => String(p.coding.code)))));
    replaceChildren(code, h('option', { value: '' }, 'All codes'),
      [...used].map((id) => ({ id, name: ctx.code(id) ? ctx.code(id).name : `code ${id}` }))
        .sort((a, b) => a.name.localeCompare(b.name)).map((c) => h('option', { value: c.id }, c.name)));
    replaceChildren(coder, h('option', { value: '' }, 'Any coder'),
      review.coders.map((c) => h('option', { value: String(c.id) }, `coded by ${c.name}`)));
    if ([...code.options].some((o) => o.value === keep[0])) code.value = keep[0];
    if ([...coder.options].some((o) => o.value === keep[1])) coder.value = keep[1];
  }

  function shown(review) {
    return review.disagreements.filter((d) => (!kind.value || d.kind === kind.value)
      && (!code.value || d.sides.some((s) => s.passages.some((p) => String(p.coding.code) === code.value)))
      && (!coder.value || d.sides.some((s) => String(s.coder) === coder.value && s.passages.length))
      && (!state.value || (state.value === 'open') === isOpen(d)));
  }

  function drawProgress(review, study) {
    const decided = review.disagreements.filter((d) => !isOpen(d)).length;
    const total = review.disagreements.length;
    const bar = (n, of) => {
      const b = h('progress', { max: Math.max(of, 1), value: n });
      return b;
    };
    replaceChildren(progress,
      h('div', { className: 'rc-progress-doc' }, bar(decided, total),
        h('span', {}, `${decided} of ${total} decided in this document`)),
      study ? h('div', { className: 'rc-progress-study' }, bar(study.decided, study.disagreements),
        h('span', {}, `${study.decided} of ${study.disagreements} decided in the study`)) : null);
  }

  function cards(list) {
    return [...list.querySelectorAll('.rc-item')];
  }

  function focus(list, index) {
    const all = cards(list);
    if (!all.length) return;
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach((c, i) => c.classList.toggle('rc-current', i === current));
    all[current].focus({ preventScroll: true });
    all[current].scrollIntoView({ block: 'nearest' });
  }

  function press(list, key) {
    const all = cards(list);
    if (!all.length) return false;
    if (current < 0 || current >= all.length) current = 0;
    const card = all[current];
    const click = (sel) => {
      const b = card.querySelector(sel);
      if (b && !b.disabled) b.click();
      return Boolean(b);
    };
    switch (key) {
      case 'j': case 'ArrowDown': focus(list, current + 1); return true;
      case 'k': case 'ArrowUp': focus(list, current - 1); return true;
      case 'a': return click('.rc-actions button[data-action=accept]:nth-of-type(1)');
      case 'b': {
        const accepts = card.querySelectorAll('.rc-actions button[data-action=accept]');
        if (accepts[1]) accepts[1].click();
        return Boolean(accepts[1]);
      }
      case 'm': return click('.rc-actions button[data-action=merge]');
      case 'd': return click('.rc-actions button[data-action=drop]');
      default: return false;
    }
  }

  /** After deciding the card keyed `key`, the next open card after it (or the last card). */
  function focusNextOpen(list, key) {
    const all = cards(list);
    const at = all.findIndex((c) => c.dataset.key === key);
    for (let i = Math.max(at, 0); i < all.length; i++) {
      if (!all[i].classList.contains('decided')) return focus(list, i);
    }
    return focus(list, at >= 0 ? at : current);
  }

  return {
    element,
    focusNextOpen,
    progress,
    fill,
    shown,
    drawProgress,
    focus,
    press,
    get current() {
      return current;
    },
  };
}
