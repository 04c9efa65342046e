import type { SiteHealth } from '../../guard/action';
import { reviewOf } from './card';
import { type ControlKey, ownerControl } from './control';
import { googleLabels as labels } from './labels';
import { BUSINESS_HOST, GOOGLE } from './selectors';

/**
 * What Google pages must show while their markup is the one the adapter knows (issue 12). Reviews are found by
 * their rating (an image with a label) without the labels the adapter uses; the checks then ask whether the
 * adapter still finds the review and the owner's controls in it. Only business.google.com is always the owner's:
 * on Search and Maps the owner's controls show only to a signed-in owner, so there the check is about an open
 * reply box.
 */

/** The first review of the page: the nearest ancestor of a rating that holds two buttons or more. */
function firstReview(doc: Document): Element | null {
  const rating = doc.querySelector(GOOGLE.rating);
  let el: Element | null = rating;
  for (let depth = 0; el && el !== doc.body && depth < 8; depth += 1, el = el.parentElement) {
    if (el.querySelectorAll('button, [role="button"]').length >= 2) return el;
  }
  return null;
}

const knows = (el: Element, doc: Document, keys: readonly ControlKey[]) =>
  [...el.querySelectorAll('button, [role="button"], input[type="submit"]')].some((c) => ownerControl(c, doc, keys) !== null);

export const googleHealth: SiteHealth = {
  platform: 'google',
  labels,
  testIds: [],
  checks: [
    {
      page: 'business reviews',
      expect: 'a review with its reviewer and Reply or Edit',
      region: (doc) => (BUSINESS_HOST.test(doc.location.hostname) ? firstReview(doc) : null),
      holds: (region, doc) => {
        const review = reviewOf(region.querySelector(GOOGLE.rating) ?? region);
        return review !== null && knows(review, doc, ['answer', 'edit']);
      },
    },
    {
      page: 'review reply box',
      expect: 'the box in a review, with its reviewer and a Post or Reply button',
      region: (doc) => {
        if (BUSINESS_HOST.test(doc.location.hostname)) return null;
        // A field outside a review (the search box) or in a dialog without a rating ("Send feedback") is no reply box.
        for (const field of doc.querySelectorAll(GOOGLE.field)) {
          const region = field.closest(`${GOOGLE.review}, ${GOOGLE.dialog}`);
          if (region?.querySelector(GOOGLE.rating)) return region;
        }
        return null;
      },
      holds: (region, doc) => {
        const field = region.querySelector(GOOGLE.field);
        const review = field && reviewOf(field);
        return review !== null && knows(review, doc, ['answer', 'send']);
      },
    },
  ],
};
