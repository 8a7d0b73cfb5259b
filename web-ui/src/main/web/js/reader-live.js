// The reader follows changes made elsewhere: other people's codings in this document, undo
// outcomes, settings (blind coding), codes and their colours, and a reconnected event stream.
import { api } from './api.js';
import { debounce } from './dom.js';
import { on } from './state.js';
import { refreshColours } from './highlights.js';

/**
 * Subscribes the reader of `doc`: `codings` is its coding set, `repaint()` shows it, `layers`
 * rebuilds the layer choice, `undo` refreshes the undo buttons. Returns the unsubscribers.
 */
export function followChanges({ doc, codings, repaint, layers, undo, codebook, view }) {
  const reload = debounce(async () => {
    try {
      codings.replace(await api.codings(doc.id));
      layers.build(codings.all());
      repaint();
    } catch (e) {
      console.warn('reload codings', e);
    }
  }, 150);
  return [
    // The codebook and counts follow in app.js; here the highlights.
    on('outcome', (outcome) => {
      codings.merge(outcome.codings);
      repaint();
      undo.refresh();
    }),
    // Someone's coding changed: show it if it is in this document (deletions name only the id).
    on('coding', (k) => {
      if (k.document === doc.id || (k.deleted && codings.has(k.id))) {
        codings.merge([k]);
        repaint();
      }
    }),
    on('reconnected', () => reload()),
    on('settings', () => {
      layers.build(codings.all());
      reload();
    }),
    on('counts', () => codebook.refresh()),
    on('codes', () => {
      refreshColours();
      view.redrawStripes();
    }),
    on('code-merged', () => reload()),
  ];
}
