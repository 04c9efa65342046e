import { describe, expect, it } from 'vitest';
import { reviewerOf } from '../../src/sites/yelp/index';
import { INBOX_PATH, REVIEWS_PATH, YELP } from '../../src/sites/yelp/selectors';
import { ALL_YELP_PAGES, loadYelp, YELP_LANGUAGE_PAGES, YELP_PAGES, type YelpPage } from './support/yelp-pages';

/**
 * Every Yelp selector, the fixture pages where it must find something and those
 * where it must find nothing. A selector edit that stops matching its pages, or
 * starts matching elsewhere, fails here.
 */
const LANGUAGE_PAGES = Object.values(YELP_LANGUAGE_PAGES);
const REVIEW_PAGES: YelpPage[] = ['biz-reviews.html', ...LANGUAGE_PAGES];
const INBOX_PAGES: YelpPage[] = ['biz-inbox.html', 'biz-inbox-review.html'];
const WWW_PAGES: YelpPage[] = ['www-business.html', 'www-business-2025.html'];
const except = (...pages: YelpPage[]) => ALL_YELP_PAGES.filter((p) => !pages.includes(p));

const EXPECTED: Record<keyof typeof YELP, { matches: YelpPage[]; never: YelpPage[] }> = {
  // The live yelp.com page of 2025 has no passport class (y-css-HASH only): its reviews are found by their region.
  passport: { matches: except('www-business-2025.html'), never: ['www-business-2025.html'] },
  reviewRegion: { matches: ['www-business-2025.html'], never: except('www-business-2025.html') },
  reviewerName: { matches: ALL_YELP_PAGES, never: [] },
  // English only: "Valoración de 5 estrellas", "Note de 5 étoiles", … (cards are found by their passport or region).
  starRating: {
    matches: ['biz-reviews.html', 'biz-inbox-review.html', ...WWW_PAGES],
    never: [...LANGUAGE_PAGES, 'biz-inbox.html'],
  },
  reviews: { matches: WWW_PAGES, never: except(...WWW_PAGES) },
  control: { matches: ALL_YELP_PAGES, never: [] },
  field: { matches: [...REVIEW_PAGES, ...INBOX_PAGES], never: WWW_PAGES },
  dialog: { matches: ['biz-reviews.html'], never: except('biz-reviews.html') },
  // The review links (report, the nav's Reviews, an inbox thread's "View review"); the language pages have none.
  reviewLink: { matches: ['biz-reviews.html', ...INBOX_PAGES], never: [...LANGUAGE_PAGES, ...WWW_PAGES] },
};

describe('Yelp selectors against the fixture pages', () => {
  it('every selector is listed here, and every page is in a list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(YELP).sort());
    for (const [name, { matches, never }] of Object.entries(EXPECTED)) {
      expect([...matches, ...never].sort(), name).toEqual([...ALL_YELP_PAGES].sort());
    }
  });

  for (const [name, { matches, never }] of Object.entries(EXPECTED) as Array<[keyof typeof YELP, (typeof EXPECTED)['passport']]>) {
    for (const page of matches) {
      it(`${name} matches in ${page}`, () => {
        expect(loadYelp(page).querySelectorAll(YELP[name]).length).toBeGreaterThan(0);
      });
    }
    for (const page of never) {
      it(`${name} matches nothing in ${page}`, () => {
        expect(loadYelp(page).querySelectorAll(YELP[name])).toHaveLength(0);
      });
    }
  }
});

describe('Yelp selectors find the right things', () => {
  it('passport: one per review card on biz.yelp.com, and the reviewer name is its first text span', () => {
    const doc = loadYelp('biz-reviews.html');
    const passports = [...doc.querySelectorAll(YELP.passport)];
    expect(passports).toHaveLength(4);
    expect([...doc.querySelectorAll('[data-card]')].map((card) => reviewerOf(card)?.name)).toEqual([
      'Sam L.',
      'Robin P.',
      'Taylor K.',
      'Jordan S.',
    ]);
  });

  it('passport on yelp.com: user-passport-info, the name in its link', () => {
    const doc = loadYelp('www-business.html');
    const cards = [...(doc.querySelector(YELP.reviews)?.querySelectorAll('li') ?? [])];
    expect(cards.map((card) => reviewerOf(card)?.name)).toEqual(['Sam L.', 'Taylor K.']);
  });

  it('starRating: one per review card', () => {
    const doc = loadYelp('biz-reviews.html');
    const stars = [...doc.querySelectorAll(YELP.starRating)].map((s) => s.getAttribute('aria-label'));
    expect(stars).toEqual(['5 star rating', '2 star rating', '4 star rating', '3 star rating']);
    for (const s of doc.querySelectorAll(YELP.starRating)) expect(s.closest('[data-card]')?.querySelector(YELP.passport)).not.toBeNull();
  });

  it('field: the revealed comment and message textareas', () => {
    const doc = loadYelp('biz-reviews.html');
    expect([...doc.querySelectorAll(YELP.field)].map((f) => f.getAttribute('name'))).toEqual(['public_comment', 'message', 'message']);
    expect(doc.querySelector(YELP.dialog)?.querySelector(YELP.passport)).toBeNull();
  });

  it('reviewRegion on the 2025 yelp.com page: one region per review, named after the reviewer; the owner’s passport region is not one', () => {
    const doc = loadYelp('www-business-2025.html');
    const regions = [...doc.querySelectorAll(YELP.reviewRegion)];
    expect(regions.map((r) => reviewerOf(r)?.name)).toEqual(['Sam L.', 'Taylor K.']);
    expect(doc.querySelectorAll('[role="region"]')).toHaveLength(3);
    for (const r of regions) expect(r.closest('li')).not.toBeNull();
  });

  it('reactions carry their label twice: as aria-label with the count, and as aria-hidden text', () => {
    const doc = loadYelp('www-business-2025.html');
    const helpful = doc.querySelector('[aria-label^="Helpful"][role="button"]');
    expect(helpful?.getAttribute('aria-label')).toBe('Helpful (2 reactions)');
    expect(helpful?.querySelector('[aria-hidden="true"]:not(svg)')?.textContent).toBe('Helpful');
  });

  it('INBOX_PATH: the inbox threads, not the reviews', () => {
    for (const page of INBOX_PAGES) expect(INBOX_PATH.test(new URL(YELP_PAGES[page]).pathname), page).toBe(true);
    expect(INBOX_PATH.test(new URL(YELP_PAGES['biz-reviews.html']).pathname)).toBe(false);
    expect(INBOX_PATH.test('/inboxes')).toBe(false);
  });

  it('REVIEWS_PATH: the biz.yelp.com review pages', () => {
    expect(REVIEWS_PATH.test(new URL(YELP_PAGES['biz-reviews.html']).pathname)).toBe(true);
    expect(REVIEWS_PATH.test('/inbox')).toBe(false);
    expect(REVIEWS_PATH.test(new URL(YELP_PAGES['www-business.html']).pathname)).toBe(false);
  });
});
