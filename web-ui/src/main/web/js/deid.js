// The De-identify page (#/deid; coders read, owners decide): every form the scan finds with its
// count, tag, contexts and decision, and accept / reject / map-to-replacement controls that save to
// the project's key file (GET/POST /api/deid/…). Transcript text only ever goes into text nodes.
import { request } from './api.js';
import { h, replaceChildren, toast } from './dom.js';
import { state } from './state.js';

const deidApi = {
  forms: () => request('GET', '/deid/forms'),
  accept: (forms) => request('POST', '/deid/accept', { forms }),
  reject: (forms) => request('POST', '/deid/reject', { forms }),
  map: (form, replacement) => request('POST', '/deid/map', { form, replacement }),
};

function context(c) {
  return h('li', { className: 'dd-context' },
    h('span', { className: 'dd-doc' }, c.documentName + ': '),
    '…' + c.left, h('mark', {}, c.hit), c.right + '…');
}

function row(f, owner, reload) {
  const status = h('span', { className: `badge dd-status dd-${f.status}` },
    f.status + (f.replacement ? ' → ' + f.replacement : ''));
  const act = async (fn, done) => {
    try {
      await fn();
      toast(done);
      await reload();
    } catch (e) {
      toast(e.message || String(e), 'error');
    }
  };
  const replacement = h('input', { type: 'text', className: 'dd-replacement', placeholder: `[${f.tag.toLowerCase()}]`,
    attrs: { 'aria-label': `Replacement for ${f.form}` } });
  const controls = owner ? h('div', { className: 'dd-controls' },
    h('button', { type: 'button', className: 'dd-accept', on: { click: () => act(() => deidApi.accept([f.form]), `Accepted ${f.form}`) } }, 'Accept'),
    h('button', { type: 'button', className: 'dd-reject', on: { click: () => act(() => deidApi.reject([f.form]), `Rejected ${f.form}`) } }, 'Reject'),
    h('form', { className: 'dd-map', on: { submit: (e) => {
      e.preventDefault();
      act(() => deidApi.map(f.form, replacement.value), `Mapped ${f.form}`);
    } } }, replacement, h('button', { type: 'submit' }, 'Map'))) : null;
  return h('li', { className: 'dd-form', dataset: { form: f.form, status: f.status } },
    h('div', { className: 'dd-head' },
      h('strong', { className: 'dd-name' }, f.form),
      h('span', { className: 'badge dd-tag' }, f.tag),
      h('span', { className: 'dd-count' }, `${f.count}× in ${f.documents} document${f.documents === 1 ? '' : 's'}`),
      status),
    f.surfaces.length > 1 ? h('div', { className: 'dd-surfaces' }, 'Also: ' + f.surfaces.filter((s) => s !== f.form).join(', ')) : null,
    h('ul', { className: 'dd-contexts' }, f.contexts.slice(0, 3).map(context)),
    controls);
}

/** Renders the page into `main`. */
export async function showDeid(main) {
  const owner = state.user.isOwner;
  const list = h('ul', { className: 'dd-list' });
  const status = h('p', { className: 'dd-status-line', attrs: { role: 'status', 'aria-live': 'polite' } },
    'Scanning the transcripts… (the first scan runs the language models; later scans read the cache)');
  replaceChildren(main, h('div', { className: 'page dd-page' },
    h('h1', {}, 'De-identify'),
    h('p', {}, 'Names, places, organisations and dates found in the transcripts. Accepted and mapped forms are replaced in'
      + ' de-identified exports (Export menu); stored transcripts never change.'
      + (owner ? '' : ' Only owners can decide on forms.')),
    status, list));
  async function reload() {
    const forms = await deidApi.forms();
    status.textContent = `${forms.length} form${forms.length === 1 ? '' : 's'} found`;
    replaceChildren(list, forms.map((f) => row(f, owner, reload)));
    main.querySelector('.dd-page').dataset.loaded = 'true';
  }
  await reload();
}
