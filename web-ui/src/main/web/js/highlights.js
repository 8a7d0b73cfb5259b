// One CSS class per combination of codes covering a segment, written as rules into a private
// style sheet, so that painting thousands of segments costs one class name each and a colour
// change restyles everything without touching the text.
import { colourOf } from './state.js';
import { rgba } from './dom.js';

const MAX_BANDS = 4;
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
  if (codeIds.length === 1) {
    return `.${className}{background-color:${rgba(colourOf(codeIds[0]), 0.32)}}`;
  }
  const shown = codeIds.slice(0, MAX_BANDS);
  const step = 100 / shown.length;
  const bands = shown
    .map((id, i) => `${rgba(colourOf(id), 0.42)} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`)
    .join(',');
  return `.${className}{background-image:linear-gradient(to bottom,${bands})}`;
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
