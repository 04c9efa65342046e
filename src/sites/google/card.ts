import { googleHandle } from '../../clients/site-handles';
import type { Person } from '../../clients/types';
import { firstText, ownerOf, squash } from '../dom';
import { GOOGLE } from './selectors';

/** The contributor id a reviewer link points to ("/maps/contrib/1034…" on www.google.com, whatever the page's host). */
export function contributorOf(link: Element): string | null {
  const href = link.getAttribute('href') ?? link.getAttribute('data-href');
  if (!href) return null;
  try {
    return googleHandle(new URL(href, 'https://www.google.com').href);
  } catch {
    return null;
  }
}

/** The distinct reviewers an element links to. */
function contributorsIn(el: Element): Set<string> {
  const ids = new Set<string>();
  for (const link of el.querySelectorAll(GOOGLE.contributor)) {
    const id = contributorOf(link);
    if (id) ids.add(id);
  }
  return ids;
}

/**
 * The review a control sits in: Maps' card (named after its reviewer), or the nearest ancestor that links to one
 * reviewer only (Search's panel and business.google.com). Climbing stops where a second reviewer appears: that is
 * the list, and the person must come from the review acted on, never from the page around it.
 */
export function reviewOf(control: Element): Element | null {
  let stop = false;
  const review = ownerOf(
    control,
    (el) => {
      if (stop) return false;
      if (el.matches(GOOGLE.review)) return true;
      const ids = contributorsIn(el);
      if (ids.size > 1) stop = true;
      return ids.size === 1;
    },
    { maxDepth: 16, stopAt: 'body' },
  );
  // A dialog over the page (Search's "Send feedback") belongs to no review behind it.
  if (!review || !(control.closest(GOOGLE.dialog)?.contains(review) ?? true)) return null;
  // On Maps the reviewer's links sit in an inner part of the card; the card is named after the reviewer.
  return review.closest(GOOGLE.review) ?? review;
}

/** The reviewer as the review shows them: the display name ("Sam L.") and their contributor id when linked. */
export function reviewerOf(review: Element): Person | undefined {
  let name = review.matches(GOOGLE.review) ? squash(review.getAttribute('aria-label') ?? '') : '';
  let handle: string | null = null;
  for (const link of review.querySelectorAll(GOOGLE.contributor)) {
    handle ??= contributorOf(link);
    // The photo's link has no text (its label is "Photo of NAME"); the name's link shows the name first, then
    // more ("3 reviews", "Local Guide"): the name is its first piece of text.
    name ||= firstText(link);
  }
  if (!name && !handle) return undefined;
  return { ...(name ? { name } : {}), ...(handle ? { handle } : {}) };
}
