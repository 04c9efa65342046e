import type { Person } from '../../clients/types';
import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { controlFrom, draftOf, labelOf, ownerOf, squash } from '../dom';
import { yelpLabels as labels } from './labels';
import { INBOX_PATH, REVIEWS_PATH, YELP } from './selectors';

type Base = Omit<GuardedAction, 'platform'>;
type Audience = NonNullable<GuardedAction['audience']>;

const CARD_KEYS = ['thank', 'comment', 'directMessage', 'respond'] as const;

function controlLabel(control: Element): string {
  return control instanceof HTMLInputElement ? squash(control.value) : labelOf(control);
}

/** The review card a control sits in: the nearest ancestor holding a reviewer's passport, not the whole list. */
function cardOf(control: Element, doc: Document): Element | null {
  const card = ownerOf(control, (el) => el.matches(YELP.reviewRegion) || el.querySelector(YELP.passport) !== null, { maxDepth: 15 });
  // A dialog over the page belongs to no card behind it.
  if (!card || !(control.closest(YELP.dialog)?.contains(card) ?? true)) return null;
  const seen = new Set<string>();
  for (const c of card.querySelectorAll(YELP.control)) {
    const key = labels.which(doc, CARD_KEYS, controlLabel(c));
    if (!key) continue;
    if (seen.has(key)) return null;
    seen.add(key);
  }
  return card;
}

/** The reviewer as the card names them: a display name such as "Sam L." (Yelp shows no handle). */
export function reviewerOf(card: Element): Person | undefined {
  // yelp.com names each review's region after its reviewer, in every language.
  const region = card.matches(YELP.reviewRegion) ? squash(card.getAttribute('aria-label') ?? '') : '';
  if (region) return { name: region };
  const passport = card.querySelector(YELP.passport);
  if (!passport) return undefined;
  for (const el of passport.querySelectorAll(YELP.reviewerName)) {
    const name = squash(el.textContent ?? '');
    if (name) return { name };
  }
  return undefined;
}

/**
 * Public comment or private message: read from what the form says about
 * itself (its field's label, placeholder and name, its heading). Words that say
 * it outright ("public", "private") win over the kind of text ("comment", "message").
 */
function audienceOf(field: Element, doc: Document): Audience | undefined {
  const form = field.closest('form') ?? field.parentElement;
  const hints = [
    field.getAttribute('aria-label'),
    field.getAttribute('placeholder'),
    field.getAttribute('name'),
    form?.getAttribute('aria-label'),
    ...[...((field as HTMLTextAreaElement).labels ?? [])].map((l) => l.textContent),
    ...[...(form?.querySelectorAll('h1, h2, h3, h4, legend, label') ?? [])].map((h) => h.textContent),
  ].filter((h): h is string => Boolean(h));
  for (const [privateKey, publicKey] of [
    ['privateWords', 'publicWords'],
    ['messageWords', 'commentWords'],
  ] as const) {
    for (const hint of hints) {
      if (labels.mentions(doc, privateKey, hint)) return 'private';
      if (labels.mentions(doc, publicKey, hint)) return 'public';
    }
  }
  return undefined;
}

/** A response about to be sent from the field of a card or of a review's message dialog. */
function fromField(field: Element, control: string, person: Person | undefined, doc: Document): Base {
  const audience = audienceOf(field, doc);
  return {
    kind: 'review.respond',
    control,
    draft: draftOf(field),
    step: 'send',
    ...(audience ? { audience } : {}),
    ...(person ? { person } : {}),
  };
}

/** Where a Send belongs: a review card, or a message dialog opened from the reviews page. */
function responseBox(control: Element, doc: Document): { box: Element; person: Person | undefined } | null {
  const card = cardOf(control, doc);
  if (card) return { box: card, person: reviewerOf(card) };
  const dialog = control.closest(YELP.dialog);
  return dialog && REVIEWS_PATH.test(doc.location.pathname) ? { box: dialog, person: undefined } : null;
}

function fieldNear(control: Element, box: Element): Element | null {
  const form = control.closest('form');
  const inForm = form && box.contains(form) ? form.querySelector(YELP.field) : null;
  if (inForm) return inForm;
  const near = ownerOf(control, (el) => el.querySelector(YELP.field) !== null, { maxDepth: 6 });
  return near && box.contains(near) ? near.querySelector(YELP.field) : box.querySelector(YELP.field);
}

const CONTROL_KEYS = ['thank', 'comment', 'directMessage', 'respond', 'send'] as const;

/**
 * The open Inbox thread a control sits in: the nearest ancestor with one passport (the customer's)
 * and a reply field; the conversation list beside it holds other people.
 */
function inboxThread(control: Element): Element | null {
  return ownerOf(control, (el) => el.querySelectorAll(YELP.passport).length === 1 && el.querySelector(YELP.field) !== null, {
    maxDepth: 12,
  });
}

/**
 * A reply in the Yelp for Business Inbox. A thread about a review (it links to the review: Yelp
 * starts one when the owner sends a reviewer a direct message, and the reviewer may answer) is a
 * private response to that review, with the review's risks and policy. Any other thread is a
 * customer's message (a question, a quote request): a message to that person.
 */
function fromInbox(control: Element, label: string): Base | null {
  const thread = inboxThread(control);
  const field = thread && fieldNear(control, thread);
  if (!thread || !field) return null;
  const person = reviewerOf(thread);
  const base: Base = thread.querySelector(YELP.reviewLink)
    ? { kind: 'review.respond', control: label, draft: draftOf(field), step: 'send', audience: 'private' }
    : { kind: 'message', control: label, draft: draftOf(field), step: 'send' };
  return person ? { ...base, person } : base;
}

/** A control, or an item of a menu (a card's "…" menu may hold Direct message). */
function controlOf(target: Element): HTMLElement | null {
  const item = target.closest<HTMLElement>('[role="menuitem"]');
  return item && item.getAttribute('aria-disabled') !== 'true' ? item : controlFrom(target);
}

function fromControl(target: Element, doc: Document): Base | null {
  const control = controlOf(target);
  if (!control) return null;
  const label = controlLabel(control);
  const key = labels.which(doc, CONTROL_KEYS, label);
  if (!key) return null;
  if (INBOX_PATH.test(doc.location.pathname)) return key === 'send' ? fromInbox(control, label) : null;
  if (key === 'send') {
    const found = responseBox(control, doc);
    const field = found && fieldNear(control, found.box);
    return found && field ? fromField(field, label, found.person, doc) : null;
  }
  // Thank, Comment, Direct message only count on a review.
  const card = cardOf(control, doc);
  if (!card) return null;
  const person = reviewerOf(card);
  const base: Base =
    key === 'thank'
      ? // Thank sends the reviewer a private thank-you at once (as Yelp describes it; unverified on a live page).
        { kind: 'review.respond', control: label, step: 'send', audience: 'private' }
      : { kind: 'review.respond', control: label, step: 'open', audience: key === 'directMessage' ? 'private' : 'public' };
  return person ? { ...base, person } : base;
}

/** A card's form submitted by a button we do not know by name; Send is recognised by its click. */
function fromSubmit(form: HTMLFormElement, submitter: HTMLElement | null, doc: Document): Base | null {
  if (!submitter) return null;
  const label = controlLabel(submitter);
  if (labels.is(doc, 'send', label)) return null;
  if (INBOX_PATH.test(doc.location.pathname)) return fromInbox(form, label || 'Submit');
  const field = form.querySelector(YELP.field);
  const found = responseBox(form, doc);
  return field && found ? fromField(field, label || 'Submit', found.person, doc) : null;
}

export const yelp: SiteAdapter = {
  platform: 'yelp',
  languages: labels.languages,
  recognise(trigger: Trigger, doc: Document): GuardedAction | null {
    let base: Base | null = null;
    if (trigger.type === 'activate') base = fromControl(trigger.target, doc);
    else if (trigger.type === 'submit') base = fromSubmit(trigger.form, trigger.submitter, doc);
    // Enter in a review's textarea is a newline: nothing is sent by a key.
    return base ? { ...base, platform: 'yelp' } : null;
  },
};
