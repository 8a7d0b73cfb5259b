// What the reader does to codings: code a selection through the picker, in vivo or with the last
// code, and the coding editor's actions (memo, range, code, delete). Every change goes to the
// server first and is shown through `changed`.
import { api } from './api.js';
import { toast, paletteColour } from './dom.js';
import { state, touchRecent, recentCodes, upsertCode } from './state.js';
import { openPicker, inVivoName } from './picker.js';
import { hideTip, closeEditor } from './popover.js';
import { selectionIn } from './reader-selection.js';

/**
 * The actions on document `doc` in `view` for `user`; `changed(list)` shows codings this client
 * just changed; `banner` is shown while a coding's new range is being selected.
 */
export function createCodingActions({ doc, view, user, isMine, changed, banner }) {
  let pendingRange = null;
  const reselect = {
    /** The coding whose new range the next selection sets, if any. */
    pending: () => pendingRange,
    start(c) {
      pendingRange = c;
      banner.hidden = false;
      window.getSelection().removeAllRanges();
    },
    end() {
      pendingRange = null;
      banner.hidden = true;
    },
  };

  async function applyCode(codeId, span) {
    const created = await api.createCoding({ document: doc.id, code: codeId, start: span.start, end: span.end });
    touchRecent(codeId);
    window.getSelection().removeAllRanges();
    changed([created]);
  }

  async function createCode(name) {
    const code = await api.createCode({ name, colour: paletteColour(state.codes.size) });
    upsertCode(code);
    return code;
  }

  function pick(span, rect) {
    if (!user.canCode) {
      toast('You can read this project but not code it (viewer).');
      return;
    }
    closeEditor();
    hideTip();
    openPicker({
      rect,
      selectedText: doc.text.slice(span.start, span.end),
      apply: (codeId) => applyCode(codeId, span),
      create: createCode,
    });
  }

  async function inVivo(span) {
    if (!user.canCode) return;
    try {
      const name = inVivoName(doc.text.slice(span.start, span.end));
      const existing = [...state.codes.values()].find((c) => c.name === name && !c.parent);
      const code = existing || (await createCode(name));
      await applyCode(code.id, span);
      toast(`Coded in vivo: “${name}”`);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  async function quickCode(span) {
    const last = recentCodes()[0];
    if (!last) {
      pick(span, selectionIn(view, doc.text)?.rect || view.root.getBoundingClientRect());
      return;
    }
    try {
      await applyCode(last, span);
    } catch (e) {
      toast(e.message, 'error');
    }
  }

  const editor = {
    get text() {
      return doc.text;
    },
    canEdit: (c) => user.canCode && isMine(c),
    reselect: (c) => reselect.start(c),
    saveMemo: async (c, memo) => changed([await api.editCoding(c, { memo })]),
    setRange: async (c, start, end) => changed([await api.editCoding(c, { start, end })]),
    remove: async (c) => changed([await api.deleteCoding(c)]),
    changeCode: (c, rect) => {
      openPicker({
        rect,
        title: 'Change code',
        selectedText: doc.text.slice(c.start, c.end),
        apply: async (codeId) => {
          changed([await api.editCoding(c, { code: codeId })]);
          touchRecent(codeId);
        },
        create: createCode,
      });
    },
  };

  return { pick, inVivo, quickCode, editor, reselect };
}
