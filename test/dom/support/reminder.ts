import { closedRootOf } from './closed-roots';

/** The reminder's host: the child of <body> or <html> with a closed shadow root (it has no name of its own). */
export function reminderHost(doc: Document = document): HTMLElement | null {
  const candidates = [...(doc.body?.children ?? []), ...doc.documentElement.children];
  const hosts = candidates.filter((el): el is HTMLElement => el instanceof HTMLElement && closedRootOf(el) !== null);
  if (hosts.length > 1) throw new Error(`${hosts.length} reminders on the page`);
  return hosts[0] ?? null;
}

/** The reminder's closed shadow root, reached from the test side. */
export function reminderRoot(doc: Document = document): ShadowRoot | null {
  return closedRootOf(reminderHost(doc));
}

/** Presses a button of the reminder as a keyboard user does: focus, then the click that Enter makes. */
export function press(button: HTMLElement): void {
  // A disabled button takes neither focus nor a click, in a browser.
  if ((button as HTMLButtonElement).disabled) return;
  button.focus();
  button.click();
}
