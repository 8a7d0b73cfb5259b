// REFI-QDA on the Import page: a .qdpx project into this (empty) project, polled as a job for its
// step and percentage, or a .qdc codebook merged into the codebook.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';

const POLL_MS = 400;

export function refiSection() {
  const bar = h('progress', { max: 100, value: 0, attrs: { 'aria-label': 'REFI-QDA import' } });
  const state = h('p', { className: 'im-refi-state', attrs: { 'aria-live': 'polite' } });
  const input = h('input', { type: 'file', accept: '.qdpx,.qdc', id: 'im-refi', className: 'im-refi-input' });

  async function poll(job) {
    while (job.state === 'queued' || job.state === 'running') {
      bar.value = job.percent;
      state.textContent = `${job.file}: ${job.step} (${job.percent} %)`;
      await new Promise((r) => setTimeout(r, POLL_MS));
      job = await api.importJob(job.id);
    }
    bar.value = job.percent;
    if (job.state === 'failed') {
      state.dataset.state = 'error';
      state.textContent = job.error;
      return;
    }
    const r = job.result;
    state.dataset.state = 'done';
    replaceChildren(state, `${job.file}: imported ${r.documents} documents, ${r.codes} codes, ${r.codings} codings, `
      + `${r.coders} coders, ${r.memos} memos, ${r.participants} participants, ${r.themes} themes. `,
    h('a', { href: 'index.html#/documents' }, 'See the documents'));
  }

  async function start(file) {
    delete state.dataset.state;
    bar.value = 0;
    state.textContent = `${file.name}: uploading`;
    try {
      const answer = await api.importRefi(file, (f) => {
        bar.value = Math.round(f * 100);
        state.textContent = `${file.name}: uploading ${bar.value} %`;
      });
      if (answer && answer.id) await poll(answer);
      else {
        state.dataset.state = 'done';
        state.textContent = `${file.name}: ${answer.addedCodes.length} codes added, ${answer.matchedByGuid} matched by GUID, `
          + `${answer.matchedByName} by name; ${answer.addedThemes.length} themes added`;
      }
    } catch (e) {
      state.dataset.state = 'error';
      state.textContent = e.message || String(e);
    }
  }

  input.addEventListener('change', () => {
    const file = input.files[0];
    input.value = '';
    if (file) start(file);
  });
  return h('section', { className: 'im-section im-refi' },
    h('h2', {}, 'REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)'),
    h('p', { className: 'muted' }, 'A .qdpx project imports into an empty project; a .qdc codebook merges into the codebook.'),
    h('label', { attrs: { for: 'im-refi' } }, 'Choose a file: '), input, h('div', {}, bar), state);
}
