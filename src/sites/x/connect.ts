import type { Person } from '../../clients/types';
import { labelOf, ownerOf, textOf } from '../dom';
import { authorOf, handleFromPath, who } from './accounts';
import { type Base, withPerson } from './base';
import { xLabels as labels } from './labels';
import { X } from './selectors';

/** Follow (and follow back) and a follower request's Accept. */

export function fromFollow(button: HTMLElement, doc: Document): Base {
  const owner = button.closest(`${X.userCell}, ${X.hoverCard}, ${X.tweet}`);
  let person: Person | null;
  let badgeScope: Element | null = owner;
  if (owner?.matches(X.tweet)) {
    person = authorOf(owner);
    badgeScope = null;
  } else if (owner) person = who(owner);
  else {
    // Not in a cell, card or post: the profile header, whose account is the profile in the address.
    badgeScope = doc.querySelector(X.profileName);
    const handle = handleFromPath(doc.location.pathname);
    person = who(badgeScope, true) ?? (handle ? { handle } : null);
  }
  const text = textOf(button) || labelOf(button);
  // The "Follows you" badge tells a follow back in any language; the label in the ones the table knows.
  const back = labels.is(doc, 'followBack', text) || badgeScope?.querySelector(X.followsYou) != null;
  return withPerson({ kind: 'follow', control: text, ...(back ? { back: true } : {}) }, person);
}

function count(container: Element, doc: Document, key: 'accept' | 'decline'): number {
  return [...container.querySelectorAll('button, [role="button"]')].filter((c) => labels.is(doc, key, textOf(c))).length;
}

/**
 * "Accept" on /follower_requests: only in a row that names the requester and
 * offers "Decline" beside it, and holds no other request (a row, never the list).
 */
export function fromAccept(control: HTMLElement, doc: Document, label: string): Base | null {
  const row = control.closest(X.userCell) ?? ownerOf(control, (el) => who(el) !== null, { maxDepth: 6 });
  if (!row || count(row, doc, 'accept') !== 1 || count(row, doc, 'decline') < 1) return null;
  return withPerson({ kind: 'connect.accept', control: label }, who(row));
}
