import type { Person } from '../../clients/types';
import type { GuardedAction } from '../../guard/action';
import { draftOf, ownerOf } from '../dom';
import { buttonNear, type FieldKind, fieldIn, fieldKind } from './controls';
import { handleOfLink, personOf, profileLinkIn } from './people';
import { INSTAGRAM } from './selectors';

/** What each recogniser returns: the action without its platform, which the adapter adds. */
export type Base = Omit<GuardedAction, 'platform'>;

/** Comments, replies and DMs: whom a text about to be sent goes to. */

/** The username a post names as its author: in its header, else its first profile link outside the comments. */
function authorIn(post: Element): string | null {
  for (const a of post.querySelectorAll(`${INSTAGRAM.header} ${INSTAGRAM.link}`)) {
    const handle = handleOfLink(a);
    if (handle) return handle;
  }
  for (const a of post.querySelectorAll(INSTAGRAM.link)) {
    if (a.closest(INSTAGRAM.commentList)) continue;
    const handle = handleOfLink(a);
    if (handle) return handle;
  }
  return null;
}

/** The post (feed article, /p/ID page, post dialog, reel) an element belongs to. */
function postOf(from: Element): Element | null {
  return from.closest(INSTAGRAM.post) ?? ownerOf(from, (el) => authorIn(el) !== null, { maxDepth: 15, stopAt: 'main, body' });
}

/** A comment answers the post's author, or the commenter whose @username the reply starts with. */
function commentTarget(field: Element, draft: string): Person | undefined {
  const post = postOf(field);
  if (!post) return undefined;
  const mention = /^\s*@([\w.]+)/.exec(draft)?.[1]?.toLowerCase();
  if (mention) {
    for (const a of post.querySelectorAll(`${INSTAGRAM.commentList} ${INSTAGRAM.link}`)) {
      if (handleOfLink(a) === mention) return { handle: mention };
    }
  }
  const author = authorIn(post);
  return author ? { handle: author } : undefined;
}

/** The other person of a DM thread: the first profile link of the pane around the editor, never the conversation list. */
function threadPerson(field: Element, doc: Document): Person | undefined {
  const pane = ownerOf(field, (el) => !el.querySelector(INSTAGRAM.threadLink) && profileLinkIn(el) !== null, {
    stopAt: INSTAGRAM.navigation,
  });
  const link = pane && profileLinkIn(pane);
  return (link && personOf(link, link, doc)) || undefined;
}

/** A comment or a DM about to be sent from this field. */
export function fromField(field: Element, kind: FieldKind, control: string, doc: Document): Base | null {
  const draft = draftOf(field);
  if (kind === 'comment') {
    const person = commentTarget(field, draft);
    return { kind: 'reply', control, draft, step: 'send', ...(person ? { person } : {}) };
  }
  if (kind === 'message') {
    const person = threadPerson(field, doc);
    return { kind: 'message', control, draft, step: 'send', ...(person ? { person } : {}) };
  }
  return null;
}

/** Enter in a comment or DM field sends it; in the caption editor it is a newline. */
export function fromEnter(target: Element, doc: Document): Base | null {
  const field = target.closest(INSTAGRAM.field);
  const kind = field && fieldKind(field, doc);
  if (!field || (kind !== 'comment' && kind !== 'message')) return null;
  const base = fromField(field, kind, 'Enter', doc);
  const button = buttonNear(field, kind === 'comment' ? 'post' : 'send', doc);
  return base && button ? { ...base, replayTarget: button } : base;
}

/** "Reply" under a comment opens a reply to that comment's author (the field is prefilled with @username). */
export function fromReply(control: Element, label: string, doc: Document): Base | null {
  if (doc.location.pathname.startsWith('/direct/')) return null;
  const post = postOf(control);
  if (!post || !fieldIn(post, 'comment', doc)) return null;
  const comment = ownerOf(control, (el) => profileLinkIn(el) !== null, { maxDepth: 8, stopAt: INSTAGRAM.post });
  const link = comment?.closest(INSTAGRAM.commentList) ? profileLinkIn(comment) : null;
  const handle = link && handleOfLink(link);
  return handle ? { kind: 'reply', control: label, step: 'open', person: { handle } } : null;
}
