// Whose codings the reader shows: all coders, mine, or one other coder's (remembered for the
// session). Under blind coding a coder sees only their own.
import { h, replaceChildren } from './dom.js';
import { isBlind, coderName } from './state.js';

/** Fills `select` with the layers of `codings`; `onChange` hears a new choice. */
export function createLayers(select, blindBadge, { user, isMine, onChange }) {
  select.addEventListener('change', () => {
    sessionStorage.setItem('verbatim.layer', select.value);
    onChange();
  });

  /** Rebuilds the choices for these codings, keeping the saved choice where it still exists. */
  function build(codings) {
    const blind = isBlind();
    blindBadge.hidden = !blind;
    const saved = sessionStorage.getItem('verbatim.layer') || 'all';
    const options = [h('option', { value: 'mine' }, 'My codings')];
    if (!blind) {
      options.unshift(h('option', { value: 'all' }, 'All coders'));
      const ids = new Set(codings.map((c) => c.coder));
      for (const coderId of ids) {
        if (user.coder && coderId === user.coder) continue;
        options.push(h('option', { value: 'coder:' + coderId }, `Only ${coderName(coderId)}`));
      }
    }
    replaceChildren(select, options);
    select.value = [...select.options].some((o) => o.value === saved) ? saved : select.options[0].value;
    select.hidden = !user.canCode && !blind && options.length <= 2;
  }

  /** The codings of the chosen layer. */
  function visible(codings) {
    if (isBlind()) return codings.filter(isMine);
    const layer = select.value;
    if (layer === 'mine') return codings.filter(isMine);
    if (layer.startsWith('coder:')) return codings.filter((c) => c.coder === layer.slice(6));
    return codings;
  }

  return { build, visible };
}
