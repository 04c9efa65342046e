import { describe, expect, it } from 'vitest';
import { createLinkedInAdapter } from '../../src/sites/linkedin/index';
import { linkedinSite } from '../../src/sites/linkedin/site';
import { LINKEDIN_LANGUAGE_PAGES, type LinkedinPage, loadLinkedin } from './support/linkedin-pages';
import { byAction, click, enter, fill, innermost, submit } from './support/recognise';

/**
 * The LinkedIn adapter on the fixture pages: accepting and sending invitations, Follow, replies and comments,
 * messages and a new post, each with the person read from the element acted on; everything else is left alone.
 * A fresh adapter per page: it remembers which comment a Reply and which member a Connect was pressed for.
 */

const MARIA = { handle: 'maria-perez-4b1a2c', name: 'Maria Perez' };
const SAM = { handle: 'samlee', name: 'Sam Lee' };
const ALEX = { handle: 'alex-kim-77', name: 'Alex Kim' };
const JORDAN = { handle: 'jordan-blake-writes', name: 'Jordan Blake' };

let doc: Document;
let clock = 0;
let adapter = createLinkedInAdapter(() => clock);
const open = (page: LinkedinPage) => {
  doc = loadLinkedin(page);
  clock = 1_000_000;
  adapter = createLinkedInAdapter(() => clock);
  return doc;
};
const at = (action: string) => byAction(doc, action);
const clickOn = (action: string) => click(adapter, innermost(at(action)));
/** Types into the editor a send button sends (its data-fixture-send), then clicks the button. */
const sendWith = (action: string, text: string) => {
  fill(doc.querySelector(at(action).getAttribute('data-fixture-send') as string) as Element, text);
  return clickOn(action);
};
const enterIn = (action: string, text: string, init: KeyboardEventInit = {}) => {
  fill(at(action), text);
  return enter(adapter, at(action).querySelector('p') ?? at(action), init);
};

describe('My Network: invitations and people you may know', () => {
  it('Accept on an invitation card: the inviter from the card and the label', () => {
    open('network.html');
    expect(clickOn('accept:maria')).toEqual({ kind: 'connect.accept', platform: 'linkedin', control: 'Accept', person: MARIA });
    expect(clickOn('accept:alex')).toEqual({ kind: 'connect.accept', platform: 'linkedin', control: 'Accept', person: ALEX });
  });

  it('Connect on a suggestion: a request to that member, which a following dialog’s Send belongs to', () => {
    open('network.html');
    expect(clickOn('connect:sam')).toEqual({
      kind: 'connect.request',
      platform: 'linkedin',
      control: 'Connect',
      step: 'open',
      person: SAM,
    });
  });

  it('Follow with a label naming the member, and as text only (the card’s link names them)', () => {
    open('network.html');
    expect(clickOn('follow:jordan')).toEqual({ kind: 'follow', platform: 'linkedin', control: 'Follow', person: JORDAN });
    expect(clickOn('follow:maria')).toEqual({ kind: 'follow', platform: 'linkedin', control: 'Follow', person: MARIA });
  });

  it.each([
    'ignore:maria',
    'ignore:alex',
    'show-more:maria',
    'show-more:pymk',
    'dismiss:sam',
    'profile:sam',
    'show-all:invitations',
    'nav:home',
  ])('%s passes', (action) => {
    open('network.html');
    expect(clickOn(action)).toBeNull();
  });
});

describe('a profile', () => {
  it('Follow in the header, Connect as an item of the More menu: the profile’s member', () => {
    open('profile.html');
    expect(clickOn('follow:maria')).toEqual({ kind: 'follow', platform: 'linkedin', control: 'Follow', person: MARIA });
    expect(clickOn('connect:maria')).toEqual({
      kind: 'connect.request',
      platform: 'linkedin',
      control: 'Connect',
      step: 'open',
      person: MARIA,
    });
  });

  it('Connect in "People also viewed" is about that member, not the profile’s', () => {
    open('profile.html');
    expect(clickOn('connect:alex')).toMatchObject({ kind: 'connect.request', person: ALEX });
  });

  it('the invitation dialog’s Send belongs to the Connect that opened it; without one it is left alone', () => {
    open('profile.html');
    expect(clickOn('send:invite')).toBeNull();
    clickOn('connect:maria');
    clock += 30_000;
    expect(clickOn('send:invite')).toEqual({
      kind: 'connect.request',
      platform: 'linkedin',
      control: 'Send without a note',
      step: 'send',
      person: MARIA,
    });
    clock += 11 * 60_000;
    expect(clickOn('send:invite')).toBeNull();
  });

  it('a note written in the dialog is the draft', () => {
    open('profile.html');
    const note = doc.createElement('textarea');
    note.value = 'Hi Maria, good to meet you.';
    doc.querySelector('[role="dialog"] .artdeco-modal__content')?.append(note);
    clickOn('connect:maria');
    expect(clickOn('send:invite')).toMatchObject({ kind: 'connect.request', draft: 'Hi Maria, good to meet you.', person: MARIA });
  });

  it.each([
    'more:maria',
    'send-profile:maria',
    'pdf:maria',
    'message-button:maria',
    'contact-info',
    'see-more:about',
    'show-all:aside',
    'add-note:invite',
    'dismiss:invite',
  ])('%s passes', (action) => {
    open('profile.html');
    expect(clickOn(action)).toBeNull();
  });
});

describe('the feed: comments and replies, Follow, a new post', () => {
  it('Comment in the post’s comment box: a reply to the post’s author, with the draft', () => {
    open('feed.html');
    expect(sendWith('comment:maria', 'Great points, thank you.')).toEqual({
      kind: 'reply',
      platform: 'linkedin',
      control: 'Comment',
      draft: 'Great points, thank you.',
      step: 'send',
      person: MARIA,
    });
  });

  it('Reply under a comment opens a reply to its author; the reply box’s Reply sends to the same person', () => {
    open('feed.html');
    expect(clickOn('reply:sam')).toEqual({ kind: 'reply', platform: 'linkedin', control: 'Reply', step: 'open', person: SAM });
    expect(sendWith('reply-send:sam', 'Thanks Sam')).toEqual({
      kind: 'reply',
      platform: 'linkedin',
      control: 'Reply',
      draft: 'Thanks Sam',
      step: 'send',
      person: SAM,
    });
  });

  it('Reply on a reply: the thread’s reply box then answers that reply’s author, for ten minutes', () => {
    open('feed.html');
    expect(clickOn('reply:alex')).toMatchObject({ kind: 'reply', step: 'open', person: ALEX });
    expect(sendWith('reply-send:sam', 'Agreed')).toMatchObject({ kind: 'reply', step: 'send', person: ALEX });
    clock += 11 * 60_000;
    expect(sendWith('reply-send:sam', 'Agreed')).toMatchObject({ person: SAM });
  });

  it('without a Reply pressed, the reply box answers the thread’s comment', () => {
    open('feed.html');
    expect(sendWith('reply-send:sam', 'Thanks')).toMatchObject({ kind: 'reply', person: SAM });
  });

  it('Follow in a post’s header: the post’s author', () => {
    open('feed.html');
    expect(clickOn('follow:maria')).toEqual({ kind: 'follow', platform: 'linkedin', control: 'Follow', person: MARIA });
    expect(clickOn('follow:alex')).toMatchObject({ kind: 'follow', person: ALEX });
  });

  it('a comment on a post that "Maria Perez likes" answers its author, not Maria', () => {
    open('feed.html');
    expect(sendWith('comment:alex', 'Congratulations')).toMatchObject({ kind: 'reply', person: ALEX });
    expect(clickOn('follow:alex')).toMatchObject({ kind: 'follow', person: ALEX });
  });

  it('Follow on a company’s post follows the company, never a member who commented on it', () => {
    open('feed.html');
    expect(clickOn('follow:company')).toEqual({
      kind: 'follow',
      platform: 'linkedin',
      control: 'Follow',
      person: { name: 'Riverside Counseling Center' },
    });
    expect(clickOn('context:maria')).toBeNull();
  });

  it('a comment box outside any post (a photo’s viewer) still sends a reply whose draft is read', () => {
    open('feed.html');
    doc.body.insertAdjacentHTML(
      'beforeend',
      `<div role="dialog" class="artdeco-modal"><a href="/in/maria-perez-4b1a2c/"><span>Maria Perez</span></a>
        <form><div contenteditable="true" role="textbox" aria-placeholder="Add a comment…" id="viewer-box"></div>
        <button type="submit" id="viewer-send"><span>Comment</span></button></form></div>`,
    );
    fill(doc.getElementById('viewer-box') as Element, 'See you Tuesday, Sam Lee');
    expect(click(adapter, doc.querySelector('#viewer-send span') as Element)).toEqual({
      kind: 'reply',
      platform: 'linkedin',
      control: 'Comment',
      draft: 'See you Tuesday, Sam Lee',
      step: 'send',
    });
  });

  it('Post in the share box: a post with the draft', () => {
    open('feed.html');
    expect(sendWith('post', 'Open for new clients in January')).toEqual({
      kind: 'post',
      platform: 'linkedin',
      control: 'Post',
      draft: 'Open for new clients in January',
      step: 'send',
    });
  });

  it('Enter in a comment, reply or share box is a new line, not a send', () => {
    open('feed.html');
    expect(enterIn('comment-editor:maria', 'Hello')).toBeNull();
    expect(enterIn('reply-editor:sam', 'Hello')).toBeNull();
    expect(enterIn('share-editor', 'Hello')).toBeNull();
  });

  it('the forms’ submit events are not counted again (the click on their button is the send)', () => {
    open('feed.html');
    const form = at('comment:maria').closest('form') as HTMLFormElement;
    fill(form.querySelector('[role="textbox"]') as Element, 'Hi');
    expect(submit(adapter, form, at('comment:maria'))).toBeNull();
  });

  it.each([
    'like:maria',
    'like:sam',
    'see-more:maria',
    'open-comments:maria',
    'share-send:maria',
    'load-more:maria',
    'nav:network',
    'close:sam',
    'open-thread:maria',
  ])('%s passes', (action) => {
    open('feed.html');
    expect(clickOn(action)).toBeNull();
  });
});

describe('messages: the overlay and the messaging page', () => {
  it('the overlay: Enter and Send message the conversation’s member, with the draft', () => {
    open('feed.html');
    expect(enterIn('message:sam', 'Yes, I am.')).toEqual({
      kind: 'message',
      platform: 'linkedin',
      control: 'Enter',
      draft: 'Yes, I am.',
      step: 'send',
      person: SAM,
    });
    expect(sendWith('send:sam', 'Yes, I am.')).toMatchObject({ kind: 'message', control: 'Send', draft: 'Yes, I am.', person: SAM });
  });

  it('the messaging page: the title bar’s member, never the member’s own name in the messages', () => {
    open('messaging.html');
    expect(enterIn('message:maria', 'Friday works.')).toMatchObject({ kind: 'message', draft: 'Friday works.', person: MARIA });
    expect(sendWith('send:maria', 'Friday works.')).toMatchObject({ kind: 'message', control: 'Send', person: MARIA });
  });

  it('Shift+Enter is a new line; Enter in an empty box sends nothing', () => {
    open('messaging.html');
    expect(enterIn('message:maria', 'Line one', { shiftKey: true })).toBeNull();
    expect(enterIn('message:maria', '')).toBeNull();
  });

  it('an invitation shown in a conversation: its Accept accepts the conversation’s member', () => {
    open('messaging-invitation.html');
    expect(clickOn('accept:sam')).toEqual({ kind: 'connect.accept', platform: 'linkedin', control: 'Accept', person: SAM });
    expect(clickOn('ignore:sam')).toBeNull();
  });

  it('the conversation’s member even when the therapist’s own message comes first in the thread', () => {
    open('messaging-invitation.html');
    const list = doc.querySelector('.msg-s-message-list-content') as Element;
    const own = doc.createElement('li');
    own.innerHTML = '<div class="msg-s-message-group"><a href="/in/dana-whitfield-lcsw/">Dana Whitfield</a><p>Hello</p></div>';
    list.prepend(own);
    expect(clickOn('accept:sam')).toMatchObject({ kind: 'connect.accept', person: SAM });
  });

  it('an invitation card on a page with the overlay open is the card’s member, not the overlay conversation’s', () => {
    open('feed.html');
    const list = doc.createElement('ul');
    list.innerHTML =
      '<li><a href="/in/alex-kim-77/">Alex Kim</a><button type="button"><span>Ignore</span></button><button type="button" data-probe><span>Accept</span></button></li>';
    doc.querySelector('main')?.append(list);
    expect(click(adapter, innermost(doc.querySelector('[data-probe]') as Element))).toMatchObject({ kind: 'connect.accept', person: ALEX });
  });

  it.each(['open-thread:maria', 'open-thread:sam', 'profile:maria', 'attach:maria', 'nav:home'])('%s passes', (action) => {
    open('messaging.html');
    expect(clickOn(action)).toBeNull();
  });
});

describe('words that only look like the guarded ones', () => {
  const button = (html: string, where = 'main') => {
    const host = doc.querySelector(where) as Element;
    const box = doc.createElement('div');
    box.innerHTML = html;
    host.append(box);
    return box.querySelector('button') as Element;
  };

  it('an "Accept" without an Ignore beside it (a cookie banner, another dialog) is no invitation', () => {
    open('network.html');
    expect(click(adapter, button('<button type="button"><span>Accept</span></button>'))).toBeNull();
  });

  it('Following, Unfollow NAME and Follow in another word are no follow', () => {
    open('network.html');
    expect(click(adapter, button('<button aria-label="Following Jordan Blake"><span>Following</span></button>'))).toBeNull();
    expect(click(adapter, button('<button aria-label="Unfollow Jordan Blake"><span>Unfollow</span></button>'))).toBeNull();
    expect(click(adapter, button('<button aria-label="Follow hashtag"><span>Follow hashtag</span></button>'))).toMatchObject({
      kind: 'follow',
    });
  });

  it('German "NAME nicht mehr folgen" (unfollow) is no follow, "NAME folgen" is', () => {
    open('network-de.html');
    expect(
      click(
        adapter,
        button('<a href="/in/samlee/">Sam Lee</a><button aria-label="Sam Lee nicht mehr folgen"><span>Gefolgt</span></button>'),
      ),
    ).toBeNull();
    expect(
      click(adapter, button('<a href="/in/samlee/">Sam Lee</a><button aria-label="Sam Lee folgen"><span>Folgen</span></button>')),
    ).toEqual({
      kind: 'follow',
      platform: 'linkedin',
      control: 'Folgen',
      person: SAM,
    });
  });

  it('a Reply outside any comment (a message’s quick reply) is not a reply to a comment', () => {
    open('messaging.html');
    expect(click(adapter, button('<button type="button"><span>Reply</span></button>', 'main .msg-s-message-list-container'))).toBeNull();
  });
});

describe('the page languages', () => {
  const LABELS = {
    es: { accept: 'Aceptar', connect: 'Conectar' },
    fr: { accept: 'Accepter', connect: 'Se connecter' },
    de: { accept: 'Annehmen', connect: 'Vernetzen' },
    pt: { accept: 'Aceitar', connect: 'Conectar' },
    it: { accept: 'Accetta', connect: 'Collegati' },
  } as const;

  it('the site names the languages it has tables for', () => {
    expect(linkedinSite.labels.languages).toEqual(['en', 'es', 'fr', 'de', 'pt', 'it']);
  });

  it.each(Object.entries(LINKEDIN_LANGUAGE_PAGES))('%s (%s): Accept and Connect, with the member named in the label', (lang, page) => {
    const l = LABELS[lang as keyof typeof LABELS];
    open(page);
    expect(clickOn('accept:maria')).toEqual({ kind: 'connect.accept', platform: 'linkedin', control: l.accept, person: MARIA });
    expect(clickOn('connect:sam')).toEqual({
      kind: 'connect.request',
      platform: 'linkedin',
      control: l.connect,
      step: 'open',
      person: SAM,
    });
    expect(clickOn('ignore:maria')).toBeNull();
    expect(clickOn('show-more:pymk')).toBeNull();
  });
});
