// The reader under the mouse: a selection opens the picker (or sets a coding's new range), a click
// on a highlight or stripe opens the coding editor, hovering shows which codings are there.
import { toast } from './dom.js';
import { isPickerOpen } from './picker.js';
import { showTip, hideTip, openEditor, isEditorOpen } from './popover.js';
import { selectionIn } from './reader-selection.js';

/** Listens on `view`; returns what stops listening. */
export function bindPointer(view, doc, user, actions) {
  const { reselect, editor } = actions;
  const onMouseUp = (e) => {
    if (e.button !== 0) return;
    setTimeout(() => {
      const sel = selectionIn(view, doc.text);
      const pending = reselect.pending();
      if (sel && pending) {
        reselect.end();
        window.getSelection().removeAllRanges();
        editor.setRange(pending, sel.start, sel.end).catch((err) => toast(err.message, 'error'));
        return;
      }
      if (sel) {
        if (user.canCode) actions.pick(sel, sel.rect);
        return;
      }
      const span = e.target.closest && e.target.closest('span.t.hl');
      if (span && view.root.contains(span)) {
        // Every position inside a segment has the same codings.
        const list = view.codingsAt(Number(span.dataset.start));
        openEditor(list, { left: e.clientX, right: e.clientX, top: e.clientY, bottom: e.clientY + 10 }, editor);
      }
    }, 0);
  };

  // Hover: a highlight shows its codings, a stripe its coding.
  const onMouseMove = (e) => {
    if (isEditorOpen() || isPickerOpen()) return;
    const stripe = e.target.closest && e.target.closest('.stripe');
    if (stripe) {
      const c = view.codingById(stripe.dataset.coding);
      if (c) showTip([c], e.clientX, e.clientY);
      return;
    }
    const span = e.target.closest && e.target.closest('span.t.hl');
    if (!span) {
      hideTip();
      return;
    }
    showTip(view.codingsAt(Number(span.dataset.start)), e.clientX, e.clientY);
  };

  const onClick = (e) => {
    const stripe = e.target.closest && e.target.closest('.stripe');
    const c = stripe ? view.codingById(stripe.dataset.coding) : null;
    if (c) {
      view.reveal(c.start, c.end);
      openEditor([c], stripe.getBoundingClientRect(), editor);
    }
  };

  view.root.addEventListener('mouseup', onMouseUp);
  view.root.addEventListener('mousemove', onMouseMove);
  view.root.addEventListener('mouseleave', hideTip);
  view.root.addEventListener('click', onClick);
  return () => {
    view.root.removeEventListener('mouseup', onMouseUp);
    view.root.removeEventListener('mousemove', onMouseMove);
    view.root.removeEventListener('mouseleave', hideTip);
    view.root.removeEventListener('click', onClick);
  };
}
