// Test and benchmark hooks: read-only views (window.__verbatim*) of what the page painted or heard.
// They exist only when a test switch is on: the browser tests set window.__verbatimTestHooks =
// true before any script of the page runs. In normal use nothing here touches window.

const enabled = typeof window !== 'undefined' && window.__verbatimTestHooks === true;

/** Sets window[name] to value, when the test switch is on. */
export function testHook(name, value) {
  if (enabled) window[name] = value;
}

