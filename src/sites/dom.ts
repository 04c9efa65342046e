/** DOM helpers every site adapter uses. No site knowledge lives here. */

/** Menu items act like buttons: "Follow" or "Add friend" in a profile's "…" menu is a `div[role=menuitem]`. */
const CONTROL = 'button, [role="button"], [role="menuitem"], a[href], [role="link"], input[type="submit"], input[type="button"]';

/** Buttons and menu items, for counting the controls of a card or a row. */
export const BUTTONS = 'button, [role="button"], [role="menuitem"]';

/**
 * Inside an aria-hidden subtree: Facebook renders every button twice, an aria-hidden, aria-disabled clone
 * (for measuring) before the visible one. A clone is never clicked and never counted.
 */
export function isHiddenClone(el: Element): boolean {
  return el.closest('[aria-hidden="true"]') !== null;
}

/** The control an event target belongs to (the target is often an icon or a span inside it). */
export function controlFrom(target: Element): HTMLElement | null {
  const control = target.closest<HTMLElement>(CONTROL);
  return control && !(control as HTMLButtonElement).disabled && control.getAttribute('aria-disabled') !== 'true' ? control : null;
}

/** Whitespace folded, invisible characters dropped, so "Follow\n Back" reads "Follow Back". */
export function squash(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first piece of text in an element: a profile link holds the name, then a headline or "1 mutual friend" after it. */
export function firstText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = squash(node.textContent ?? '');
    if (text) return text;
  }
  return '';
}

/** What a person sees or hears as the control's name: aria-label first, then its visible text. */
export function labelOf(el: Element): string {
  return squash(el.getAttribute('aria-label') ?? el.textContent ?? '');
}

/** The visible text only (some controls carry an aria-label that differs from what is shown). */
export function textOf(el: Element): string {
  return squash(el.textContent ?? '');
}

/**
 * The nearest ancestor (the element itself included) for which `has` is true,
 * climbing at most `maxDepth` levels and never above `stopAt`. Used to find the
 * card, comment or thread an action belongs to, so the person is read from the
 * element acted on and never from elsewhere on the page.
 */
export function ownerOf(
  start: Element,
  has: (el: Element) => boolean,
  { maxDepth = 12, stopAt }: { maxDepth?: number; stopAt?: string } = {},
): Element | null {
  let el: Element | null = start;
  for (let depth = 0; el && depth <= maxDepth; depth += 1) {
    if (stopAt && el.matches(stopAt)) return null;
    if (has(el)) return el;
    el = el.parentElement;
  }
  return null;
}

/** Text of an editor or field at send time. */
export function draftOf(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  // innerText, not textContent: editors put each line in its own block, and "Hi\nMaria" must not read "HiMaria".
  // biome-ignore lint/performance/useDomNodeTextContent: line breaks matter; read once, at send time.
  return (el as HTMLElement).innerText ?? el.textContent ?? '';
}

/** Where a link leads, read against the site's own address ("/maria" is on the site); null for no link or another site. */
export function linkTarget(a: Element, home: string, host: RegExp): URL | null {
  const href = a.getAttribute('href');
  if (!href) return null;
  try {
    const url = new URL(href, home);
    return host.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}
