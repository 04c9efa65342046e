import type { Person } from '../../clients/types';
import type { GuardedAction, SiteAdapter, Trigger } from '../../guard/action';
import { BUTTONS, controlFrom, draftOf, labelOf, ownerOf, squash, textOf } from '../dom';
import { linkedinLabels as labels } from './labels';
import { cardOf, named, personIn, profileOwner, threadPerson } from './people';
import { LINKEDIN } from './selectors';

export { handleOfLink, personIn, profileOwner } from './people';

type Base = Omit<GuardedAction, 'platform'>;

/** Longer than any label of the tables, a name included ("Ignore an invitation to connect from NAME"). */
const LONGEST_LABEL = 150;

/** A Connect or a Reply counts for the dialog or reply box it opened this long at most. */
const OPENED_MS = 10 * 60_000;

function withPerson(base: Base, person: Person | null): Base {
  return person ? { ...base, person } : base;
}

/** A comment's author: its first profile link that is not inside a reply nested in it. */
export function commentAuthor(comment: Element): Person | null {
  return personIn(comment, (a) => a.closest(LINKEDIN.comment) !== comment);
}

/**
 * A post's author: the member its actor block links (none when a company posted), else the first profile link
 * outside its comments. Never the member a "likes this" / "reposted this" line above the actor names.
 */
export function postAuthor(post: Element): Person | null {
  const actor = post.querySelector(LINKEDIN.postActor);
  return personIn(actor ?? post, (a) => a.closest(LINKEDIN.comment) !== null);
}

function editorLabel(editor: Element): string {
  return labelOf(editor) || squash(editor.getAttribute('aria-placeholder') ?? editor.getAttribute('data-placeholder') ?? '');
}

/** The message box of a conversation (messaging page or overlay), in any language by its form, else by its label. */
function isMessageEditor(editor: Element, doc: Document): boolean {
  return editor.closest(LINKEDIN.messageForm) !== null || labels.startsWith(doc, 'messageEditor', editorLabel(editor));
}

/** Whom an action on a card or a profile concerns: the card's member, or the profile's (whose header links the profile itself). */
function personAt(control: Element, doc: Document, name: string | null): Person | null {
  const card = cardOf(control);
  const owner = profileOwner(doc);
  let person = card ? personIn(card) : null;
  if (owner && (person ? person.handle === owner.handle : !control.closest('aside'))) person = owner;
  return named(person, name);
}

/** An Ignore among the container's buttons ("Ignore", or "Ignore an invitation to connect from NAME"). */
function hasIgnore(container: Element, doc: Document): boolean {
  return [...container.querySelectorAll(BUTTONS)].some(
    (b) =>
      labels.is(doc, 'ignore', textOf(b)) ||
      labels.is(doc, 'ignore', labelOf(b)) ||
      labels.named(doc, 'ignoreInvitation', labelOf(b)) !== null,
  );
}

/** The LinkedIn adapter. State: which comment a Reply opened the reply box for, whom a Connect opened the invitation dialog for. */
export function createLinkedInAdapter(now: () => number = Date.now): SiteAdapter {
  let replied: { comment: Element; person: Person | null; at: number } | null = null;
  let invited: { person: Person | null; at: number } | null = null;

  /**
   * Accept: an invitation card's (its label names the inviter) or an invitation shown in a conversation; a
   * plain "Accept" counts only beside an "Ignore", so that no other dialog's Accept is taken for one.
   */
  function fromAccept(control: Element, doc: Document, shown: string, name: string | null): Base | null {
    // The Ignore of the same invitation: never climbing into a list of them, or the page's columns.
    const row = ownerOf(control, (el) => hasIgnore(el, doc), { maxDepth: 6, stopAt: `ul, [role="list"], ${LINKEDIN.main}, aside` });
    if (name === null && !row) return null;
    // In a conversation, its other member (the messages around it name the therapist too); else the card's.
    const person = threadPerson(control) ?? personAt(control, doc, null);
    return withPerson({ kind: 'connect.accept', control: shown }, named(person, name));
  }

  /** The send of a comment, reply or message box, by its button or (messages) by Enter. */
  function fromEditor(editor: Element, doc: Document, control: string): Base | null {
    const draft = draftOf(editor);
    if (isMessageEditor(editor, doc)) return withPerson({ kind: 'message', control, draft, step: 'send' }, threadPerson(editor));
    const comment = editor.closest(LINKEDIN.comment);
    const post = editor.closest(LINKEDIN.post);
    // A comment box outside any post we know (a photo's viewer): still a reply, its draft still read; no one's.
    if (!comment && !post) return { kind: 'reply', control, draft, step: 'send' };
    // A reply box sits under the thread's comment; the Reply pressed may have been on a reply in that thread.
    const opened = replied && comment && now() - replied.at < OPENED_MS && comment.contains(replied.comment) ? replied.person : null;
    const person = opened ?? (comment ? commentAuthor(comment) : post ? postAuthor(post) : null);
    return withPerson({ kind: 'reply', control, draft, step: 'send' }, person);
  }

  /** A button of a dialog: the share box's Post, the invitation dialog's Send (with its note, if any). */
  function fromDialog(dialog: Element, shown: string, is: (key: 'post' | 'sendInvitation') => boolean): Base | null {
    const editor = dialog.querySelector(LINKEDIN.editor);
    if (editor && is('post')) return { kind: 'post', control: shown, draft: draftOf(editor), step: 'send' };
    // Only the dialog a Connect opened: other dialogs have a Send too (sharing a post).
    if (editor || !is('sendInvitation') || !invited || now() - invited.at >= OPENED_MS) return null;
    const note = dialog.querySelector('textarea');
    return withPerson({ kind: 'connect.request', control: shown, step: 'send', ...(note ? { draft: note.value } : {}) }, invited.person);
  }

  function fromControl(target: Element, doc: Document): Base | null {
    const control = controlFrom(target);
    if (!control || control.closest(LINKEDIN.editor)) return null;
    const text = textOf(control);
    // labelOf, without reading the text a second time.
    const aria = control.getAttribute('aria-label');
    const label = aria === null ? text : squash(aria);
    // A link around a whole card or post (every click in the feed lands in one) names no control of ours:
    // its text is not folded against each table.
    if (label.length > LONGEST_LABEL && text.length > LONGEST_LABEL) return null;
    const shown = text || label;
    const is = (key: Parameters<typeof labels.is>[1]) => labels.is(doc, key, label) || labels.is(doc, key, text);

    // A form with an editor (a comment, reply or message box): only its submit counts.
    const editor = control.closest('form')?.querySelector(LINKEDIN.editor);
    if (editor) return is('submit') ? fromEditor(editor, doc, shown) : null;
    const dialog = control.closest(LINKEDIN.dialog);
    if (dialog && (is('post') || is('sendInvitation'))) return fromDialog(dialog, shown, is);

    const acceptName = labels.named(doc, 'acceptInvitation', label);
    if (acceptName !== null || is('accept')) return fromAccept(control, doc, shown, acceptName);

    const inviteName = labels.named(doc, 'inviteToConnect', label);
    if (inviteName !== null || is('connect')) {
      const person = personAt(control, doc, inviteName);
      invited = { person, at: now() };
      // It sends the invitation at once, or opens a dialog whose Send this Proceed covers.
      return withPerson({ kind: 'connect.request', control: shown, step: 'open' }, person);
    }

    const followName = labels.named(doc, 'followName', label);
    if ((followName !== null || is('follow')) && !labels.mentions(doc, 'notFollow', label)) {
      return withPerson({ kind: 'follow', control: shown }, personAt(control, doc, followName));
    }

    const replyName = labels.named(doc, 'replyToComment', label);
    const comment = control.closest(LINKEDIN.comment);
    if ((replyName !== null || is('reply')) && comment) {
      const person = named(commentAuthor(comment), replyName);
      replied = { comment, person, at: now() };
      return withPerson({ kind: 'reply', control: shown, step: 'open' }, person);
    }
    return null;
  }

  function fromEnter(trigger: Extract<Trigger, { type: 'send' }>, doc: Document): Base | null {
    if (trigger.shift || trigger.alt) return null;
    const editor = trigger.target.closest(LINKEDIN.editor);
    // Enter sends a message (unless the member turned that off); in a comment or post it is a new line.
    return editor && isMessageEditor(editor, doc) ? fromEditor(editor, doc, 'Enter') : null;
  }

  return {
    platform: 'linkedin',
    languages: labels.languages,
    // A member is known by the address of their profile, "/in/maria-perez-4b1a2c"; LinkedIn writes no @handles.
    shownHandle: (handle) => `/in/${handle}`,
    recognise(trigger: Trigger, doc: Document): GuardedAction | null {
      // A form's submit follows the click on its button, which is what is recognised.
      const base =
        trigger.type === 'activate' ? fromControl(trigger.target, doc) : trigger.type === 'send' ? fromEnter(trigger, doc) : null;
      return base ? { ...base, platform: 'linkedin' } : null;
    },
  };
}

export const linkedin: SiteAdapter = createLinkedInAdapter();
