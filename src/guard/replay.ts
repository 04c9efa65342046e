/**
 * What a replay could do. `delivered`: the event reached a control still on the page. `tookEffect`, where
 * the page shows it, tells a moment later whether the page took the action (an editor sent its draft).
 */
export interface Delivery {
  delivered: boolean;
  tookEffect?: () => boolean;
}

const NOT_DELIVERED: Delivery = { delivered: false };

function isEditor(el: Element): el is HTMLElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || (el instanceof HTMLElement && el.isContentEditable);
}

function editorText(el: HTMLElement): string {
  return (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim();
}

/** A send from an editor: it went through when the editor no longer holds the same draft (sites clear it, or close it). */
function draftGone(editor: Element | null): Delivery['tookEffect'] {
  if (!editor || !isEditor(editor)) return undefined;
  const draft = editorText(editor);
  if (!draft) return undefined;
  return () => !editor.isConnected || editorText(editor) !== draft;
}

/** Space on a `div[role=button]`: the page acts on its keyup, so the replay is the pair. */
function isSpace(event: Event): event is KeyboardEvent {
  return event instanceof KeyboardEvent && event.type === 'keydown' && event.key === ' ';
}

/**
 * Sends an approved event again, once. Clicks are re-dispatched (which also
 * runs a link's or submit button's default action), Enter is re-dispatched to
 * the editor whose own listeners send the draft, and a form is submitted
 * through requestSubmit so its submit listeners and validation run.
 * Reports whether it could deliver, and for a send how to check that it went through.
 */
export function replay(original: Event, replayTarget?: Element): Delivery {
  // Replay comes after the reminder, once dispatch is over: composedPath() is empty by then, target is not.
  const origin = original.composedPath()[0] ?? original.target;
  const sent = draftGone(origin instanceof Element ? origin : null);
  const delivered = (): Delivery => (sent ? { delivered: true, tookEffect: sent } : { delivered: true });
  if (replayTarget instanceof HTMLElement && replayTarget.isConnected) {
    replayTarget.click();
    return delivered();
  }
  const target = original.target;
  if (original.type === 'submit') {
    if (!(target instanceof HTMLFormElement) || !target.isConnected) return NOT_DELIVERED;
    const submitter = (original as SubmitEvent).submitter;
    target.requestSubmit(submitter instanceof HTMLElement && submitter.isConnected ? submitter : null);
    return { delivered: true };
  }
  if (!(origin instanceof Element) || !origin.isConnected) return NOT_DELIVERED;
  if (original instanceof KeyboardEvent) {
    // keyCode/which are not part of KeyboardEventInit and read 0 here: editors that need them are
    // given a replayTarget (their send button) by their adapter instead.
    origin.dispatchEvent(new KeyboardEvent(original.type, original));
    if (isSpace(original)) origin.dispatchEvent(new KeyboardEvent('keyup', original));
    return delivered();
  }
  if (original instanceof MouseEvent) {
    const Ctor = original.constructor as typeof MouseEvent;
    origin.dispatchEvent(new Ctor(original.type, original));
    return { delivered: true };
  }
  origin.dispatchEvent(new Event(original.type, original));
  return { delivered: true };
}
