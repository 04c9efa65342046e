/**
 * Setup for the dom project (happy-dom), test side only: nothing here ships.
 *
 * - The reminder's shadow root is closed: a page cannot reach it, and neither can a test through
 *   `host.shadowRoot`. `attachShadow` is wrapped to keep each closed root it makes, so a test can
 *   read the dialog as the user sees it (`closedRootOf`). In a browser, e2e tests reach it through
 *   the DevTools protocol or WebDriver BiDi instead (test/e2e/support).
 * - happy-dom has no `isTrusted`. Here, an event a test dispatches stands for the user's own input
 *   (trusted), unless the test marks it as a page script's with `synthetic()`.
 */
const closedRoots = new WeakMap<Element, ShadowRoot>();
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attach.call(this, init);
  if (init.mode === 'closed') closedRoots.set(this, root);
  return root;
};

const scripted = new WeakSet<Event>();
Object.defineProperty(Event.prototype, 'isTrusted', {
  configurable: true,
  get(this: Event) {
    return !scripted.has(this);
  },
});

/** The closed shadow root attached to this element, if any. */
export function closedRootOf(host: Element | null | undefined): ShadowRoot | null {
  return host ? (closedRoots.get(host) ?? null) : null;
}

/** Marks an event as made by a page script (isTrusted false), as every script-made event is in a browser. */
export function synthetic<E extends Event>(event: E): E {
  scripted.add(event);
  return event;
}
