// DOM helpers. Data is only ever put into the page as text nodes or attribute values, never
// parsed as HTML: nothing here touches innerHTML.

/**
 * Creates an element. `props` sets properties (className, type, value, ...), `dataset`,
 * attributes via `attrs`, listeners via `on`; children are nodes or strings (made text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'attrs') for (const [a, v] of Object.entries(value)) el.setAttribute(a, v);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === 'style') Object.assign(el.style, value);
    else el[key] = value;
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Removes all children of `el` and appends the given ones. */
export function replaceChildren(el, ...children) {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, children);
  return el;
}

/** Milliseconds as h:mm:ss (or m:ss under an hour). */
export function formatMillis(ms) {
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const PALETTE = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6',
  '#bfef45', '#469990', '#9a6324', '#800000', '#808000', '#000075', '#fabed4', '#ffd8b1'];

/** A safe #rrggbb colour: the given one when valid, else one derived from `key`. */
export function safeColour(colour, key = '') {
  if (typeof colour === 'string') {
    const c = colour.trim();
    if (HEX.test(c)) return c.toLowerCase();
    if (/^#[0-9a-fA-F]{3}$/.test(c)) return ('#' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3]).toLowerCase();
  }
  let hash = 0;
  for (const ch of String(key)) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length];
}

/** A palette colour for the n-th new code. */
export function paletteColour(n) {
  return PALETTE[n % PALETTE.length];
}

/** `#rrggbb` plus alpha as an rgba() string. */
export function rgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** Shows a transient message at the bottom of the window. */
export function toast(message, kind = 'info') {
  let box = document.getElementById('toasts');
  if (!box) {
    box = h('div', { id: 'toasts', attrs: { role: 'status', 'aria-live': 'polite' } });
    document.body.appendChild(box);
  }
  const item = h('div', { className: `toast toast-${kind}` }, message);
  box.appendChild(item);
  setTimeout(() => item.remove(), kind === 'error' ? 6000 : 3000);
}

/** Debounces `fn` by `ms`. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
