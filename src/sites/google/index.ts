import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { controlFrom, draftOf, ownerOf, squash } from '../dom';
import { reviewerOf, reviewOf } from './card';
import { ownerControl, shownText } from './control';
import { googleLabels as labels } from './labels';
import { BUSINESS_HOST, GOOGLE, REVIEW_PATHS } from './selectors';

/**
 * Google Business Profile reviews: the owner's Reply (and Edit of an earlier reply) on a review, on Google Search's
 * merchant panel, on Maps and on business.google.com, and the submit of the reply box. Every owner reply is public.
 * The review is found by its place (Maps' review card, or the block that links to one reviewer), never by text:
 * the text only tells which button of the review was pressed.
 */

type Base = Omit<GuardedAction, 'platform'>;

const KEYS = ['answer', 'edit', 'send'] as const;

/**
 * The reply box a control belongs to, inside its review: the form around it with a field, or the nearest block
 * around it with one. The review's body is no box (its Reply opens one) unless the control can only send ("Post").
 */
function replyBox(control: Element, review: Element, sendsOnly: boolean): Element | null {
  const form = control.closest('form');
  if (form && review.contains(form) && form.querySelector(GOOGLE.field)) return form;
  const near = ownerOf(control, (el) => el.querySelector(GOOGLE.field) !== null, { maxDepth: 6 });
  if (!near || !review.contains(near)) return null;
  // A block that holds the reviewer or the rating is the review's body, not its reply box.
  return sendsOnly || !near.querySelector(`${GOOGLE.contributor}, ${GOOGLE.rating}`) ? near : null;
}

function sent(box: Element, review: Element, control: string): Base | null {
  const field = box.querySelector(GOOGLE.field);
  if (!field) return null;
  const person = reviewerOf(review);
  return { kind: 'review.respond', control, draft: draftOf(field), step: 'send', audience: 'public', ...(person ? { person } : {}) };
}

/** Where an owner answers reviews: business.google.com, and Search's and Maps' pages of www.google.com. */
function onReviewPage(doc: Document): boolean {
  return BUSINESS_HOST.test(doc.location.hostname) || REVIEW_PATHS.test(doc.location.pathname);
}

/**
 * Where a control sits: a menu's item where the button that opened the menu is, so that an "Edit reply" in a review's
 * "⋮" menu belongs to that review (the menu itself is rendered at the end of the page).
 */
function placeOf(control: Element, doc: Document): Element {
  return (control.closest(GOOGLE.menu) && doc.querySelector(GOOGLE.menuOpener)) || control;
}

function fromControl(target: Element, doc: Document): Base | null {
  if (!onReviewPage(doc)) return null;
  const control = controlFrom(target);
  if (!control) return null;
  const known = ownerControl(control, doc, KEYS);
  if (!known) return null;
  const { key, label } = known;
  const review = reviewOf(placeOf(control, doc));
  if (!review) return null;
  const box = replyBox(control, review, key === 'send');
  if (box) return sent(box, review, label);
  if (key === 'send') return null;
  // Reply opens the box, Edit reopens the earlier reply: asked here, for the send that follows.
  const person = reviewerOf(review);
  return { kind: 'review.respond', control: label, step: 'open', audience: 'public', ...(person ? { person } : {}) };
}

/** A review's reply form submitted by a button we do not know by name; the known ones are recognised by their click. */
function fromSubmit(form: HTMLFormElement, submitter: HTMLElement | null, doc: Document): Base | null {
  if (!submitter || !onReviewPage(doc)) return null;
  if (ownerControl(submitter, doc, KEYS)) return null;
  const review = reviewOf(form);
  const label = squash(submitter.getAttribute('aria-label') ?? '') || shownText(submitter);
  return review?.contains(form) ? sent(form, review, label || 'Submit') : null;
}

export const google: SiteAdapter = {
  platform: 'google',
  languages: labels.languages,
  // A reviewer's handle is their account number: the reminder names them as the review does.
  shownHandle: () => null,
  recognise(trigger: Trigger, doc: Document): GuardedAction | null {
    let base: Base | null = null;
    if (trigger.type === 'activate') base = fromControl(trigger.target, doc);
    else if (trigger.type === 'submit') base = fromSubmit(trigger.form, trigger.submitter, doc);
    // Enter in the reply box is a newline: nothing is sent by a key.
    return base ? { ...base, platform: 'google' } : null;
  },
};
