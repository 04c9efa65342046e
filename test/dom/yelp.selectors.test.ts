import { describe, expect, it } from 'vitest';
import { reviewerOf } from '../../src/sites/yelp/index';
import { REVIEWS_PATH, YELP } from '../../src/sites/yelp/selectors';
import { ALL_YELP_PAGES, loadYelp, YELP_PAGES, type YelpPage } from './support/yelp-pages';

/**
 * Every Yelp selector, the fixture pages where it must find something and those
 * where it must find nothing. A selector edit that stops matching its pages, or
 * starts matching elsewhere, fails here.
 */
const EXPECTED: Record<keyof typeof YELP, { matches: YelpPage[]; never: YelpPage[] }> = {
  passport: { matches: ALL_YELP_PAGES, never: [] },
  reviewerName: { matches: ALL_YELP_PAGES, never: [] },
  // English only: the Spanish page's rating reads "Valoración de 5 estrellas" (cards are found by their passport).
  starRating: { matches: ['biz-reviews.html', 'www-business.html'], never: ['biz-reviews-es.html'] },
  reviews: { matches: ['www-business.html'], never: ['biz-reviews.html', 'biz-reviews-es.html'] },
  control: { matches: ALL_YELP_PAGES, never: [] },
  field: { matches: ['biz-reviews.html', 'biz-reviews-es.html'], never: ['www-business.html'] },
  dialog: { matches: ['biz-reviews.html'], never: ['biz-reviews-es.html', 'www-business.html'] },
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

  it('REVIEWS_PATH: the biz.yelp.com review pages', () => {
    expect(REVIEWS_PATH.test(new URL(YELP_PAGES['biz-reviews.html']).pathname)).toBe(true);
    expect(REVIEWS_PATH.test('/inbox')).toBe(false);
    expect(REVIEWS_PATH.test(new URL(YELP_PAGES['www-business.html']).pathname)).toBe(false);
  });
});
