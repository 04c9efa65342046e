import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteHealth } from '../../src/guard/action';
import { checkPage, failedByPage } from '../../src/guard/health';
import { checker } from '../../src/guard/health-script';
import { HEALTH_CHECKER, IDLE_TIMEOUT_MS, LATE_RETRIES, loadedChecker, SETTLE_MS, watchHealth } from '../../src/guard/health-watch';
import { facebookHealth } from '../../src/sites/facebook/health';
import { googleHealth } from '../../src/sites/google/health';
import { instagramHealth } from '../../src/sites/instagram/health';
import { linkedinHealth } from '../../src/sites/linkedin/health';
import { xHealth } from '../../src/sites/x/health';
import { yelpHealth } from '../../src/sites/yelp/health';
import { type FacebookPage, loadFacebook } from './support/fixture-page';
import { type GooglePage, loadGoogle } from './support/google-pages';
import { type InstagramPage, loadInstagram } from './support/instagram-pages';
import { type LinkedinPage, loadLinkedin } from './support/linkedin-pages';
import { loadYelp, type YelpPage } from './support/yelp-pages';
import { load as loadXPage, type XPage } from './x-load';

/** What the checks say of a page: the language it lacks, how many checks applied, and what failed where. */
function verdict(health: SiteHealth, doc: Document) {
  const result = checkPage(health, doc, (e) => {
    throw e;
  });
  return { language: result.language, applied: result.applied, failed: failedByPage(result.failures) };
}

describe('health checks pass on every page the adapters know', () => {
  const facebook: Array<[FacebookPage, number]> = [
    ['friends.html', 1],
    ['requests.html', 1],
    ['feed.html', 1],
    ['messages.html', 1],
    ['friends-es.html', 1],
    ['feed-es.html', 1],
    ['profile.html', 0],
  ];
  it.each(facebook)('facebook %s (%i checks apply)', (page, applied) => {
    expect(verdict(facebookHealth, loadFacebook(page))).toEqual({ language: null, applied, failed: [] });
  });

  const instagram: Array<[InstagramPage, number]> = [
    ['post.html', 1],
    ['post-es.html', 1],
    ['reel.html', 1],
    ['direct.html', 1],
    ['direct-es.html', 1],
    ['home.html', 0],
  ];
  it.each(instagram)('instagram %s (%i checks apply)', (page, applied) => {
    expect(verdict(instagramHealth, loadInstagram(page))).toEqual({ language: null, applied, failed: [] });
  });

  const x: Array<[XPage, number]> = [
    ['home', 2],
    ['profile', 1],
    ['status', 2],
    ['replyDialog', 2],
    ['composePost', 2],
    ['chat', 1],
    ['profileEs', 1],
  ];
  it.each(x)('x %s (%i checks apply), including the real saved pages', (page, applied) => {
    expect(verdict(xHealth, loadXPage(page))).toEqual({ language: null, applied, failed: [] });
  });

  const yelp: Array<[YelpPage, number]> = [
    ['biz-reviews.html', 1],
    ['biz-reviews-es.html', 1],
    ['www-business.html', 0],
  ];
  it.each(yelp)('yelp %s (%i checks apply)', (page, applied) => {
    expect(verdict(yelpHealth, loadYelp(page))).toEqual({ language: null, applied, failed: [] });
  });

  const google: Array<[GooglePage, number]> = [
    ['business-reviews.html', 1],
    ['business-reviews-es.html', 1],
    ['maps-place.html', 1],
    ['search-reviews.html', 1],
  ];
  it.each(google)('google %s (%i checks apply)', (page, applied) => {
    expect(verdict(googleHealth, loadGoogle(page))).toEqual({ language: null, applied, failed: [] });
  });
});

describe('health checks fail when the markup changed', () => {
  it('facebook: request cards whose controls were reworded', () => {
    expect(verdict(facebookHealth, loadFacebook('friends-changed.html'))).toEqual({
      language: null,
      applied: 1,
      failed: [{ page: 'friend requests', failed: ['Confirm or Add friend controls'] }],
    });
  });

  it('facebook: a page in a language no label table has is said so, and its labels are not checked', () => {
    expect(verdict(facebookHealth, loadFacebook('friends-nl.html'))).toEqual({ language: 'nl', applied: 0, failed: [] });
  });

  it('facebook: a comment editor with a new placeholder', () => {
    const doc = loadFacebook('feed.html');
    for (const editor of doc.querySelectorAll('[contenteditable="true"][aria-label^="Write a"]')) {
      editor.setAttribute('aria-label', 'Say something nice…');
      editor.removeAttribute('aria-placeholder');
    }
    expect(verdict(facebookHealth, doc).failed).toEqual([{ page: 'post with comments', failed: ['comment editor'] }]);
  });

  it('instagram: a comment box whose label changed', () => {
    const doc = loadInstagram('post.html');
    for (const field of doc.querySelectorAll('textarea')) {
      field.setAttribute('aria-label', 'Join the conversation');
      field.setAttribute('placeholder', 'Join the conversation');
    }
    expect(verdict(instagramHealth, doc).failed).toEqual([{ page: 'post', failed: ['comment box'] }]);
  });

  it('x: posts and composer without the test ids the adapter keys on (the real saved home timeline)', () => {
    const doc = loadXPage('home');
    for (const el of doc.querySelectorAll('[data-testid="tweet"], [data-testid="tweetButtonInline"], [data-testid="tweetButton"]')) {
      el.setAttribute('data-testid', `${el.getAttribute('data-testid')}V2`);
    }
    expect(verdict(xHealth, doc).failed).toEqual([
      { page: 'timeline', failed: ['tweet, User-Name and reply test ids'] },
      { page: 'composer', failed: ['tweetTextarea and tweetButton test ids'] },
    ]);
  });

  it('yelp: review controls reworded', () => {
    const doc = loadYelp('biz-reviews.html');
    for (const span of doc.querySelectorAll('button span')) {
      if (/^(Thank|Comment|Direct message)$/.test(span.textContent ?? '')) span.textContent = `${span.textContent} now`;
    }
    expect(verdict(yelpHealth, doc).failed).toEqual([
      { page: 'business reviews', failed: ['reviewer and Thank, Comment or Direct message controls'] },
    ]);
  });

  it('google: business.google.com review buttons reworded, and a reply box without its Post', () => {
    const doc = loadGoogle('business-reviews.html');
    for (const span of doc.querySelectorAll('button span')) {
      if (/^(Reply|Edit)$/.test(span.textContent ?? '')) span.textContent = 'Respond';
    }
    expect(verdict(googleHealth, doc).failed).toEqual([
      { page: 'business reviews', failed: ['a review with its reviewer and Reply or Edit'] },
    ]);
    const maps = loadGoogle('maps-place.html');
    for (const span of maps.querySelectorAll('button span')) {
      if (/^(Post|Reply)$/.test(span.textContent ?? '')) span.textContent = 'Share reply';
    }
    expect(verdict(googleHealth, maps).failed).toEqual([
      { page: 'review reply box', failed: ['the box in a review, with its reviewer and a Post or Reply button'] },
    ]);
  });

  it('a check that throws is reported and counts as neither passed nor failed', () => {
    const errors: unknown[] = [];
    const health: SiteHealth = {
      ...facebookHealth,
      checks: [
        {
          page: 'p',
          expect: 'e',
          region: () => {
            throw new Error('boom');
          },
          holds: () => true,
        },
      ],
    };
    expect(checkPage(health, loadFacebook('friends.html'), (e) => errors.push(e))).toEqual({ language: null, applied: 0, failures: [] });
    expect(String(errors[0])).toBe('Error: boom');
  });
});

describe('when the checks run', () => {
  let invalidate: () => void;
  let lifetime: { isInvalid: boolean; onInvalidated(cb: () => void): void };
  let runs: number;
  /** A site with one check that counts how often it is looked at. */
  const counting = (): SiteHealth => ({
    platform: 'facebook',
    labels: { languages: ['en'], known: () => null },
    testIds: [],
    checks: [
      {
        page: 'any',
        expect: 'body',
        region: (doc) => {
          runs += 1;
          return doc.body;
        },
        holds: () => true,
      },
    ],
  });

  /** The checker the injected health script leaves for the content script, as the watcher runs it. */
  const checking = (health: SiteHealth) => () =>
    checker(health)((e) => {
      throw e;
    });

  beforeEach(() => {
    vi.useFakeTimers();
    runs = 0;
    const callbacks: Array<() => void> = [];
    lifetime = { isInvalid: false, onInvalidated: (cb) => callbacks.push(cb) };
    invalidate = () => {
      lifetime.isInvalid = true;
      for (const cb of callbacks) cb();
    };
    loadFacebook('friends.html');
  });

  afterEach(() => {
    invalidate();
    vi.useRealTimers();
  });

  it('once when the page is idle after load, and never per mutation', async () => {
    const results: unknown[] = [];
    watchHealth(
      checking(counting()),
      (r) => results.push(r),
      lifetime,
      (e) => {
        throw e;
      },
    );
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(SETTLE_MS + IDLE_TIMEOUT_MS + 10);
    expect(runs).toBe(1);
    expect(results).toHaveLength(1);
    // A busy page: thousands of mutations, no run.
    for (let i = 0; i < 2_000; i += 1) document.body.append(document.createElement('article'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
  });

  it('again after an in-app navigation (history and back/forward), once per navigation', async () => {
    watchHealth(
      checking(counting()),
      () => {},
      lifetime,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(SETTLE_MS + IDLE_TIMEOUT_MS + 10);
    expect(runs).toBe(1);
    history.pushState({}, '', '/friends/requests/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS + IDLE_TIMEOUT_MS + 10);
    expect(runs).toBe(2);
    // The same address again is no navigation.
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS + IDLE_TIMEOUT_MS + 10);
    expect(runs).toBe(2);
  });

  it('a page that shows no kind of page the checks know is looked at again a little later, a bounded number of times', async () => {
    const health = counting();
    const check = health.checks[0];
    if (!check) throw new Error('no check');
    const site: SiteHealth = {
      ...health,
      checks: [
        {
          ...check,
          region: (doc) => {
            check.region(doc);
            return null;
          },
        },
      ],
    };
    watchHealth(
      checking(site),
      () => {},
      lifetime,
      () => {},
    );
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(1 + LATE_RETRIES);
  });

  it('runs the checker the health script left in the isolated world, and reports when there is none (never quiet)', async () => {
    const world: Record<symbol, unknown> = {};
    const errors: unknown[] = [];
    const results: unknown[] = [];
    watchHealth(
      () => loadedChecker(world)(() => {}),
      (r) => results.push(r),
      lifetime,
      (e) => errors.push(e),
    );
    await vi.advanceTimersByTimeAsync(SETTLE_MS + IDLE_TIMEOUT_MS + 10);
    expect(results).toEqual([]);
    expect(String(errors[0])).toBe('Error: The health checks did not load');
    world[HEALTH_CHECKER] = checker(counting());
    history.pushState({}, '', '/friends/later/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS + IDLE_TIMEOUT_MS + 10);
    expect(runs).toBe(1);
    expect(results).toEqual([{ language: null, applied: 1, unrecognised: [], failures: [] }]);
    expect(errors).toHaveLength(1);
  });

  it('stops when the content script is invalidated (extension updated or disabled)', async () => {
    watchHealth(
      checking(counting()),
      () => {},
      lifetime,
      () => {},
    );
    invalidate();
    await vi.advanceTimersByTimeAsync(60_000);
    history.pushState({}, '', '/friends/other/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(0);
  });
});

describe('linkedin health checks', () => {
  const pages: Array<[LinkedinPage, number]> = [
    ['network.html', 1],
    ['network-de.html', 1],
    ['profile.html', 1],
    ['feed.html', 1],
    ['messaging.html', 1],
    ['messaging-invitation.html', 1],
  ];
  it.each(pages)('linkedin %s (%i checks apply)', (page, applied) => {
    expect(verdict(linkedinHealth, loadLinkedin(page))).toEqual({ language: null, applied, failed: [] });
  });

  it('linkedin: invitation and suggestion controls reworded', () => {
    const doc = loadLinkedin('network.html');
    for (const b of doc.querySelectorAll('main button')) {
      b.removeAttribute('aria-label');
      for (const span of b.querySelectorAll('span')) span.textContent = `${span.textContent} now`;
    }
    expect(verdict(linkedinHealth, doc).failed).toEqual([{ page: 'my network', failed: ['Accept, Connect or Follow controls'] }]);
  });

  it('linkedin: a comment box with a new label, and a conversation without its header', () => {
    const feed = loadLinkedin('feed.html');
    for (const editor of feed.querySelectorAll('form [role="textbox"]')) {
      for (const attr of ['aria-label', 'aria-placeholder']) editor.setAttribute(attr, 'Share your thoughts');
    }
    expect(verdict(linkedinHealth, feed).failed).toEqual([
      { page: 'post with comments', failed: ['comment box in a form, inside a post'] },
    ]);
    const messaging = loadLinkedin('messaging.html');
    messaging.querySelector('.msg-title-bar')?.setAttribute('class', 'msg-header-v2');
    expect(verdict(linkedinHealth, messaging).failed).toEqual([{ page: 'messaging', failed: ['message box and the conversation header'] }]);
  });
});
