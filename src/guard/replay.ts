/**
 * Sends an approved event again, once. Clicks are re-dispatched (which also
 * runs a link's or submit button's default action), Enter is re-dispatched to
 * the editor whose own listeners send the draft, and a form is submitted
 * through requestSubmit so its submit listeners and validation run.
 */
export function replay(original: Event, replayTarget?: Element): void {
  if (replayTarget instanceof HTMLElement && replayTarget.isConnected) {
    replayTarget.click();
    return;
  }
  const target = original.target;
  if (original.type === 'submit') {
    if (target instanceof HTMLFormElement) {
      const submitter = (original as SubmitEvent).submitter;
      target.requestSubmit(submitter instanceof HTMLElement && submitter.isConnected ? submitter : null);
    }
    return;
  }
  // Replay comes after the reminder, once dispatch is over: composedPath() is empty by then, target is not.
  const origin = original.composedPath()[0] ?? original.target;
  if (!(origin instanceof Element) || !origin.isConnected) return;
  if (original instanceof KeyboardEvent) {
    // keyCode/which are not part of KeyboardEventInit and read 0 here: editors that need them are
    // given a replayTarget (their send button) by their adapter instead.
    origin.dispatchEvent(new KeyboardEvent(original.type, original));
    return;
  }
  if (original instanceof MouseEvent) {
    const Ctor = original.constructor as typeof MouseEvent;
    origin.dispatchEvent(new Ctor(original.type, original));
    return;
  }
  origin.dispatchEvent(new Event(original.type, original));
}
