import type { Person } from '../../clients/types';
import { labelOf, ownerOf, textOf } from '../dom';
import { authorOf, handleFromPath, who } from './accounts';
import { type Base, withPerson } from './base';
import { xLabels as labels } from './labels';
import { chatPerson } from './messages';
import { CONVERSATION_PATH, X } from './selectors';

/** Follow (and follow back), a follower request's Accept and a message request's Accept. */

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

/** Text buttons without a test id (follower requests, a message request's bar). */
const TEXT_BUTTON = 'button, [role="button"]';

function count(container: Element, doc: Document, key: 'accept' | 'decline' | 'refuse'): number {
  return [...container.querySelectorAll(TEXT_BUTTON)].filter((c) => labels.is(doc, key, textOf(c) || labelOf(c))).length;
}

/**
 * "Accept" on /follower_requests: only in a row that names the requester and
 * offers "Decline" beside it, and holds no other request (a row, never the list).
 */
function fromFollowerRequest(control: HTMLElement, doc: Document, label: string): Base | null {
  const row = control.closest(X.userCell) ?? ownerOf(control, (el) => who(el) !== null, { maxDepth: 6 });
  if (!row || count(row, doc, 'accept') !== 1 || count(row, doc, 'decline') < 1) return null;
  return withPerson({ kind: 'connect.accept', control: label }, who(row));
}

/**
 * "Accept" of a message request: in an open conversation (its address, or X Chat's panel), in a bar
 * that offers Delete, Block or Report beside it. Accepting lets the sender message the therapist
 * from then on: a connection, with the conversation's other party as the person.
 */
function fromMessageRequest(control: HTMLElement, doc: Document, label: string): Base | null {
  if (!control.closest(X.chatPanel) && !CONVERSATION_PATH.test(doc.location.pathname)) return null;
  const bar = ownerOf(control, (el) => count(el, doc, 'refuse') > 0, { maxDepth: 6 });
  if (!bar || count(bar, doc, 'accept') !== 1) return null;
  return withPerson({ kind: 'connect.accept', control: label }, chatPerson(control, doc));
}

export function fromAccept(control: HTMLElement, doc: Document, label: string): Base | null {
  return fromFollowerRequest(control, doc, label) ?? fromMessageRequest(control, doc, label);
}

/** A menu item "Follow @handle" (German "@handle folgen"): the handle anywhere, the rest a follow label. */
export function fromFollowItem(label: string, doc: Document): Base | null {
  const m = /(?:^|\s)@([A-Za-z0-9_]{1,15})(?=\s|$)/.exec(label);
  if (!m?.[1]) return null;
  const rest = `${label.slice(0, m.index)} ${label.slice(m.index + m[0].length)}`;
  return labels.is(doc, 'followItem', rest) ? { kind: 'follow', control: label, person: { handle: m[1].toLowerCase() } } : null;
}
