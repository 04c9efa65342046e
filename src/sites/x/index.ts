import type { Person } from '../../clients/types';
import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { controlFrom, draftOf, labelOf, ownerOf, textOf } from '../dom';
import { authorOf, handleFromPath, who } from './accounts';
import { type Base, isDisabled, withPerson } from './base';
import { fromAccept, fromFollow, fromFollowItem } from './connect';
import { xLabels as labels } from './labels';
import { DM_EDITOR, DM_SEND, fromMessage } from './messages';
import { X } from './selectors';

export { authorOf, handleFromPath, who } from './accounts';

/** A Reply or Quote opened a composer this long ago at most, for the send to count as its reply. */
const OPENED_MS = 10 * 60_000;
/** The Repost menu's Quote item is chosen right after the menu opens. */
const REPOST_MENU_MS = 2 * 60_000;

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
      const follow = fromFollowItem(label, doc);
      if (follow) return follow;
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
    languages: labels.languages,
    recognise(trigger: Trigger, doc: Document): GuardedAction | null {
      const base =
        trigger.type === 'activate' ? fromControl(trigger.target, doc) : trigger.type === 'send' ? fromEnter(trigger, doc) : null;
      return base ? { ...base, platform: 'x' } : null;
    },
  };
}

export const x: SiteAdapter = createXAdapter();
