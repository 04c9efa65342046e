import { facebookHandleFromPath } from '../../clients/site-handles';
import type { Person } from '../../clients/types';
import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { BUTTONS, controlFrom, draftOf, firstText, isHiddenClone, labelOf, linkTarget, ownerOf, squash } from '../dom';
import { facebookLabels as labels } from './labels';
import { FACEBOOK } from './selectors';

type Base = Omit<GuardedAction, 'platform'>;

/** A link to a person's profile, or null for links to anything else. */
export function personOfLink(a: Element): Person | null {
  const url = linkTarget(a, 'https://www.facebook.com/', /(^|\.)facebook\.com$/);
  if (!url) return null;
  // A link to a page of a profile ("312 friends", a post's "3h") is not a link to the person.
  const [first, ...more] = url.pathname.split('/').filter(Boolean);
  if (more.length > 0 && !/^(friends|people)$/i.test(first ?? '')) return null;
  const handle = facebookHandleFromPath(url.pathname, url.search);
  if (!handle) return null;
  const name = squash(a.getAttribute('aria-label') ?? firstText(a));
  return name ? { handle, name } : { handle };
}

/** The first person linked inside a container; the name comes from whichever of their links has text. */
export function personIn(container: Element): Person | null {
  let found: Person | null = null;
  for (const a of container.querySelectorAll(FACEBOOK.link)) {
    const p = personOfLink(a);
    if (!p) continue;
    if (!found) found = p;
    else if (p.handle !== found.handle) continue;
    if (found.name) break;
    if (p.name) found = { ...found, name: p.name };
  }
  return found;
}

const ACTION_KEYS = ['accept', 'addFriend', 'follow'] as const;

/** The visible buttons of a container: not the aria-hidden clones Facebook renders before each one. */
function visibleButtons(container: Element): Element[] {
  return [...container.querySelectorAll(BUTTONS)].filter((c) => !isHiddenClone(c));
}

function countActionControls(container: Element, doc: Document): number {
  return visibleButtons(container).filter((c) => labels.which(doc, ACTION_KEYS, labelOf(c))).length;
}

/**
 * The request or suggestion card a control sits in: the nearest ancestor with a profile link, not a whole list.
 * A menu item has none: Facebook renders menus in a layer at the end of the page, away from what they are about.
 */
function cardOf(control: Element, doc: Document): Element | null {
  if (control.closest(FACEBOOK.menu)) return null;
  const card = ownerOf(control, (el) => personIn(el) !== null, { maxDepth: 14, stopAt: FACEBOOK.main });
  return card && countActionControls(card, doc) <= 2 ? card : null;
}

/**
 * Without the words: the first of the two visible buttons of a card that links a friend request is its
 * Confirm (Delete is the second), in every language (REAL-MARKUP.md, Facebook 1).
 */
function isRequestConfirm(control: Element): boolean {
  if (control.closest(FACEBOOK.menu)) return false;
  const card = ownerOf(control, (el) => el.querySelector(FACEBOOK.requestLink) !== null, { maxDepth: 14, stopAt: FACEBOOK.main });
  if (!card) return false;
  const buttons = visibleButtons(card);
  return buttons.length === 2 && buttons[0] === control;
}

/** On a profile page, the profile owner: handle from the address, name from the title. */
function profileOwner(doc: Document): Person | null {
  const { pathname, search } = doc.location;
  const handle = facebookHandleFromPath(pathname, search);
  if (!handle) return null;
  const name = squash(doc.title.replace(/^\(\d+\)\s*/, '').replace(/\s*\|\s*Facebook\s*$/i, ''));
  return name && !/^facebook$/i.test(name) ? { handle, name } : { handle };
}

function hasDecline(container: Element | null, doc: Document): boolean {
  return container !== null && visibleButtons(container).some((c) => labels.is(doc, 'decline', labelOf(c)));
}

function commentAuthor(comment: Element, doc: Document): Person | undefined {
  const linked = personIn(comment);
  if (linked) return linked;
  // No author link: the name is in "Comment by NAME 2 hours ago".
  const name = labels.after(doc, 'commentBy', comment.getAttribute('aria-label') ?? '')?.replace(/\s+\d+\s+\w+\s+ago$/i, '');
  return name ? { name } : undefined;
}

function isComment(el: Element, doc: Document): boolean {
  return el.matches(FACEBOOK.comment) && labels.startsWith(doc, 'commentBy', el.getAttribute('aria-label') ?? '');
}

function postAuthor(from: Element): Person | undefined {
  const post = from.closest(FACEBOOK.post);
  const link = post?.querySelector(FACEBOOK.postAuthor);
  return (link && personOfLink(link)) || undefined;
}

/**
 * The comment a reply composer answers: the comment it sits in, or the first comment of the thread around
 * it. The composer sits after the thread's replies, so the thread's own comment is looked for first: the
 * nearest container holding any comment is the list of replies.
 */
function repliedComment(editor: Element, doc: Document): Element | null {
  const inside = editor.closest(FACEBOOK.comment);
  if (inside && isComment(inside, doc)) return inside;
  const isTopComment = (c: Element) =>
    c.matches(FACEBOOK.comment) && labels.startsWith(doc, 'topCommentBy', c.getAttribute('aria-label') ?? '');
  for (const accept of [isTopComment, (c: Element) => isComment(c, doc)]) {
    const thread = ownerOf(editor, (el) => [...el.querySelectorAll(FACEBOOK.comment)].some(accept), { stopAt: FACEBOOK.post });
    const comment = thread && [...thread.querySelectorAll(FACEBOOK.comment)].find(accept);
    if (comment) return comment;
  }
  return null;
}

/** The other person of a Messenger thread: the header link of the conversation, or the thread id in the address. */
function threadPerson(editor: Element, doc: Document): Person | undefined {
  const pane = ownerOf(editor, (el) => personIn(el) !== null, { stopAt: '[role="navigation"], [role="complementary"], [role="banner"]' });
  const linked = pane && personIn(pane);
  if (linked) return linked;
  const id = doc.location.pathname.match(/^\/messages\/(?:e2ee\/)?t\/(\d+)/)?.[1];
  return id ? { handle: `id:${id}` } : undefined;
}

function editorLabel(editor: Element): string {
  return labelOf(editor) || squash(editor.getAttribute('aria-placeholder') ?? '');
}

/**
 * A comment box whatever the language: a Lexical editor inside a post, not the post composer's (which sits in a
 * dialog). Its label only tells a reply to a comment from a comment on the post.
 */
function isCommentBox(editor: Element): boolean {
  return editor.matches(FACEBOOK.lexical) && editor.closest(FACEBOOK.post) !== null && !editor.closest(FACEBOOK.dialog);
}

/** Enter in a comment, reply or Messenger editor. The post composer's Enter is a newline. */
function fromEditor(editor: Element, doc: Document): Base | null {
  const label = editorLabel(editor);
  const draft = draftOf(editor);
  // Messenger's composers say "Aa" in every language (aria-placeholder).
  if (labels.is(doc, 'messageEditor', label) || labels.is(doc, 'messageEditor', editor.getAttribute('aria-placeholder') ?? '')) {
    const person = threadPerson(editor, doc);
    return { kind: 'message', control: 'Enter', draft, step: 'send', ...(person ? { person } : {}) };
  }
  if (!labels.startsWith(doc, 'commentEditor', label) && !isCommentBox(editor)) return null;
  const comment = labels.startsWith(doc, 'replyEditor', label) ? repliedComment(editor, doc) : null;
  const person = comment ? commentAuthor(comment, doc) : postAuthor(editor);
  return { kind: 'reply', control: 'Enter', draft, step: 'send', ...(person ? { person } : {}) };
}

function nearEditor(control: Element): Element | null {
  const box = ownerOf(control, (el) => el.querySelector(FACEBOOK.editor) !== null, { maxDepth: 8 });
  return box?.querySelector(FACEBOOK.editor) ?? null;
}

function fromControl(target: Element, doc: Document): Base | null {
  const control = controlFrom(target);
  if (!control || control.closest(FACEBOOK.editor)) return null;
  const label = labelOf(control);
  const key =
    labels.which(doc, ['accept', 'addFriend', 'follow', 'reply', 'openComment', 'comment', 'send', 'post'], label) ??
    (isRequestConfirm(control) ? 'accept' : null);
  if (!key) return null;
  const card = key === 'accept' || key === 'addFriend' || key === 'follow' ? cardOf(control, doc) : null;
  const person = (card && personIn(card)) || profileOwner(doc) || undefined;
  const withPerson = (base: Base): Base => (person && !base.person ? { ...base, person } : base);
  switch (key) {
    case 'accept': {
      // "Confirm" also closes generic dialogs: only a request (a card with a Delete beside it, or a profile) counts.
      const isRequest =
        isRequestConfirm(control) ||
        hasDecline(card ?? control.parentElement?.parentElement ?? null, doc) ||
        /request|solicitud/i.test(label) ||
        (profileOwner(doc) !== null && !control.closest(FACEBOOK.dialog));
      return isRequest ? withPerson({ kind: 'connect.accept', control: label }) : null;
    }
    case 'addFriend':
      return withPerson({ kind: 'connect.request', control: label });
    case 'follow':
      return withPerson({ kind: 'follow', control: label });
    case 'reply': {
      const comment = control.closest(FACEBOOK.comment);
      const author = comment && isComment(comment, doc) ? commentAuthor(comment, doc) : undefined;
      return author ? { kind: 'reply', control: label, step: 'open', person: author } : null;
    }
    case 'openComment': {
      // Not the editor near it: the first one inside the post may be a reply composer under someone else's comment.
      const author = postAuthor(control);
      return author ? { kind: 'reply', control: label, step: 'open', person: author } : null;
    }
    case 'comment': {
      const editor = nearEditor(control);
      const sent = editor && fromEditor(editor, doc);
      if (sent) return { ...sent, control: label };
      const author = postAuthor(control);
      return author ? { kind: 'reply', control: label, step: 'open', person: author } : null;
    }
    case 'send': {
      const editor = nearEditor(control);
      const sent = editor && fromEditor(editor, doc);
      return sent ? { ...sent, control: label } : null;
    }
    case 'post': {
      const dialog = control.closest(FACEBOOK.dialog);
      const editor = dialog?.querySelector(FACEBOOK.editor);
      return editor ? { kind: 'post', control: label, draft: draftOf(editor), step: 'send' } : null;
    }
    default:
      return null;
  }
}

export const facebook: SiteAdapter = {
  platform: 'facebook',
  languages: labels.languages,
  recognise(trigger: Trigger, doc: Document): GuardedAction | null {
    let base: Base | null = null;
    if (trigger.type === 'activate') base = fromControl(trigger.target, doc);
    else if (trigger.type === 'send' && !trigger.shift && !trigger.alt) {
      const editor = trigger.target.closest(FACEBOOK.editor);
      base = editor ? fromEditor(editor, doc) : null;
    }
    return base ? { ...base, platform: 'facebook' } : null;
  },
};
