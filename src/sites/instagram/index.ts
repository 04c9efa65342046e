import { normaliseHandle } from '../../clients/handles';
import type { Person } from '../../clients/types';
import { INSTAGRAM_APP_PATHS } from '../../core/app-paths';
import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { controlFrom, draftOf, ownerOf, squash } from '../dom';
import { instagramLabels as labels } from './labels';
import { INSTAGRAM, PROFILE_PATH } from './selectors';

type Base = Omit<GuardedAction, 'platform'>;
type FieldKind = 'comment' | 'message' | 'caption';

/** A username as Instagram spells it in paths and headers, or null for app pages and malformed text. */
function asHandle(text: string): string | null {
  const result = normaliseHandle('instagram', text);
  return result.ok && !INSTAGRAM_APP_PATHS.has(result.handle) ? result.handle : null;
}

/** The username a link leads to ("/maria.perez/"), or null for links to anything else (/explore/, /p/ID/). */
export function handleOfLink(a: Element): string | null {
  const href = a.getAttribute('href');
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://www.instagram.com/');
  } catch {
    return null;
  }
  if (!/(^|\.)instagram\.com$/.test(url.hostname)) return null;
  const segment = PROFILE_PATH.exec(url.pathname)?.[1];
  return segment ? asHandle(segment) : null;
}

/** The first profile link inside a container. */
function profileLinkIn(container: Element): Element | null {
  for (const a of container.querySelectorAll(INSTAGRAM.link)) if (handleOfLink(a)) return a;
  return null;
}

/**
 * The visible text of a control: buttons carry their text in nested divs and
 * icons carry an svg title ("Like") that is not part of a text button's label.
 */
export function controlLabel(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria) return squash(aria);
  if (control instanceof HTMLInputElement) return squash(control.value);
  const parts: string[] = [];
  const walker = control.ownerDocument.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('svg')) parts.push(node.textContent ?? '');
  }
  const text = squash(parts.join(' '));
  if (text) return text;
  const icon = control.querySelector('svg[aria-label], svg title');
  return squash(icon?.getAttribute('aria-label') ?? icon?.textContent ?? '');
}

function fieldLabel(field: Element): string {
  return squash(field.getAttribute('aria-label') || field.getAttribute('placeholder') || field.getAttribute('aria-placeholder') || '');
}

function fieldKind(field: Element, doc: Document): FieldKind | null {
  const label = fieldLabel(field);
  if (labels.startsWith(doc, 'commentField', label)) return 'comment';
  if (labels.is(doc, 'messageField', label)) return 'message';
  if (labels.startsWith(doc, 'captionField', label)) return 'caption';
  return null;
}

function fieldIn(container: Element, kind: FieldKind, doc: Document): Element | null {
  for (const f of container.querySelectorAll(INSTAGRAM.field)) if (fieldKind(f, doc) === kind) return f;
  return null;
}

function controlIn(container: Element, key: 'post' | 'send' | 'decline', doc: Document): HTMLElement | null {
  for (const c of container.querySelectorAll(INSTAGRAM.control)) {
    const control = controlFrom(c);
    if (control === c && labels.is(doc, key, controlLabel(c))) return control;
  }
  return null;
}

/** The field a Post or Send button belongs to: its form, or the composer box around it. */
function fieldNear(control: Element, kind: FieldKind, doc: Document): Element | null {
  const form = control.closest('form');
  const inForm = form && fieldIn(form, kind, doc);
  if (inForm) return inForm;
  const box = ownerOf(control, (el) => fieldIn(el, kind, doc) !== null, { maxDepth: 5 });
  return box && fieldIn(box, kind, doc);
}

/** The Post or Send button beside a field: clicked on Proceed, since editors may ignore a synthetic Enter. */
function buttonNear(field: Element, key: 'post' | 'send', doc: Document): HTMLElement | null {
  const box = ownerOf(field, (el) => controlIn(el, key, doc) !== null, { maxDepth: 5 });
  return box && controlIn(box, key, doc);
}

/** Row text that is the person's display name: not the username, a state or a link elsewhere. */
function displayNameIn(container: Element, handle: string, doc: Document): string | undefined {
  for (const el of container.querySelectorAll('*')) {
    if (el.childElementCount > 0 || el.closest('button, [role="button"], time, svg')) continue;
    const link = el.closest('a');
    if (link && handleOfLink(link) !== handle) continue;
    const text = squash(el.textContent ?? '');
    if (!text || text.length > 60 || !/\p{L}/u.test(text) || text.startsWith('@')) continue;
    if (text.toLowerCase() === handle || labels.startsWith(doc, 'notAName', text)) continue;
    return text;
  }
  return undefined;
}

/** The person a link leads to; their display name from the link or row, where it shows one. */
function personOf(link: Element, around: Element | null, doc: Document): Person | null {
  const handle = handleOfLink(link);
  if (!handle) return null;
  const name = around ? displayNameIn(around, handle, doc) : undefined;
  return name ? { handle, name } : { handle };
}

/** The person a row or post header names first; the display name only where the row shows one. */
function personIn(container: Element, doc: Document, withName: boolean): Person | null {
  const link = profileLinkIn(container);
  return link && personOf(link, withName ? container : null, doc);
}

/** On a profile page (/USERNAME/...), its owner: the header's username (or the address), the name from the title. */
function profileOwner(doc: Document): Person | null {
  const shown = [...doc.querySelectorAll(INSTAGRAM.profileUsername)].find((el) => !el.closest(INSTAGRAM.post));
  const first = doc.location.pathname.split('/').filter(Boolean)[0];
  const handle = (shown && asHandle(squash(shown.textContent ?? ''))) || (first ? asHandle(first) : null);
  if (!handle) return null;
  // "María Pérez (@maria.perez) • Instagram photos and videos"
  const title = /^(.+?)\s*\(@([\w.]+)\)/.exec(doc.title);
  const name = title?.[2]?.toLowerCase() === handle ? squash(title[1] ?? '') : '';
  return name ? { handle, name } : { handle };
}

const ROW_KEYS = ['follow', 'followBack', 'following', 'accept'] as const;

/** The list row or post header a control sits in: the nearest ancestor with a profile link, not a whole list. */
function rowOf(control: Element, doc: Document): Element | null {
  const row = ownerOf(control, (el) => profileLinkIn(el) !== null, { maxDepth: 10, stopAt: INSTAGRAM.navigation });
  if (!row) return null;
  let n = 0;
  for (const c of row.querySelectorAll(INSTAGRAM.control)) if (labels.which(doc, ROW_KEYS, controlLabel(c))) n += 1;
  return n <= 1 ? row : null;
}

/** Who a Follow button follows: the profile in whose header it sits, the row or post header around it, or the profile page. */
function followed(control: Element, doc: Document): Person | undefined {
  const header = control.closest(INSTAGRAM.header);
  // The profile header first: a bio may link other accounts, which are not the one followed.
  if (header && !header.closest(INSTAGRAM.post)) {
    const owner = profileOwner(doc);
    if (owner) return owner;
  }
  const row = rowOf(control, doc);
  if (row) return personIn(row, doc, !control.closest(INSTAGRAM.post)) ?? undefined;
  if (control.closest(`${INSTAGRAM.dialog}, ${INSTAGRAM.post}`)) return undefined;
  return profileOwner(doc) ?? undefined;
}

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
function fromField(field: Element, kind: FieldKind, control: string, doc: Document): Base | null {
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
function fromEnter(target: Element, doc: Document): Base | null {
  const field = target.closest(INSTAGRAM.field);
  const kind = field && fieldKind(field, doc);
  if (!field || (kind !== 'comment' && kind !== 'message')) return null;
  const base = fromField(field, kind, 'Enter', doc);
  const button = buttonNear(field, kind === 'comment' ? 'post' : 'send', doc);
  return base && button ? { ...base, replayTarget: button } : base;
}

/** "Reply" under a comment opens a reply to that comment's author (the field is prefilled with @username). */
function fromReply(control: Element, label: string, doc: Document): Base | null {
  if (doc.location.pathname.startsWith('/direct/')) return null;
  const post = postOf(control);
  if (!post || !fieldIn(post, 'comment', doc)) return null;
  const comment = ownerOf(control, (el) => profileLinkIn(el) !== null, { maxDepth: 8, stopAt: INSTAGRAM.post });
  const link = comment?.closest(INSTAGRAM.commentList) ? profileLinkIn(comment) : null;
  const handle = link && handleOfLink(link);
  return handle ? { kind: 'reply', control: label, step: 'open', person: { handle } } : null;
}

const CONTROL_KEYS = ['followBack', 'follow', 'accept', 'reply', 'post', 'send', 'share'] as const;

function fromControl(target: Element, doc: Document): Base | null {
  const control = controlFrom(target);
  if (!control || control.closest(INSTAGRAM.field)) return null;
  const label = controlLabel(control);
  const key = labels.which(doc, CONTROL_KEYS, label);
  switch (key) {
    case 'followBack':
    case 'follow': {
      const person = followed(control, doc);
      return { kind: 'follow', control: label, ...(key === 'followBack' ? { back: true } : {}), ...(person ? { person } : {}) };
    }
    case 'accept': {
      // "Confirm" also closes generic dialogs: only a request row (a Delete beside it) counts.
      const row = rowOf(control, doc);
      const box = row ?? control.parentElement;
      if (!box || !controlIn(box, 'decline', doc)) return null;
      const person = row ? personIn(row, doc, true) : null;
      return { kind: 'connect.accept', control: label, ...(person ? { person } : {}) };
    }
    case 'reply':
      return fromReply(control, label, doc);
    case 'post': {
      const field = fieldNear(control, 'comment', doc);
      return field ? fromField(field, 'comment', label, doc) : null;
    }
    case 'send': {
      const field = fieldNear(control, 'message', doc);
      return field ? fromField(field, 'message', label, doc) : null;
    }
    case 'share': {
      const dialog = control.closest(INSTAGRAM.dialog);
      const caption = dialog && fieldIn(dialog, 'caption', doc);
      return caption ? { kind: 'post', control: label, draft: draftOf(caption), step: 'send' } : null;
    }
    default:
      return null;
  }
}

/**
 * A form submitted by a button we do not know by name (an icon, another
 * language). Post and Send buttons are recognised by their click, and Enter by
 * its keydown, so their submits are not counted twice.
 */
function fromSubmit(form: HTMLFormElement, submitter: HTMLElement | null, doc: Document): Base | null {
  if (!submitter) return null;
  const label = controlLabel(submitter);
  if (labels.which(doc, ['post', 'send'], label)) return null;
  for (const kind of ['comment', 'message'] as const) {
    const field = fieldIn(form, kind, doc);
    if (field) return fromField(field, kind, label || 'Submit', doc);
  }
  return null;
}

export const instagram: SiteAdapter = {
  platform: 'instagram',
  recognise(trigger: Trigger, doc: Document): GuardedAction | null {
    let base: Base | null = null;
    if (trigger.type === 'activate') base = fromControl(trigger.target, doc);
    else if (trigger.type === 'send') base = trigger.shift || trigger.alt ? null : fromEnter(trigger.target, doc);
    else base = fromSubmit(trigger.form, trigger.submitter, doc);
    return base ? { ...base, platform: 'instagram' } : null;
  },
};
