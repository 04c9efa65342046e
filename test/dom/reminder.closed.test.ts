import { afterEach, describe, expect, it } from 'vitest';
import type { Intervention } from '../../src/guard/decide';
import { Reminder } from '../../src/ui/reminder';
import type { ReminderChoice, ReminderContent } from '../../src/ui/reminder-view';
import { synthetic } from './support/closed-roots';
import { press, reminderHost, reminderRoot } from './support/reminder';

/**
 * The reminder as the page meets it: a bare host with a closed root, and deaf to
 * anything a page script dispatches. (The engine routes events to it; here the
 * test routes them as the engine does, through owns() and handle().)
 */

const INTERVENTION: Intervention = {
  level: 'reason',
  rule: 'connect.accept',
  clause: { title: 'Friending', text: 'I do not accept friend requests from clients.' },
  client: 'yes',
  mentions: [],
};
const CONTENT: ReminderContent = {
  question: 'Accept this friend request?',
  person: 'María Pérez',
  platform: 'Facebook',
  control: 'Confirm',
  intervention: INTERVENTION,
};

let reminder: Reminder | null = null;
const routed = (event: Event) => {
  if (reminder?.owns(event)) {
    event.stopImmediatePropagation();
    reminder.handle(event);
  }
};
const TYPES = ['click', 'keydown', 'input', 'focusin', 'focusout'];

function open(level: Intervention['level'] = 'reason'): ReminderChoice[] {
  for (const type of TYPES) window.addEventListener(type, routed, true);
  const answers: ReminderChoice[] = [];
  reminder = new Reminder(document);
  reminder.open({ ...CONTENT, intervention: { ...INTERVENTION, level } }, (a) => answers.push(a));
  return answers;
}

afterEach(() => {
  reminder?.close();
  reminder = null;
  for (const type of TYPES) window.removeEventListener(type, routed, true);
  document.body.replaceChildren();
});

const inside = (selector: string) => reminderRoot()?.querySelector<HTMLElement>(selector) ?? null;

describe('what the page can see of the reminder', () => {
  it('a <div> with no attributes and no text, whose shadow root the page cannot open', () => {
    open();
    const host = reminderHost();
    expect(host?.localName).toBe('div');
    expect(host?.parentElement).toBe(document.body);
    expect(host?.attributes).toHaveLength(0);
    expect(host?.textContent).toBe('');
    expect(host?.shadowRoot).toBeNull();
    expect(inside('[role="alertdialog"]')).not.toBeNull();
    reminder?.close();
    expect(document.body.children).toHaveLength(0);
  });
});

describe('only trusted input answers it', () => {
  it("a page script's clicks on the buttons, Escape and Enter do nothing; the therapist's do", () => {
    const answers = open('confirm');
    const stop = inside('[data-choice="stop"]') as HTMLElement;
    const proceed = inside('[data-choice="proceed"]') as HTMLElement;
    for (const target of [stop, proceed, reminderHost() as HTMLElement]) {
      target.dispatchEvent(synthetic(new MouseEvent('click', { bubbles: true, composed: true })));
      for (const key of ['Escape', 'Enter', ' ']) {
        target.dispatchEvent(synthetic(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true })));
      }
    }
    expect(answers).toEqual([]);
    expect(inside('[role="alertdialog"]')).not.toBeNull();
    press(proceed);
    expect(answers).toEqual([{ choice: 'proceed' }]);
    expect(reminderHost()).toBeNull();
  });

  it('a synthetic input does not enable Proceed; typing does', () => {
    const answers = open('reason');
    const reason = inside('[data-reason]') as HTMLTextAreaElement;
    const proceed = inside('[data-choice="proceed"]') as HTMLButtonElement;
    reason.value = 'set by a script';
    reason.dispatchEvent(synthetic(new Event('input', { bubbles: true, composed: true })));
    expect(proceed.disabled).toBe(true);
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(proceed.disabled).toBe(false);
    press(proceed);
    expect(answers).toEqual([{ choice: 'proceed', reason: 'set by a script' }]);
  });

  it('Escape from the therapist is Stop; Tab and Shift+Tab stay inside', () => {
    const answers = open('reason');
    const root = reminderRoot() as ShadowRoot;
    const key = (k: string, shiftKey = false) =>
      root.activeElement?.dispatchEvent(
        new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true, cancelable: true }),
      );
    expect((root.activeElement as HTMLElement).dataset.choice).toBe('stop');
    key('Tab');
    expect(root.activeElement).toBe(inside('[data-reason]'));
    key('Tab', true);
    expect((root.activeElement as HTMLElement).dataset.choice).toBe('stop');
    key('Escape');
    expect(answers).toEqual([{ choice: 'stop' }]);
  });

  it('focus taken away by a page script comes back', async () => {
    open('reason');
    const root = reminderRoot() as ShadowRoot;
    const reason = inside('[data-reason]') as HTMLTextAreaElement;
    reason.focus();
    reason.blur();
    await Promise.resolve();
    expect(root.activeElement).toBe(reason);
  });
});
