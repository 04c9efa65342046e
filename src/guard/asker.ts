import type { ReminderChoice, ReminderContent } from '../ui/reminder-view';

/**
 * How the engine asks the therapist, and the one way an answer comes back: the
 * `answer` callback given to `open`. The reminder (src/ui/reminder.ts) is the asker
 * that ships; unit tests pass a fake.
 */
export interface Asker {
  /** Event types that must reach the asker, and never the page, while they come from it. */
  readonly events: readonly string[];
  /** Did this event start inside what the asker shows? */
  owns(event: Event): boolean;
  /** An event from inside the asker; the engine has already kept it from the page. */
  handle(event: Event): void;
  /** A modal question; `answer` is called at most once, never if another question or close() comes first. */
  open(content: ReminderContent, answer: (choice: ReminderChoice) => void): void;
  /** A notice that does not wait for an answer; the action goes on. It never closes a question still open. */
  notice(content: ReminderContent): void;
  /** A short message that does not wait for an answer ("Click again…"); it never closes a question still open. */
  tell(message: string): void;
  /** Did showing the asker cause this page event (the pointer or focus left a page element for it)? */
  caused(event: Event): boolean;
  /** Takes whatever is shown off the page, unanswered. */
  close(): void;
}
