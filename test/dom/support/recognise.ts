import type { GuardedAction, SiteAdapter } from '../../../src/guard/action';
import { recognise } from '../../../src/guard/recognise';

/**
 * What an adapter recognises from a real event dispatched on an element of the
 * loaded page: the event goes through the engine's own recognition step (toTrigger,
 * the adapter, the rules every site shares), as in the extension, and is then
 * cancelled so nothing of the page runs.
 */
export function recogniseEvent(adapter: SiteAdapter, target: Element, event: Event): GuardedAction | null {
  const doc = target.ownerDocument;
  const win = doc.defaultView as Window;
  let result: GuardedAction | null = null;
  let seen = false;
  const listener = (e: Event) => {
    if (e !== event) return;
    seen = true;
    result = recognise(e, adapter, doc);
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  win.addEventListener(event.type, listener, true);
  try {
    target.dispatchEvent(event);
  } finally {
    win.removeEventListener(event.type, listener, true);
  }
  if (!seen) throw new Error(`The ${event.type} event did not reach window`);
  return result;
}

export function click(adapter: SiteAdapter, target: Element): GuardedAction | null {
  return recogniseEvent(adapter, target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}

export function enter(adapter: SiteAdapter, target: Element, init: KeyboardEventInit = {}): GuardedAction | null {
  return recogniseEvent(
    adapter,
    target,
    new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true, ...init }),
  );
}

export function submit(adapter: SiteAdapter, form: HTMLFormElement, submitter: HTMLElement | null): GuardedAction | null {
  return recogniseEvent(adapter, form, new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter }));
}

/** Puts text in a field as typing would leave it. */
export function fill(field: Element, text: string): void {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.value = text;
  else field.textContent = text;
}

/** The element of the loaded page that carries this fixture action (the harness attribute; adapters never read it). */
export function byAction(doc: Document, action: string, extra = ''): HTMLElement {
  const el = doc.querySelector<HTMLElement>(`[data-fixture-action="${action}"]${extra}`);
  if (!el) throw new Error(`No [data-fixture-action="${action}"]${extra} on the page`);
  return el;
}

/** The innermost first element inside a control: what a pointer lands on (the text in nested divs, an icon). */
export function innermost(el: Element): Element {
  let node = el;
  while (node.firstElementChild) node = node.firstElementChild;
  return node;
}
