import type { SiteHealth } from '../../guard/action';
import { labelOf } from '../dom';
import { yelpLabels as labels } from './labels';
import { REVIEWS_PATH, YELP } from './selectors';

/**
 * What Yelp pages must show while their markup is the one the adapter knows (issue 12). A review is found
 * by its rating (an image with a label) and its buttons, without the class fragments and labels the adapter
 * uses; the check then asks whether those still find a reviewer and a reply control.
 */

const RATING = '[role="img"][aria-label]';

/** The first review: the nearest ancestor of a rating that holds buttons too. */
export function firstReview(doc: Document): Element | null {
  const main = doc.querySelector('main') ?? doc.body;
  const rating = main?.querySelector(RATING);
  let card: Element | null = rating ?? null;
  for (let depth = 0; card && card !== main && depth < 6; depth += 1, card = card.parentElement) {
    if (card.querySelectorAll('button').length >= 2) return card;
  }
  return null;
}

export const yelpHealth: SiteHealth = {
  platform: 'yelp',
  labels,
  testIds: [],
  checks: [
    {
      page: 'business reviews',
      expect: 'reviewer and Thank, Comment or Direct message controls',
      region: (doc) => (doc.location.hostname === 'biz.yelp.com' && REVIEWS_PATH.test(doc.location.pathname) ? firstReview(doc) : null),
      holds: (_review, doc) =>
        doc.querySelector(YELP.passport) !== null &&
        [...doc.querySelectorAll(YELP.control)].some((c) => labels.which(doc, ['thank', 'comment', 'directMessage'], labelOf(c)) !== null),
    },
  ],
};
