// One CSS class per combination of codes covering a segment, written as rules into a private
// style sheet, so that painting thousands of segments costs one class name each and a colour
// change restyles everything without touching the text.
import { colourOf } from './state.js';
import { rgba } from './dom.js';

const classes = new Map(); // key "3,7" -> class name
let sheet = null;

function styleSheet() {
  if (!sheet) {
    // A constructed sheet: CSSOM, so the server's CSP (style-src 'self', no inline styles) allows it.
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return sheet;
}

function ruleFor(className, codeIds) {
  // Overlaps get the mixed colour, more opaque with each code: a flat fill paints fastest (and the
  // same in every browser), and the margin stripes tell the codes apart.
  const rgb = [0, 0, 0];
  for (const id of codeIds) {
    const n = parseInt(colourOf(id).slice(1), 16);
    rgb[0] += (n >> 16) & 255;
    rgb[1] += (n >> 8) & 255;
    rgb[2] += n & 255;
  }
  const mix = rgb.map((v) => Math.round(v / codeIds.length));
  const alpha = Math.min(0.3 + 0.12 * (codeIds.length - 1), 0.6);
  const hex = '#' + mix.map((v) => v.toString(16).padStart(2, '0')).join('');
  return `.${className}{background-color:${rgba(hex, alpha)}}`;
}

/** The class for a set of code ids (order-insensitive). */
export function classFor(codeIds) {
  const ids = [...new Set(codeIds)].sort();
  const key = ids.join(',');
  let name = classes.get(key);
  if (!name) {
    name = 'k' + classes.size;
    classes.set(key, name);
    const s = styleSheet();
    s.insertRule(ruleFor(name, ids), s.cssRules.length);
  }
  return name;
}

/** Rewrites every rule after colours changed. */
export function refreshColours() {
  const s = styleSheet();
  while (s.cssRules.length) s.deleteRule(0);
  for (const [key, name] of classes) s.insertRule(ruleFor(name, key.split(',')), s.cssRules.length);
}
