// Transcripts on the Import page: several files dropped or picked, imported one after another,
// each with its state (queued, uploading n %, importing, done with turns and speakers, or error).
import { api } from './api.js';
import { h } from './dom.js';

const ACCEPT = '.txt,.text,.md,.docx,.odt,.pdf,.rtf,.vtt,.srt';

/** One row of the file list, with setters for its state. */
function fileRow(file) {
  const state = h('span', { className: 'im-state' }, 'queued');
  const bar = h('progress', { max: 100, value: 0, attrs: { 'aria-label': `${file.name} upload` } });
  const detail = h('span', { className: 'im-detail' });
  const li = h('li', { className: 'im-file', dataset: { state: 'queued', file: file.name } },
    h('span', { className: 'im-name', title: file.name }, file.name), h('span', {}, state, ' ', bar), detail);
  return {
    li,
    set(kind, text, info = '') {
      li.dataset.state = kind;
      state.textContent = text;
      detail.textContent = info;
    },
    progress(fraction) {
      bar.value = Math.round(fraction * 100);
      if (li.dataset.state === 'uploading') state.textContent = `uploading ${bar.value} %`;
    },
  };
}

export function transcriptSection() {
  const list = h('ul', { className: 'im-files', attrs: { 'aria-live': 'polite' } });
  const queue = [];
  let running = false;

  async function run() {
    if (running) return;
    running = true;
    while (queue.length) {
      const { file, row } = queue.shift();
      row.set('uploading', 'uploading 0 %');
      try {
        const done = await api.importTranscript(file, (f) => {
          row.progress(f);
          if (f >= 1) row.set('importing', 'importing');
        });
        row.progress(1);
        row.set('done', 'done', `'${done.name}': ${done.turns} turns, ${done.words} words; speakers: ${done.speakers.summary}`);
      } catch (e) {
        row.set('error', 'error', e.message || String(e));
      }
    }
    running = false;
  }

  function add(files) {
    for (const file of files) {
      const row = fileRow(file);
      list.appendChild(row.li);
      queue.push({ file, row });
    }
    run();
  }

  const input = h('input', { type: 'file', multiple: true, accept: ACCEPT, className: 'im-transcript-input', id: 'im-transcripts' });
  input.addEventListener('change', () => {
    add([...input.files]);
    input.value = '';
  });
  const zone = h('div', { className: 'im-drop', attrs: { 'aria-label': 'Drop transcripts here' } },
    h('p', {}, 'Drop transcripts here (.txt, .md, .docx, .odt, .pdf, .rtf, .vtt, .srt), or '),
    h('label', { attrs: { for: 'im-transcripts' } }, 'choose files: '), input);
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('im-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('im-over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('im-over');
    if (e.dataTransfer && e.dataTransfer.files.length) add([...e.dataTransfer.files]);
  });
  return h('section', { className: 'im-section im-transcripts' },
    h('h2', {}, 'Transcripts'),
    h('p', { className: 'muted' }, 'Each file is imported on its own: a file that is refused leaves nothing behind.'),
    zone, list);
}

