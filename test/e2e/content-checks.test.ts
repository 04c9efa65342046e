import { describe, expect, it } from 'vitest';
import { CLAUSE_TITLES } from '../../src/core/vocabulary';
import { defaultSettings } from '../../src/policy/defaults';
import { SEED_CLAUSES } from '../../src/policy/seed';
import { at, press, typeDraft } from './support/cases';
import { choose, fixtureRecord, settle, waitForReminder } from './support/page';
import { usePlatform } from './support/platform';

/**
 * The content checks (issue 14) in the built extension: the draft is read when it is sent, and each
 * phrase that reveals care or asks clients to market the practice is shown in the reminder in an
 * element with data-flag. Nobody on these pages is on the client list but Sam Lee, so every reminder
 * here comes from what the draft says (or, on Yelp, from the rule for every review response).
 */

const REVIEWS = 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews';
const SAM_FIELD = '[data-card="sam"] textarea';
const GENERIC_REPLY = defaultSettings().reviewReplyText;

const site = usePlatform({ clients: 'name,yelp\r\nSam Lee,\r\n', start: REVIEWS, tabs: 'new' });

describe('Yelp for Business: a reply to a review', () => {
  it('that reveals care shows each flagged phrase, why it matters, the clause and the generic reply; Stop sends nothing', async () => {
    const p = await site.open();
    await typeDraft(
      p,
      SAM_FIELD,
      'Thank you, Sam. It was a joy to see how far you came in our sessions, and your next appointment is on Thursday.',
    );
    const before = await fixtureRecord(p);
    await p.locator(at('comment:sam')).click();
    const view = await waitForReminder(p);
    expect(view.flags).toEqual(['“in our sessions”', '“appointment”']);
    expect(view.flagCategories).toEqual(['relationship', 'logistics']);
    expect(view.text).toContain('confirms that the reviewer was seen by you');
    expect(view.policy).toContain(SEED_CLAUSES.reviews.text);
    expect(view.text).toContain(GENERIC_REPLY);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });

  it('that is the generic reply shows no flagged phrase; Proceed sends it once', async () => {
    const p = await site.open();
    await typeDraft(p, SAM_FIELD, GENERIC_REPLY, true);
    await p.locator(at('comment:sam')).click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Respond to this review?');
    expect(view.flags).toEqual([]);
    await choose(p, 'proceed');
    await settle(p);
    expect((await fixtureRecord(p)).actions).toEqual([`comment:sam=${GENERIC_REPLY}`]);
  });

  it('a Proceed at Comment does not cover a draft that reveals care', async () => {
    const p = await site.open();
    await p.locator(at('open-comment:sam')).click();
    await waitForReminder(p);
    await choose(p, 'proceed');
    await typeDraft(p, SAM_FIELD, 'Glad the Lexapro is helping!');
    const before = await fixtureRecord(p);
    await p.locator(at('comment:sam')).click();
    const view = await waitForReminder(p);
    expect(view.flags).toEqual(['“Lexapro”']);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });
});

describe('Facebook: a post that asks clients for reviews', () => {
  it('is stopped under the Marketing clause, with the request quoted', async () => {
    const p = await site.open('https://www.facebook.com/');
    const composer = `${at('composer')}[contenteditable]`;
    await typeDraft(p, composer, 'Loved working with us? Please leave us a review on Google and share this post!');
    const before = await fixtureRecord(p);
    await p.locator(`[role="button"]${at('post')}`).click();
    const view = await waitForReminder(p);
    expect(view.question).toBe('Post this text?');
    expect(view.policy).toContain(CLAUSE_TITLES.marketing);
    expect(view.policy).toContain(SEED_CLAUSES.marketing.text);
    expect(view.flags).toEqual(['“leave us a review”', '“share this post”']);
    expect(view.text).toContain('asks clients for reviews or testimonials');
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });

  it('a post that asks nothing of clients passes untouched', async () => {
    const p = await site.open('https://www.facebook.com/');
    await typeDraft(p, `${at('composer')}[contenteditable]`, 'Our office is closed on Monday for the holiday.');
    const before = await fixtureRecord(p);
    await p.locator(`[role="button"]${at('post')}`).click();
    await settle(p);
    expect((await fixtureRecord(p)).actions).toEqual([...before.actions, 'post=Our office is closed on Monday for the holiday.']);
  });
});

describe('X: a reply that reveals care', () => {
  it('to someone who is not on the client list is stopped, with the phrase quoted', async () => {
    const p = await site.open('https://x.com/compose/post');
    const field = `${at('reply-send:maria')}[data-fixture-enter]`;
    await typeDraft(p, field, 'So glad our sessions helped you through this year');
    const before = await press(p, 'Control+Enter');
    const view = await waitForReminder(p);
    expect(view.question).toBe('Reply to this person?');
    expect(view.badge).toBeNull();
    expect(view.flags).toEqual(['“our sessions”']);
    expect(view.text).toContain('confirms that the reader was seen by you');
    expect(view.policy).toContain(SEED_CLAUSES.interacting.text);
    await choose(p, 'stop');
    expect(await fixtureRecord(p)).toEqual(before);
  });
});
