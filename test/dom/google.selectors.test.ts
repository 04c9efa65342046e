import { describe, expect, it } from 'vitest';
import { contributorOf, reviewerOf, reviewOf } from '../../src/sites/google/card';
import { BUSINESS_HOST, GOOGLE } from '../../src/sites/google/selectors';
import { ALL_GOOGLE_PAGES, GOOGLE_LANGUAGE_PAGES, GOOGLE_PAGES, type GooglePage, loadGoogle } from './support/google-pages';

/**
 * Every Google selector, the fixture pages where it must find something and those where it must find nothing. A
 * selector edit that stops matching its pages, or starts matching elsewhere, fails here.
 */
const LANGUAGE_PAGES = Object.values(GOOGLE_LANGUAGE_PAGES);
const except = (...pages: GooglePage[]) => ALL_GOOGLE_PAGES.filter((p) => !pages.includes(p));

const EXPECTED: Record<keyof typeof GOOGLE, { matches: GooglePage[]; never: GooglePage[] }> = {
  // Only Maps names its review cards (data-review-id + aria-label); Search and business.google.com are found by the reviewer link.
  review: { matches: ['maps-place.html'], never: except('maps-place.html') },
  contributor: { matches: ALL_GOOGLE_PAGES, never: [] },
  rating: { matches: ALL_GOOGLE_PAGES, never: [] },
  field: { matches: ALL_GOOGLE_PAGES, never: [] },
  dialog: { matches: ['search-reviews.html'], never: except('search-reviews.html') },
  // Only Maps has a review's menu open.
  menu: { matches: ['maps-place.html'], never: except('maps-place.html') },
  menuOpener: { matches: ['maps-place.html'], never: except('maps-place.html') },
};

describe('Google selectors against the fixture pages', () => {
  it('every selector is listed here, and every page is in a list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(GOOGLE).sort());
    for (const [name, { matches, never }] of Object.entries(EXPECTED)) {
      expect([...matches, ...never].sort(), name).toEqual([...ALL_GOOGLE_PAGES].sort());
    }
  });

  for (const [name, { matches, never }] of Object.entries(EXPECTED) as Array<[keyof typeof GOOGLE, (typeof EXPECTED)['review']]>) {
    for (const page of matches) {
      it(`${name} matches in ${page}`, () => {
        expect(loadGoogle(page).querySelectorAll(GOOGLE[name]).length).toBeGreaterThan(0);
      });
    }
    for (const page of never) {
      it(`${name} matches nothing in ${page}`, () => {
        expect(loadGoogle(page).querySelectorAll(GOOGLE[name])).toHaveLength(0);
      });
    }
  }
});

describe('Google selectors find the right things', () => {
  it('review: one per Maps card, never its inner parts or the Like and Share buttons that carry the same review id', () => {
    const doc = loadGoogle('maps-place.html');
    expect([...doc.querySelectorAll(GOOGLE.review)].map((r) => r.getAttribute('aria-label'))).toEqual([
      'Sam L.',
      'Robin Park',
      'Jordan S.',
    ]);
    expect(doc.querySelectorAll('[data-review-id]').length).toBeGreaterThan(3);
  });

  it('every review of every page is found from its rating, with its reviewer and contributor id', () => {
    for (const page of ALL_GOOGLE_PAGES) {
      const doc = loadGoogle(page);
      const reviewers = [...doc.querySelectorAll('[data-card]')].map((card) => {
        const rating = card.querySelector(GOOGLE.rating) as Element;
        const review = reviewOf(rating);
        expect(review, `${page} ${card.getAttribute('data-card')}`).not.toBeNull();
        return reviewerOf(review as Element);
      });
      expect(reviewers.length, page).toBeGreaterThanOrEqual(3);
      for (const r of reviewers) expect(r?.handle, page).toMatch(/^\d{21}$/);
    }
  });

  it('contributor: absolute, relative and data-href links all give the contributor id; other links give none', () => {
    const doc = loadGoogle('search-reviews.html');
    const ids = [...doc.querySelectorAll(GOOGLE.contributor)].map(contributorOf);
    expect(new Set(ids)).toEqual(new Set(['103482915577201938475', '112233445566778899001', '109876543210987654321']));
    const other = doc.createElement('a');
    other.href = 'https://www.google.com/maps/place/Harbor';
    expect(contributorOf(other)).toBeNull();
  });

  it('dialog: the reviews panel and the feedback dialog on Search; a review is never found across a dialog', () => {
    const doc = loadGoogle('search-reviews.html');
    expect(doc.querySelectorAll(GOOGLE.dialog)).toHaveLength(2);
    expect(reviewOf(doc.querySelector('[aria-label="Describe your feedback"]') as Element)).toBeNull();
  });

  it('BUSINESS_HOST: business.google.com only', () => {
    expect(Object.values(GOOGLE_PAGES).filter((u) => BUSINESS_HOST.test(new URL(u).hostname))).toHaveLength(1 + LANGUAGE_PAGES.length);
    expect(BUSINESS_HOST.test('www.google.com')).toBe(false);
  });
});
