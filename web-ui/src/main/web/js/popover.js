// Hover card (code, coder, memo) and the click editor of a coding (memo, range, code, delete).
import { h, replaceChildren } from './dom.js';
import { pathOf, colourOf, coderName } from './state.js';
import { place } from './picker.js';

let tip = null;
let editor = null;

function coderLabel(coding) {
  return coding.coderName || coderName(coding.coder);
}

/** Shows the hover card for `codings` near (x, y); hides it when the list is empty. */
export function showTip(codings, x, y) {
  if (!codings.length) {
    hideTip();
    return;
  }
  if (!tip) {
    tip = h('div', { className: 'tip', attrs: { role: 'tooltip' } });
    document.body.appendChild(tip);
  }
  replaceChildren(tip, codings.map((c) => h('div', { className: 'tip-row' },
    h('div', { className: 'tip-code' },
      h('span', { className: 'swatch', style: { backgroundColor: colourOf(c.code) } }), pathOf(c.code)),
    h('div', { className: 'tip-coder' }, 'by ', coderLabel(c)),
    c.memo ? h('div', { className: 'tip-memo' }, c.memo) : null)));
  tip.style.display = 'block';
  place(tip, { left: x + 12, right: x + 12, top: y, bottom: y + 14 });
}

export function hideTip() {
  if (tip) tip.style.display = 'none';
}

export function closeEditor() {
  if (editor) {
    editor.remove();
    editor = null;
  }
}

export function isEditorOpen() {
  return editor !== null;
}

/**
 * Opens the editor for codings under a click. `actions` has canEdit(coding), changeCode(coding,
 * rect), saveMemo(coding, memo), setRange(coding, start, end), remove(coding), reselect(coding)
 * (the next selection becomes its range) and text (the document text).
 */
export function openEditor(codings, rect, actions) {
  closeEditor();
  hideTip();
  if (!codings.length) return;
  const body = h('div', { className: 'editor-body' });
  const tabs = codings.length > 1
    ? h('div', { className: 'editor-tabs' }, codings.map((c, n) => h('button', {
      type: 'button', className: 'tab',
      on: { click: () => show(n) },
    }, h('span', { className: 'swatch', style: { backgroundColor: colourOf(c.code) } }), pathOf(c.code))))
    : null;
  editor = h('div', { className: 'editor', attrs: { role: 'dialog', 'aria-label': 'Coding' } },
    h('button', { type: 'button', className: 'close', title: 'Close (Esc)', on: { click: closeEditor } }, '×'),
    tabs, body);
  document.body.appendChild(editor);
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeEditor();
    e.stopPropagation();
  });

  function show(n) {
    const c = codings[n];
    if (tabs) [...tabs.children].forEach((t, i) => t.classList.toggle('active', i === n));
    const status = h('div', { className: 'editor-status' });
    const run = async (fn) => {
      status.textContent = 'Saving…';
      status.classList.remove('error');
      try {
        await fn();
        closeEditor();
      } catch (e) {
        status.textContent = e.message || String(e);
        status.classList.add('error');
      }
    };
    const quote = actions.text.slice(c.start, c.end);
    const head = h('div', { className: 'editor-head' },
      h('span', { className: 'swatch', style: { backgroundColor: colourOf(c.code) } }),
      h('b', { className: 'editor-code' }, pathOf(c.code)),
      h('span', { className: 'editor-coder' }, ' · ', coderLabel(c)));
    const excerpt = h('blockquote', { className: 'editor-quote' },
      quote.length > 300 ? quote.slice(0, 300) + '…' : quote);
    const where = h('div', { className: 'editor-range' }, `Characters ${c.start}–${c.end} (${c.end - c.start})`);
    if (!actions.canEdit(c)) {
      replaceChildren(body, head, excerpt, where,
        h('div', { className: 'editor-memo-view' }, c.memo || 'No memo.'),
        h('p', { className: 'muted' }, 'Another coder’s coding: read only.'));
      return;
    }
    const memo = h('textarea', { className: 'editor-memo', value: c.memo, rows: 3, placeholder: 'Memo…',
      attrs: { 'aria-label': 'Memo' } });
    memo.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(() => actions.saveMemo(c, memo.value));
    });
    const nudge = (label, title, ds, de) => h('button', {
      type: 'button', className: 'small', title,
      on: { click: () => run(() => actions.setRange(c, ...adjust(actions.text, c, ds, de))) },
    }, label);
    const rangeRow = h('div', { className: 'editor-row' },
      h('span', { className: 'label' }, 'Start'),
      nudge('◀', 'Start one word earlier', -1, 0), nudge('▶', 'Start one word later', +1, 0),
      h('span', { className: 'label' }, 'End'),
      nudge('◀', 'End one word earlier', 0, -1), nudge('▶', 'End one word later', 0, +1),
      h('button', { type: 'button', className: 'small', title: 'Select the new range in the text (Esc cancels)',
        on: { click: () => { closeEditor(); actions.reselect(c); } } }, 'Select new range…'));
    replaceChildren(body, head, excerpt, where,
      memo,
      h('div', { className: 'editor-row' },
        h('button', { type: 'button', className: 'primary', on: { click: () => run(() => actions.saveMemo(c, memo.value)) } }, 'Save memo'),
        h('button', { type: 'button', on: { click: (e) => { const r = e.target.getBoundingClientRect(); closeEditor(); actions.changeCode(c, r); } } }, 'Change code…'),
        h('button', { type: 'button', className: 'danger', on: { click: () => run(() => actions.remove(c)) } }, 'Delete')),
      rangeRow, status);
    memo.focus();
  }
  show(0);
  place(editor, rect);
}

/** Moves a coding's start or end by whole words (dir -1/+1), never past the other end. */
export function adjust(text, coding, ds, de) {
  let { start, end } = coding;
  if (ds < 0) start = wordBoundaryBefore(text, start);
  if (ds > 0) start = Math.min(nextWordStart(text, start), end - 1);
  if (de < 0) end = Math.max(previousWordEnd(text, end), start + 1);
  if (de > 0) end = wordBoundaryAfter(text, end);
  return [start, end];
}

function wordBoundaryBefore(text, pos) {
  let p = pos;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  while (p > 0 && !/\s/.test(text[p - 1])) p--;
  return p;
}

function nextWordStart(text, pos) {
  let p = pos;
  while (p < text.length && !/\s/.test(text[p])) p++;
  while (p < text.length && /\s/.test(text[p])) p++;
  return p;
}

function previousWordEnd(text, pos) {
  let p = pos;
  while (p > 0 && !/\s/.test(text[p - 1])) p--;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  return p;
}

function wordBoundaryAfter(text, pos) {
  let p = pos;
  while (p < text.length && /\s/.test(text[p])) p++;
  while (p < text.length && !/\s/.test(text[p])) p++;
  return p;
}

document.addEventListener('mousedown', (e) => {
  if (editor && !editor.contains(e.target)) closeEditor();
});
