// The Proposals view (themes.html#view=proposals): candidate groupings of codes that are in no
// theme yet, each with its reason; "Accept into a theme" creates the theme with those codes in one
// undoable action, "Dismiss" stops proposing it.
import { h, replaceChildren, toast } from './dom.js';
import { themesApi } from './themes-api.js';

function suggestedName(p) {
  return p.topWords.length ? p.topWords.slice(0, 3).join(', ') : p.codes.map((c) => c.name).join(' + ');
}

function card(p, page, status, reload) {
  const name = h('input', { type: 'text', className: 'tp-name', value: suggestedName(p),
    attrs: { 'aria-label': `Name of the theme for ${p.codes.map((c) => c.name).join(', ')}` } });
  const accept = h('button', { type: 'submit', className: 'primary tp-accept' }, 'Accept into a theme');
  const dismiss = h('button', { type: 'button', className: 'tp-dismiss' }, 'Dismiss');
  const form = h('form', { className: 'tp-actions' }, name, accept, dismiss);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const theme = await themesApi.acceptProposal(p.key, page.layer, name.value.trim());
      const undo = h('button', { type: 'button', className: 'tp-undo' }, 'Undo');
      undo.addEventListener('click', async () => {
        try {
          await themesApi.undo();
          replaceChildren(status, 'Undone.');
          reload();
        } catch (err) {
          toast(err.message, 'error');
        }
      });
      replaceChildren(status, 'Created the theme ',
        h('a', { href: `themes.html#view=tree&theme=${theme.id}`, className: 'tp-created' }, theme.name),
        ` with ${theme.codes.length} codes. `, undo);
      reload();
    } catch (err) {
      toast(err.message, 'error');
    }
  });
  dismiss.addEventListener('click', async () => {
    try {
      await themesApi.dismissProposal(p.key);
      reload();
    } catch (err) {
      toast(err.message, 'error');
    }
  });
  return h('li', { className: 'tp-proposal', dataset: { key: p.key } },
    h('div', { className: 'tp-codes' }, p.codes.map((c) => h('span', { className: 'badge tp-code' }, c.name))),
    h('p', { className: 'tp-reason' }, p.reason),
    h('p', { className: 'th-muted tp-figures' },
      `similarity ${Number(p.similarity).toFixed(2)} · ${p.sharedPassages} shared passage${p.sharedPassages === 1 ? '' : 's'}`
        + (p.topWords.length ? ` · top shared words: ${p.topWords.join(', ')}` : '')),
    page.user.canCode ? form : null);
}

/** Renders the proposals of the chosen layer into `main`. */
export async function showProposals(main, page, picker) {
  const status = h('p', { className: 'tp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const list = h('ol', { className: 'tp-list' });
  const note = h('p', { className: 'th-muted tp-layer' });
  async function reload() {
    try {
      const data = await themesApi.proposals(page.layer);
      note.textContent = `Layer: ${data.layer} · codes in no theme, grouped by shared passages and similar wording`;
      replaceChildren(list, data.proposals.length ? data.proposals.map((p) => card(p, page, status, reload))
        : h('li', { className: 'th-muted' }, 'No proposals: every code is in a theme, or nothing groups.'));
    } catch (err) {
      replaceChildren(list, h('li', { className: 'page-error' }, err.message));
    }
  }
  replaceChildren(main, h('div', { className: 'th-page' }, h('div', { className: 'th-toolbar' }, picker),
    h('h2', {}, 'Proposals'), note, status, list));
  await reload();
}
