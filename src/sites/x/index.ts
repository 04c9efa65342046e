import type { Person } from '../../clients/types';
import { X_APP_PATHS } from '../../core/app-paths';
import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { controlFrom, draftOf, labelOf, ownerOf, textOf } from '../dom';
import { xLabels as labels } from './labels';
import { X } from './selectors';

type Base = Omit<GuardedAction, 'platform'>;

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const AT_HANDLE = /^@([A-Za-z0-9_]{1,15})$/;
/** A link to an account: "/maria_perez" on the page, or absolute on x.com / twitter.com (saved pages, other host). */
const ACCOUNT_LINK = /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})\/?(?:[?#].*)?$/;
/** A Reply or Quote opened a composer this long ago at most, for the send to count as its reply. */
const OPENED_MS = 10 * 60_000;
/** The Repost menu's Quote item is chosen right after the menu opens. */
const REPOST_MENU_MS = 2 * 60_000;

/** "/maria_perez" (or "/Maria_Perez/") to "maria_perez"; null for app pages and deeper paths. */
export function handleFromPath(pathname: string): string | null {
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase();
  return segments.length === 1 && first && HANDLE.test(first) && !X_APP_PATHS.has(first) ? first : null;
}

function handleOfLink(a: Element): string | null {
  const m = ACCOUNT_LINK.exec(a.getAttribute('href') ?? '');
  return m?.[1] ? handleFromPath(m[1]) : null;
}

/**
 * The account a container is about: the first account it links, named by
 * whichever of its links has text. With `spans`, a name block's plain
 * "Name" and "@handle" spans count too (quoted posts, the profile header and
 * list items carry no links).
 */
export function who(el: Element | null | undefined, spans = false): Person | null {
  if (!el) return null;
  let handle: string | undefined;
  let name: string | undefined;
  for (const a of el.querySelectorAll(X.link)) {
    const h = handleOfLink(a);
    if (!h || (handle && h !== handle)) continue;
    handle = h;
    const text = textOf(a);
    if (text && !text.startsWith('@')) {
      name = text;
      break;
    }
  }
  if (spans) {
    for (const span of el.querySelectorAll('span')) {
      const text = textOf(span);
      const at = AT_HANDLE.exec(text)?.[1];
      if (at) handle ??= at.toLowerCase();
      else if (text && text !== '·') name ??= text;
    }
  }
  return handle || name ? { ...(handle ? { handle } : {}), ...(name ? { name } : {}) } : null;
}

/** A post's author: its first name block (a quoted post's block comes later in the article). */
export function authorOf(article: Element): Person | null {
  return who(article.querySelector(X.tweetAuthor), true);
}

function withPerson(base: Base, p: Person | null | undefined): Base {
  return p ? { ...base, person: p } : base;
}

function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

function fromFollow(button: HTMLElement, doc: Document): Base {
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
function fromAccept(control: HTMLElement, doc: Document, label: string): Base | null {
  const row = control.closest(X.userCell) ?? ownerOf(control, (el) => who(el) !== null, { maxDepth: 6 });
  if (!row || count(row, doc, 'accept') !== 1 || count(row, doc, 'decline') < 1) return null;
  return withPerson({ kind: 'connect.accept', control: label }, who(row));
}

const DM_EDITOR = `${X.chatEditor}, ${X.legacyEditor}`;
const DM_SEND = `${X.chatSend}, ${X.legacySend}`;

/** A conversation's id: /i/chat/ID or /messages/ID in the address, dm-conversation-item-ID on its list item ("g…" for groups). */
function conversationId(from: Document | Element): string {
  return from instanceof Element
    ? (from.getAttribute('data-testid') ?? '').replace('dm-conversation-item-', '').replace(':', '-')
    : (from.location.pathname.match(/^\/(?:i\/chat|messages)\/([^/]+)/)?.[1] ?? '');
}

/**
 * The other person of the open conversation: X Chat's header (only the header:
 * messages may link other people); on the older Messages page the pane around
 * the composer, below the list; else the conversation's list item, whose
 * aria-description reads "Name, @handle, last message, time".
 */
function chatPerson(from: Element, doc: Document): Person | null {
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

function fromMessage(from: Element, doc: Document, control: string, requireText: boolean): Base | null {
  const scope =
    from.closest(X.chatForm) ?? ownerOf(from, (el) => el.querySelector(DM_EDITOR) !== null && el.querySelector(DM_SEND) !== null) ?? from;
  const editor = from.closest(DM_EDITOR) ?? scope.querySelector(DM_EDITOR);
  const draft = editor ? draftOf(editor).trim() : '';
  if (requireText && !draft) return null;
  const send = scope.querySelector(DM_SEND);
  const replayTarget = send && !isDisabled(send) ? send : null;
  return withPerson({ kind: 'message', control, draft, step: 'send', ...(replayTarget ? { replayTarget } : {}) }, chatPerson(from, doc));
}

interface Opened {
  person: Person | null;
  at: number;
}

/** The X adapter. State: which post a Reply or Quote opened a composer for (no "Replying to" marker is stable). */
export function createXAdapter(now: () => number = Date.now): SiteAdapter {
  let opened: Opened | null = null;
  let repostMenu: Opened | null = null;

  /** On /HANDLE/status/ID the inline composer replies to that post: its author, named as the post shows them. */
  function statusAuthor(doc: Document): Person | null {
    const m = doc.location.pathname.match(/^\/([^/]+)\/status\/(\d+)/);
    if (!m?.[1]) return null;
    const handle = handleFromPath(m[1]);
    for (const article of doc.querySelectorAll(X.tweet)) {
      const author = authorOf(article);
      if (!article.closest(X.dialog) && (handle ? author?.handle === handle : article.querySelector(`a[href*="/status/${m[2]}"]`))) {
        return author;
      }
    }
    return handle ? { handle } : null;
  }

  /** Whom a composer answers: the post shown in its dialog, a quoted post, the post a Reply opened it for, the status page's post. */
  function replyTarget(scope: Element, inDialog: boolean, doc: Document): Person | null | false {
    if (!inDialog) return statusAuthor(doc) ?? false;
    const shown = [...scope.querySelectorAll(X.tweet)].filter((a) => !a.querySelector(X.composer)).pop();
    if (shown) return authorOf(shown);
    const quoted = [...scope.querySelectorAll(X.tweetAuthor)].find((b) => !b.closest(X.composer));
    if (quoted) return who(quoted, true);
    return opened && now() - opened.at < OPENED_MS ? opened.person : false;
  }

  function fromComposer(from: Element, doc: Document, control: string, byKey: boolean): Base | null {
    const dialog = from.closest(X.dialog);
    const scope =
      dialog ?? ownerOf(from, (el) => el.querySelector(X.composer) !== null && el.querySelector(X.send) !== null, { maxDepth: 30 });
    const send = scope?.querySelector(X.send);
    // X sends on Ctrl+Enter only what its send button would send: nothing while it is disabled.
    if (!scope || (byKey && (!send || isDisabled(send)))) return null;
    const draft = [...scope.querySelectorAll(X.composer)]
      .map((e) => draftOf(e).trim())
      .filter(Boolean)
      .join('\n');
    const target = replyTarget(scope, dialog !== null, doc);
    // DraftJS ignores synthetic keydowns: Proceed clicks the send button instead.
    const base: Base = {
      kind: target === false ? 'post' : 'reply',
      control,
      draft,
      step: 'send',
      ...(byKey && send ? { replayTarget: send } : {}),
    };
    return withPerson(base, target || null);
  }

  function fromControl(target: Element, doc: Document): Base | null {
    const item = target.closest(X.menuItem);
    if (item) {
      const label = textOf(item);
      // A post's "…" menu: "Follow @handle" (the handle is in the item itself).
      const handle = / @([A-Za-z0-9_]{1,15})$/.exec(label)?.[1];
      if (handle && labels.startsWith(doc, 'followItem', label))
        return { kind: 'follow', control: label, person: { handle: handle.toLowerCase() } };
      if (!item.matches(X.quoteItem) && !labels.is(doc, 'quote', label)) return null;
      const source = repostMenu && now() - repostMenu.at < REPOST_MENU_MS ? repostMenu.person : null;
      opened = { person: source, at: now() };
      return withPerson({ kind: 'reply', control: label, step: 'open' }, source);
    }
    const control = controlFrom(target);
    if (!control || control.closest(X.composer)) return null;
    if (control.matches(X.follow)) return fromFollow(control, doc);
    const article = control.closest(X.tweet);
    if (control.matches(X.reply) && article) {
      opened = { person: authorOf(article), at: now() };
      // "3 Replies. Reply": the count is not part of the control's name.
      return withPerson({ kind: 'reply', control: labelOf(control).split(/\.\s+/).pop() || 'Reply', step: 'open' }, opened.person);
    }
    if (control.matches(X.repost)) {
      // Not guarded itself (a plain repost writes nothing); remembered for the menu's Quote item.
      repostMenu = { person: article && authorOf(article), at: now() };
      return null;
    }
    if (control.matches(X.composerReset)) {
      opened = null;
      return null;
    }
    if (control.matches(X.send)) return fromComposer(control, doc, textOf(control), false);
    if (control.matches(DM_SEND)) return fromMessage(control, doc, labelOf(control) || 'Send', false);
    const label = textOf(control);
    return labels.is(doc, 'accept', label) ? fromAccept(control, doc, label) : null;
  }

  function fromEnter(trigger: Extract<Trigger, { type: 'send' }>, doc: Document): Base | null {
    if (trigger.shift || trigger.alt) return null;
    const dm = trigger.target.closest(DM_EDITOR);
    if (dm) return fromMessage(dm, doc, 'Enter', true);
    const composer = trigger.target.closest(X.composer);
    // Plain Enter is a newline in a post; Ctrl/Cmd+Enter sends it.
    return composer && trigger.ctrlOrMeta ? fromComposer(composer, doc, 'Ctrl+Enter', true) : null;
  }

  return {
    platform: 'x',
    recognise(trigger: Trigger, doc: Document): GuardedAction | null {
      const base =
        trigger.type === 'activate' ? fromControl(trigger.target, doc) : trigger.type === 'send' ? fromEnter(trigger, doc) : null;
      return base ? { ...base, platform: 'x' } : null;
    },
  };
}

export const x: SiteAdapter = createXAdapter();
