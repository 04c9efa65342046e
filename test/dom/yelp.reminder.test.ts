import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { normaliseHandle } from '../../src/clients/handles';
import { ClientMatcher } from '../../src/clients/matcher';
import { type GuardEnv, startGuard } from '../../src/guard/engine';
import { defaultSettings } from '../../src/policy/defaults';
import { yelp } from '../../src/sites/yelp/index';
import { ACTION_RISKS, PRIVATE_RISKS } from '../../src/ui/copy';
import { innermost } from './support/recognise';
import { press as pressButton, reminderRoot } from './support/reminder';
import { loadYelp } from './support/yelp-pages';

/**
 * The Yelp adapter with the real engine and reminder, on the reviews fixture:
 * what the reminder says about a review response (reviewer, possible client,
 * public or private risk, the generic reply), and how a Proceed at "Comment" or
 * "Direct message" covers the Send that follows.
 */

const settings = defaultSettings();
const matcher = new ClientMatcher([
  { id: 'c-sam', name: 'Sam Lee', aliases: [], handles: {} },
  { id: 'c-robin', name: 'Robin Park', aliases: [], handles: { yelp: (normaliseHandle('yelp', 'Robin P.') as { handle: string }).handle } },
]);

let stop: () => void = () => {};
let clicks: string[] = [];

beforeEach(() => {
  loadYelp('biz-reviews.html');
  clicks = [];
  // The page's own listener: what it hears is what "happened".
  document.querySelector('[data-fixture-root]')?.addEventListener('click', (e) => {
    const action = (e.target as Element).closest('[data-fixture-action]')?.getAttribute('data-fixture-action');
    if (action) clicks.push(action);
  });
  const env: GuardEnv = {
    settings: () => settings,
    matcher: () => matcher,
    paused: () => false,
    log: () => {},
    report: (error) => {
      throw error;
    },
    now: () => 1_000_000,
  };
  stop = startGuard(yelp, env, { isInvalid: false, onInvalidated: () => {} });
});

afterEach(() => stop());

const press = (action: string) =>
  innermost(document.querySelector(`[data-fixture-action="${action}"]`) as Element).dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }),
  );
const reminder = () => reminderRoot();
const text = (selector: string) => reminder()?.querySelector(selector)?.textContent ?? null;
const choose = (choice: 'stop' | 'proceed') => {
  const button = reminder()?.querySelector<HTMLElement>(`[data-choice="${choice}"]`);
  if (button) pressButton(button);
};

describe('the reminder for a review response', () => {
  it('Thank on "Sam L.": possible client, the private risk, the policy and the generic reply; Stop keeps it from the page', () => {
    press('thank:sam');
    expect(text('h2')).toBe('Respond to this review?');
    expect(text('.who')).toBe('Sam L. · “Thank”');
    expect(text('.badge')).toBe('May be on your client list (a similar name is on it)');
    expect(text('.risk')).toBe(PRIVATE_RISKS['review.respond']);
    expect(text('blockquote')).toContain(settings.clauses.reviews.text);
    expect(text('.suggest q')).toBe(settings.reviewReplyText);
    choose('stop');
    expect(reminder()).toBeNull();
    expect(clicks).toEqual([]);
  });

  it("Comment on a stranger's review: no badge, the public risk", () => {
    press('open-comment:taylor');
    expect(text('.who')).toBe('Taylor K. · “Comment”');
    expect(text('.badge')).toBeNull();
    expect(text('.risk')).toBe(ACTION_RISKS['review.respond']);
    choose('proceed');
    expect(clicks).toEqual(['open-comment:taylor']);
  });

  it('"Robin P." is on the client list by Yelp name', () => {
    press('open-message:robin');
    expect(text('.badge')).toBe('On your client list');
    expect(text('.risk')).toBe(PRIVATE_RISKS['review.respond']);
  });

  it("a Proceed at Comment covers that reviewer's Send once; Direct message does not cover a public Send", () => {
    press('open-comment:sam');
    choose('proceed');
    press('comment:sam');
    expect(reminder()).toBeNull();
    expect(clicks).toEqual(['open-comment:sam', 'comment:sam']);
    press('comment:sam');
    expect(text('.who')).toBe('Sam L. · “Send”');
    choose('stop');

    press('open-message:sam');
    choose('proceed');
    press('comment:sam');
    expect(text('.risk')).toBe(ACTION_RISKS['review.respond']);
    choose('stop');
    expect(clicks).toEqual(['open-comment:sam', 'comment:sam', 'open-message:sam']);
  });
});
