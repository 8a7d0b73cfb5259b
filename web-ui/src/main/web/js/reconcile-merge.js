// Merging two codes that coders created separately for the same idea: the codebook's merge
// (POST /api/codes/{id}/merge), which moves every layer's codings. The owner may always; a coder
// only a code no other coder uses (the server says so otherwise).
import { api } from './api.js';
import { h, replaceChildren, toast } from './dom.js';

export function createMergePanel({ codes, onMerged, canMerge }) {
  const source = h('select', { className: 'rc-merge-source', attrs: { 'aria-label': 'Code to merge' } });
  const target = h('select', { className: 'rc-merge-target', attrs: { 'aria-label': 'Code to keep' } });
  const button = h('button', { type: 'button', dataset: { action: 'merge-codes' } }, 'Merge');
  const element = h('section', { className: 'rc-panel rc-merge-codes' },
    h('h2', {}, 'Merge codes'),
    h('p', { className: 'muted' }, 'Two codes for the same idea: every coding of the first takes the second.'),
    h('div', { className: 'rc-tools' }, source, h('span', {}, 'into'), target, button));

  button.addEventListener('click', async () => {
    const from = codes().find((c) => c.id === source.value);
    const into = codes().find((c) => c.id === target.value);
    if (!from || !into || from.id === into.id) {
      toast('Choose two different codes.');
      return;
    }
    if (!window.confirm(`Merge “${from.name}” into “${into.name}”? Every coding of “${from.name}” in every layer takes “${into.name}”.`)) return;
    button.disabled = true;
    try {
      const r = await api.mergeCode(from, into);
      toast(`Merged: ${r.moved} codings moved, ${r.removedDuplicates} duplicates removed.`);
      await onMerged();
    } catch (e) {
      toast(e.message, 'error');
    } finally {
      button.disabled = false;
    }
  });

  return {
    element,
    draw() {
      const options = () => codes().map((c) => h('option', { value: c.id }, c.name));
      const [s, t] = [source.value, target.value];
      replaceChildren(source, options());
      replaceChildren(target, options());
      if (s) source.value = s;
      if (t) target.value = t;
      element.hidden = !canMerge();
    },
  };
}
