// The participants table on the Import page: a CSV or XLSX file is previewed (matched rows,
// rows naming no document, documents without a row, new attribute columns) and attached only
// when the owner confirms.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';

function list(title, cls, items, text) {
  return h('div', { className: cls },
    h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', {}, items.map((i) => h('li', {}, text(i)))) : h('p', { className: 'muted' }, 'none'));
}

export function participantsSection() {
  const result = h('div', { className: 'im-participants-result', attrs: { 'aria-live': 'polite' } });
  const input = h('input', { type: 'file', accept: '.csv,.xlsx', id: 'im-participants', className: 'im-participants-input' });

  async function preview(file) {
    replaceChildren(result, h('p', { className: 'muted im-busy' }, `Reading ${file.name}…`));
    let p;
    try {
      p = await api.previewParticipants(file);
    } catch (e) {
      replaceChildren(result, h('p', { className: 'error im-participants-error' }, e.message || String(e)));
      return;
    }
    const confirm = h('button', { type: 'button', className: 'primary im-confirm', disabled: !p.matched.length },
      p.unmatched.length ? `Attach ${p.matched.length} matched participants (skip ${p.unmatched.length})`
        : `Attach ${p.matched.length} participants`);
    const cancel = h('button', { type: 'button', className: 'im-cancel' }, 'Cancel');
    const status = h('span', { className: 'im-attach-status' });
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      cancel.disabled = true;
      status.textContent = 'Attaching…';
      try {
        const r = await api.attachParticipants(file, p.unmatched.length > 0);
        status.textContent = `Attached ${r.attached} participants. `;
        status.appendChild(h('a', { href: 'index.html#/documents' }, 'See the documents'));
        status.classList.add('im-attached');
      } catch (e) {
        status.textContent = e.message || String(e);
        status.classList.add('error');
        confirm.disabled = false;
        cancel.disabled = false;
      }
    });
    cancel.addEventListener('click', () => replaceChildren(result));
    replaceChildren(result,
      h('p', {}, `${file.name}: nothing is written until you confirm.`),
      h('div', { className: 'im-lists' },
        list('Matched documents', 'im-matched', p.matched, (r) => `${r.document} → ${r.label}`),
        list('Rows naming no document', 'im-unmatched', p.unmatched, (r) => `${r.document} (${r.origin})`),
        list('Documents without a row', 'im-undescribed', p.undescribed, (n) => n),
        list('New attribute columns', 'im-new-columns', p.newAttributes, (c) => c)),
      h('div', { className: 'im-actions' }, confirm, cancel, status));
    confirm.focus();
  }

  input.addEventListener('change', () => {
    const file = input.files[0];
    input.value = '';
    if (file) preview(file);
  });
  return h('section', { className: 'im-section im-participants' },
    h('h2', {}, 'Participants table'),
    h('p', { className: 'muted' },
      'CSV or XLSX (first sheet) with columns document (the document name) and label ("Nurse K"); '
      + 'every other column becomes an attribute.'),
    h('label', { attrs: { for: 'im-participants' } }, 'Choose a table: '), input, result);
}
