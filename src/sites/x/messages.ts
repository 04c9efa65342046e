import type { Person } from '../../clients/types';
import { draftOf, ownerOf } from '../dom';
import { AT_HANDLE, who } from './accounts';
import { type Base, isDisabled, withPerson } from './base';
import { CONVERSATION_PATH, X } from './selectors';

/** Direct messages: X Chat (/i/chat) and the older Messages composer. */

export const DM_EDITOR = `${X.chatEditor}, ${X.legacyEditor}`;
export const DM_SEND = `${X.chatSend}, ${X.legacySend}`;

/** A conversation's id: /i/chat/ID, /i/chat/requests/ID or /messages/ID in the address, dm-conversation-item-ID or dm-message-request-item-ID on its list item ("g…" for groups). */
function conversationId(from: Document | Element): string {
  return from instanceof Element
    ? (from.getAttribute('data-testid') ?? '').replace(/^dm-(?:conversation|message-request)-item-/, '').replace(':', '-')
    : (CONVERSATION_PATH.exec(from.location.pathname)?.[1] ?? '');
}

/**
 * The other person of the open conversation: X Chat's header (only the header:
 * messages may link other people); on the older Messages page the pane around
 * the composer, below the list; else the conversation's list item, whose
 * aria-description reads "Name, @handle, last message, time".
 */
export function chatPerson(from: Element, doc: Document): Person | null {
  const id = conversationId(doc);
  if (id.startsWith('g')) return null; // A group: no one person.
  const panel = from.closest(X.chatPanel);
  const here = panel
    ? who(panel.querySelector(X.chatHeader))
    : who(ownerOf(from, (el) => !el.querySelector(X.conversationItem) && who(el) !== null, { maxDepth: 30 }));
  if (here) return here;
  const items = [...doc.querySelectorAll(X.conversationItem)];
  const item =
    items.find((i) => conversationId(i) === id) ??
    items.find((i) => i.getAttribute('data-selected') === 'true' || i.getAttribute('aria-selected') === 'true');
  if (!item || conversationId(item).startsWith('g')) return null;
  const parts = (item.getAttribute('aria-description') ?? '').split(', ');
  const at = parts.findIndex((p) => AT_HANDLE.test(p));
  return at > 0 ? { handle: (parts[at] ?? '').slice(1).toLowerCase(), name: parts.slice(0, at).join(', ') } : who(item, true);
}

export function fromMessage(from: Element, doc: Document, control: string, requireText: boolean): Base | null {
  const scope =
    from.closest(X.chatForm) ?? ownerOf(from, (el) => el.querySelector(DM_EDITOR) !== null && el.querySelector(DM_SEND) !== null) ?? from;
  const editor = from.closest(DM_EDITOR) ?? scope.querySelector(DM_EDITOR);
  const draft = editor ? draftOf(editor).trim() : '';
  if (requireText && !draft) return null;
  const send = scope.querySelector(DM_SEND);
  const replayTarget = send && !isDisabled(send) ? send : null;
  return withPerson({ kind: 'message', control, draft, step: 'send', ...(replayTarget ? { replayTarget } : {}) }, chatPerson(from, doc));
}
