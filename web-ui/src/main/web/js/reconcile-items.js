// One disagreement as a card: a column per coder with each passage's code and exact text, its
// decision if any, and the actions that settle it (accept a side, merge, drop, with a reason).
// All text goes in through text nodes (dom.js h()).
import { h, replaceChildren, safeColour } from './dom.js';

const KINDS = {
  only_one_coder: 'Only one coder',
  different_codes: 'Different codes',
  different_boundaries: 'Different boundaries',
  agreement: 'Agreement',
};

/** A code as a coloured chip. */
export function codeChip(ctx, codeId) {
  const code = ctx.code(codeId);
  const swatch = h('span', { className: 'swatch' });
  swatch.style.background = safeColour(code && code.colour, String(codeId));
  return h('span', { className: 'chip', dataset: { code: String(codeId) } }, swatch, code ? code.name : `code ${codeId}`);
}

/** "Accepted ann's side — olivia, 5 Jan 2026 09:30: reason". */
export function describeDecision(ctx, decision) {
  const o = decision.outcome;
  let what;
  if (o.type === 'accept') what = `Accepted ${ctx.coderName(o.coder)}’s side`;
  else if (o.type === 'merge') what = `Merged into one coding as ${ctx.code(o.code) ? ctx.code(o.code).name : 'code ' + o.code}`;
  else if (o.type === 'agreement') what = 'Accepted as agreed';
  else what = 'Dropped (nothing goes into the consensus)';
  // the reader's own locale and time zone (ISO stays in exports)
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(decision.at));
  return h('span', { className: 'rc-decision-text' },
    h('strong', {}, what), ` — ${decision.actor}, ${when}`,
    decision.reason ? h('q', { className: 'rc-reason-text' }, decision.reason) : null);
}

/** The card of one disagreement. */
export function renderDisagreement(d, ctx) {
  const card = h('article', { className: 'rc-item', tabIndex: -1, dataset: { key: d.key, kind: d.kind } });
  const status = h('span', { className: 'rc-status' });
  const head = h('header', { className: 'rc-head' },
    h('span', { className: 'rc-kind' }, KINDS[d.kind] || d.kind),
    h('span', { className: 'muted' }, `characters ${d.start}–${d.end}`),
    status);

  const sides = h('div', { className: 'rc-sides' });
  sides.style.gridTemplateColumns = `repeat(${d.sides.length}, minmax(0, 1fr))`;
  for (const side of d.sides) {
    const column = h('section', { className: 'rc-side', dataset: { coder: String(side.coder) } },
      h('h3', {}, ctx.coderName(side.coder)));
    if (!side.passages.length) column.appendChild(h('p', { className: 'muted rc-none' }, 'not coded'));
    for (const p of side.passages) {
      column.appendChild(h('div', { className: 'rc-passage', dataset: { coding: String(p.coding.id) } },
        codeChip(ctx, p.coding.code),
        h('span', { className: 'muted rc-range' }, ` ${p.coding.start}–${p.coding.end}`),
        h('blockquote', { className: 'rc-text' }, p.text)));
    }
    sides.appendChild(column);
  }

  const outcome = h('div', { className: 'rc-outcome' });
  const actions = actionsFor(d, ctx);
  if (d.decision) {
    card.classList.add('decided');
    status.textContent = d.outdated ? 'decided on an earlier version' : 'decided';
    status.classList.add(d.outdated ? 'outdated' : 'done');
    const revisit = h('button', { type: 'button', className: 'small', dataset: { action: 'revisit' } }, 'Revisit');
    revisit.addEventListener('click', () => {
      actions.hidden = !actions.hidden;
      revisit.textContent = actions.hidden ? 'Revisit' : 'Cancel';
    });
    replaceChildren(outcome, describeDecision(ctx, d.decision), ctx.canDecide ? revisit : null);
    actions.hidden = !d.outdated;
  } else {
    status.textContent = 'open';
    status.classList.add('open');
    outcome.hidden = true;
  }
  card.append(head, ctx.context ? ctx.context(d) : null, sides, outcome, ctx.canDecide ? actions : null);
  return card;
}

/** Accept one side, merge with a chosen code, or drop; with an optional reason. */
function actionsFor(d, ctx) {
  const reason = h('input', { type: 'text', className: 'rc-reason', placeholder: 'Reason (optional)',
    maxLength: 4000, attrs: { 'aria-label': 'Reason for this decision' } });
  const buttons = [];
  const send = (choice) => async () => {
    for (const b of buttons) b.disabled = true;
    try {
      await ctx.decide(d, { ...choice, reason: reason.value.trim() });
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };
  for (const side of d.sides) {
    if (!side.passages.length) continue;
    const b = h('button', { type: 'button', dataset: { action: 'accept', coder: String(side.coder) },
      title: d.sides.indexOf(side) < 2 ? `Key ${'ab'[d.sides.indexOf(side)]}` : undefined },
      `Accept ${ctx.coderName(side.coder)}`);
    b.addEventListener('click', send({ outcome: 'accept', coder: side.coder }));
    buttons.push(b);
  }
  const involved = [...new Set(d.sides.flatMap((s) => s.passages.map((p) => String(p.coding.code))))];
  const codeSelect = h('select', { className: 'rc-merge-code', attrs: { 'aria-label': 'Code of the merged coding' } },
    ctx.codes().map((c) => h('option', { value: c.id }, c.name)));
  if (involved.length) codeSelect.value = involved[0];
  const merge = h('button', { type: 'button', dataset: { action: 'merge' },
    title: `One coding over characters ${d.start}–${d.end} with the chosen code` }, 'Merge as');
  merge.addEventListener('click', () => send({ outcome: 'merge', code: codeSelect.value })());
  const drop = h('button', { type: 'button', className: 'danger', dataset: { action: 'drop' } }, 'Drop');
  drop.addEventListener('click', send({ outcome: 'drop' }));
  buttons.push(merge, drop);
  return h('div', { className: 'rc-actions' },
    buttons.filter((b) => b.dataset.action === 'accept'),
    h('span', { className: 'rc-merge' }, merge, codeSelect), drop, reason);
}

/** The exact agreements: a count, and each with its code, text and whether it is accepted. */
export function renderAgreements(agreements, ctx) {
  const accepted = agreements.filter((a) => a.decision && !a.outdated).length;
  const list = h('ul', { className: 'rc-agreements' }, agreements.map((a) => h('li', { dataset: { key: a.key } },
    codeChip(ctx, a.code), ' ', h('span', { className: 'rc-text-inline' }, a.text),
    a.decision ? h('span', { className: 'rc-status done' }, a.decision.outcome.type === 'drop' ? 'dropped' : 'accepted') : null)));
  return h('details', { className: 'rc-agreement-box' },
    h('summary', {}, `${agreements.length} exact agreement${agreements.length === 1 ? '' : 's'} (${accepted} in the consensus)`),
    list);
}
