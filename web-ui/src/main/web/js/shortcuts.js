// The keyboard shortcut overlay.
import { h } from './dom.js';

export const SHORTCUTS = [
  ['Select text, then Enter or C', 'Open the code picker at the selection'],
  ['In the picker: type', 'Filter codes (recent codes first)'],
  ['In the picker: ↑ ↓ Enter', 'Choose and apply; the last entry creates a new code'],
  ['V (or Alt+V in the picker)', 'Code in vivo: the selected words become a new code'],
  ['Q', 'Apply the most recent code to the selection again'],
  ['Ctrl+Z', 'Undo your last action'],
  ['Ctrl+Shift+Z or Ctrl+Y', 'Redo'],
  ['Click a highlight or stripe', 'Edit memo, range or code; delete'],
  ['B', 'Show or hide the codebook panel'],
  ['Esc', 'Close the picker or editor'],
  ['?', 'This list'],
];

export function showShortcuts() {
  const close = () => overlay.remove();
  const overlay = h('div', { className: 'overlay', on: { click: (e) => { if (e.target === overlay) close(); } } },
    h('div', { className: 'dialog', attrs: { role: 'dialog', 'aria-label': 'Keyboard shortcuts' } },
      h('h2', {}, 'Keyboard shortcuts'),
      h('table', { className: 'shortcuts' }, SHORTCUTS.map(([k, v]) => h('tr', {}, h('th', {}, k), h('td', {}, v)))),
      h('button', { type: 'button', on: { click: close } }, 'Close')));
  overlay.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
  document.body.appendChild(overlay);
  overlay.querySelector('button').focus();
}
