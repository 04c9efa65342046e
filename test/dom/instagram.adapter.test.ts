import { describe, expect, it } from 'vitest';
import type { GuardedAction } from '../../src/guard/action';
import { instagram } from '../../src/sites/instagram/index';
import { type InstagramPage, loadInstagram } from './support/instagram-pages';
import { byAction, click, enter, fill, innermost, submit } from './support/recognise';

/**
 * The Instagram adapter on the fixture pages: every control it must recognise
 * (kind, person, draft, back, step), every control it must leave alone, and the
 * Spanish label tables. Events go through the engine's own toTrigger.
 */

let doc: Document;
const open = (page: InstagramPage) => {
  doc = loadInstagram(page);
  return doc;
};
const at = (action: string, extra = '') => byAction(doc, action, extra);
const clickOn = (action: string, extra = '') => click(instagram, innermost(at(action, extra)));
/** The action without the element to click on Proceed (checked on its own). */
const plain = (a: GuardedAction | null) => {
  if (!a) return a;
  const { replayTarget: _, ...rest } = a;
  return rest;
};

describe('Instagram profile pages', () => {
  it('"Follow Back" in a profile header follows back its owner: username from the header, name from the title', () => {
    open('profile-follow-back.html');
    expect(clickOn('follow-back:maria')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow Back',
      back: true,
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
  });

  it('the account a bio links is not the one followed, and suggestions below the header follow their own row', () => {
    open('profile-follow-back.html');
    expect(clickOn('follow:alex')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow',
      person: { handle: 'alex.kim', name: 'Alex Kim' },
    });
    expect(clickOn('follow:sam')?.person).toEqual({ handle: 'sam.lee', name: 'Sam Lee' });
  });

  it('"Follow" on a profile follows its owner (no name when the title does not give one)', () => {
    open('profile-follow.html');
    expect(clickOn('follow:sam-profile')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow',
      person: { handle: 'sam.lee' },
    });
  });

  it('the owner comes from the address when the header has no username', () => {
    open('profile-follow.html');
    doc.querySelector('header h2')?.remove();
    expect(clickOn('follow:sam-profile')?.person).toEqual({ handle: 'sam.lee' });
  });

  it('Message, Similar accounts, Like, the grid and the stats links are not guarded', () => {
    open('profile-follow-back.html');
    for (const action of ['open-message:maria', 'similar:maria', 'like:grid', 'nav:post', 'nav:home', 'nav:explore']) {
      expect(clickOn(action), action).toBeNull();
    }
    expect(click(instagram, doc.querySelector('a[href="/maria.perez/followers/"] span span') as Element)).toBeNull();
    open('profile-follow.html');
    expect(clickOn('open-message:sam')).toBeNull();
  });
});

describe('Instagram follower lists', () => {
  it('each row follows its own person, "Follow Back" with back', () => {
    open('followers.html');
    expect(clickOn('follow-back:maria-row')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow Back',
      back: true,
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(clickOn('follow:jordan-row')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow',
      person: { handle: 'jordan.smith', name: 'Jordan Smith' },
    });
  });

  it('"Following", "Requested", "Remove" and Close are not guarded (the whole text is matched)', () => {
    open('followers.html');
    for (const action of ['following:alex-row', 'requested:chris-row', 'remove:maria', 'close:followers', 'nav:edit']) {
      expect(clickOn(action), action).toBeNull();
    }
  });

  it('suggested rows on the home page: handle only when the row shows no name, state text is not a name', () => {
    open('home.html');
    expect(clickOn('follow:suggested-sam')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow',
      person: { handle: 'sam.lee' },
    });
    expect(clickOn('follow-back:suggested-alex')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow Back',
      back: true,
      person: { handle: 'alex.kim' },
    });
  });

  it('Enter or Space on a div[role=button] "Follow" is the same action as a click', () => {
    open('home.html');
    expect(enter(instagram, at('follow:suggested-sam'))?.person).toEqual({ handle: 'sam.lee' });
    expect(enter(instagram, at('follow:suggested-sam'), { key: ' ' })?.kind).toBe('follow');
  });
});

describe('Instagram follow requests', () => {
  it('"Confirm" accepts the request of its row', () => {
    open('follow-requests.html');
    expect(clickOn('accept:maria')).toEqual({
      kind: 'connect.accept',
      platform: 'instagram',
      control: 'Confirm',
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(clickOn('accept:alex')?.person).toEqual({ handle: 'alex.kim', name: 'Alex Kim' });
  });

  it('"Delete", and a "Confirm" that answers a prompt, are not guarded', () => {
    open('follow-requests.html');
    for (const action of ['delete:maria', 'delete:alex', 'confirm:prompt', 'not-now:prompt']) expect(clickOn(action), action).toBeNull();
  });

  it('a request row without a profile link still counts, without a person', () => {
    open('follow-requests.html');
    for (const a of doc.querySelectorAll('[data-row="maria"] a')) a.removeAttribute('href');
    expect(clickOn('accept:maria')).toEqual({ kind: 'connect.accept', platform: 'instagram', control: 'Confirm' });
  });
});

describe('Instagram comments on a post page', () => {
  it('Enter in the comment field replies to the post author, with the draft; Proceed clicks Post', () => {
    open('post.html');
    const field = at('comment:post-maria', 'textarea');
    fill(field, 'Thinking of you');
    const action = enter(instagram, field);
    expect(plain(action)).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Enter',
      draft: 'Thinking of you',
      step: 'send',
      person: { handle: 'maria.perez' },
    });
    expect(action?.replayTarget).toBe(doc.querySelector('form button[type="submit"]'));
  });

  it('Shift+Enter is a newline', () => {
    open('post.html');
    expect(enter(instagram, at('comment:post-maria', 'textarea'), { shiftKey: true })).toBeNull();
  });

  it('the Post submit button sends the same reply; its submit event is not counted twice', () => {
    open('post.html');
    fill(at('comment:post-maria', 'textarea'), 'Thinking of you');
    const post = doc.querySelector('form button[type="submit"]') as HTMLButtonElement;
    expect(click(instagram, post)).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Post',
      draft: 'Thinking of you',
      step: 'send',
      person: { handle: 'maria.perez' },
    });
    expect(submit(instagram, at('comment:post-maria', 'form') as HTMLFormElement, post)).toBeNull();
    expect(submit(instagram, at('comment:post-maria', 'form') as HTMLFormElement, null)).toBeNull();
  });

  it('a submit by a button we do not know by name is recognised from the form', () => {
    open('post.html');
    const form = at('comment:post-maria', 'form') as HTMLFormElement;
    fill(at('comment:post-maria', 'textarea'), 'Thinking of you');
    const icon = doc.createElement('button');
    icon.type = 'submit';
    icon.textContent = '➤';
    form.append(icon);
    expect(submit(instagram, form, icon)).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: '➤',
      draft: 'Thinking of you',
      step: 'send',
      person: { handle: 'maria.perez' },
    });
  });

  it('"Reply" under a comment opens a reply to that comment\'s author', () => {
    open('post.html');
    expect(clickOn('reply:alex')).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Reply',
      step: 'open',
      person: { handle: 'alex.kim' },
    });
    expect(clickOn('reply:sam')?.person).toEqual({ handle: 'sam.lee' });
  });

  it('a reply prefilled with @username answers that commenter; an @mention of someone not in the comments does not', () => {
    open('post.html');
    const field = at('comment:post-maria', 'textarea');
    fill(field, '@sam.lee hang in there');
    expect(enter(instagram, field)?.person).toEqual({ handle: 'sam.lee' });
    fill(field, '@nobody.here hi');
    expect(enter(instagram, field)?.person).toEqual({ handle: 'maria.perez' });
  });

  it('"Follow" in the post header follows the author', () => {
    open('post.html');
    expect(clickOn('follow:post-header')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Follow',
      person: { handle: 'maria.perez' },
    });
  });

  it('Like, Comment, Share, Save, the location and other links are not guarded', () => {
    open('post.html');
    for (const action of ['like:post', 'open-comment:post', 'share:post', 'save:post', 'like:comment-alex', 'nav:more', 'nav:home']) {
      expect(clickOn(action), action).toBeNull();
    }
    expect(click(instagram, doc.querySelector('a[href^="/explore/locations/"] span') as Element)).toBeNull();
  });
});

describe('Instagram comments in the feed', () => {
  it('the author is the post header, not a comment preview above the field', () => {
    open('home.html');
    const field = at('comment:feed-maria', 'textarea');
    fill(field, 'Sending love');
    const action = enter(instagram, field);
    expect(plain(action)).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Enter',
      draft: 'Sending love',
      step: 'send',
      person: { handle: 'maria.perez' },
    });
    expect(action?.replayTarget).toBe(at('comment:feed-maria', '[role="button"]'));
  });

  it('the div[role=button] "Post" sends the reply of its own post', () => {
    open('home.html');
    fill(at('comment:feed-jordan', 'textarea'), 'Nice shot');
    expect(clickOn('comment:feed-jordan', '[role="button"]')).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Post',
      draft: 'Nice shot',
      step: 'send',
      person: { handle: 'jordan.smith' },
    });
  });

  it('"Follow" in a post header follows that post\'s author; Like and links are not guarded', () => {
    open('home.html');
    expect(clickOn('follow:feed-jordan')?.person).toEqual({ handle: 'jordan.smith' });
    for (const action of ['like:feed-maria', 'nav:comments']) expect(clickOn(action), action).toBeNull();
  });
});

describe('Instagram reels', () => {
  it("Enter in the reel's comment input replies to the reel's author (named in the overlay); Proceed clicks Post", () => {
    open('reel.html');
    const input = at('comment:reel-maria', 'input');
    fill(input, 'Great pace!');
    const action = enter(instagram, input);
    expect(plain(action)).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Enter',
      draft: 'Great pace!',
      step: 'send',
      person: { handle: 'maria.perez' },
    });
    expect(action?.replayTarget).toBe(at('comment:reel-maria', '[role="button"]'));
  });

  it('Post, Reply and Follow on a reel', () => {
    open('reel.html');
    fill(at('comment:reel-maria', 'input'), 'Great pace!');
    expect(clickOn('comment:reel-maria', '[role="button"]')?.person).toEqual({ handle: 'maria.perez' });
    expect(clickOn('reply:reel-alex')).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Reply',
      step: 'open',
      person: { handle: 'alex.kim' },
    });
    expect(clickOn('follow:reel-maria')?.person).toEqual({ handle: 'maria.perez' });
  });

  it('Like, Comment, Save and "Following" are not guarded', () => {
    open('reel.html');
    for (const action of ['like:reel', 'open-comments:reel', 'save:reel', 'following:reel-jordan'])
      expect(clickOn(action), action).toBeNull();
  });
});

describe('Instagram direct messages', () => {
  it('Enter in the thread editor messages the person of the thread header; Proceed clicks Send', () => {
    open('direct.html');
    const editor = at('message:maria', '[contenteditable]');
    fill(editor, 'See you Tuesday');
    const action = enter(instagram, editor);
    expect(plain(action)).toEqual({
      kind: 'message',
      platform: 'instagram',
      control: 'Enter',
      draft: 'See you Tuesday',
      step: 'send',
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(action?.replayTarget).toBe(at('message:maria', '[role="button"]'));
  });

  it('"Send" sends the same message; Shift+Enter is a newline', () => {
    open('direct.html');
    fill(at('message:maria', '[contenteditable]'), 'See you Tuesday');
    expect(clickOn('message:maria', '[role="button"]')).toEqual({
      kind: 'message',
      platform: 'instagram',
      control: 'Send',
      draft: 'See you Tuesday',
      step: 'send',
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(enter(instagram, at('message:maria', '[contenteditable]'), { shiftKey: true })).toBeNull();
  });

  it("the person is the thread's, never a client in the conversation list (textarea variant, icon send button)", () => {
    open('direct-stranger.html');
    const field = at('message:alex', 'textarea');
    fill(field, 'See you there');
    const action = enter(instagram, field);
    expect(plain(action)).toEqual({
      kind: 'message',
      platform: 'instagram',
      control: 'Enter',
      draft: 'See you there',
      step: 'send',
      person: { handle: 'alex.kim', name: 'Alex Kim' },
    });
    const send = doc.querySelector('button[aria-label="Send"]') as HTMLButtonElement;
    expect(action?.replayTarget).toBe(send);
    expect(click(instagram, innermost(send))?.kind).toBe('message');
    expect(submit(instagram, at('message:alex', 'form') as HTMLFormElement, send)).toBeNull();
  });

  it('calls, details, reactions, emoji and the conversation list are not guarded', () => {
    open('direct.html');
    for (const action of ['call:maria', 'details:maria', 'react:message', 'emoji']) expect(clickOn(action), action).toBeNull();
    expect(click(instagram, doc.querySelector('a[href^="/direct/t/"] span') as Element)).toBeNull();
  });

  it('a "Reply" in a DM thread is not a comment reply', () => {
    open('direct.html');
    const reply = doc.createElement('div');
    reply.setAttribute('role', 'button');
    reply.textContent = 'Reply';
    doc.querySelector('[role="row"]')?.append(reply);
    expect(click(instagram, reply)).toBeNull();
  });
});

describe('Instagram create post', () => {
  it('"Share" in the create-post dialog posts the caption', () => {
    open('create-post.html');
    fill(at('caption'), 'New office hours start Monday');
    expect(clickOn('share')).toEqual({
      kind: 'post',
      platform: 'instagram',
      control: 'Share',
      draft: 'New office hours start Monday',
      step: 'send',
    });
  });

  it("Enter in the caption is a newline; Back, Add location and a post's share icon are not guarded", () => {
    open('create-post.html');
    expect(enter(instagram, at('caption'))).toBeNull();
    for (const action of ['back', 'add-location', 'share:feed-post', 'open-create']) expect(clickOn(action), action).toBeNull();
  });
});

describe('Instagram in Spanish (html lang="es")', () => {
  it('"Seguir también" follows back, "Seguir" follows, "Siguiendo" and "Enviar mensaje" are not guarded', () => {
    open('profile-es.html');
    expect(clickOn('follow-back:maria')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Seguir también',
      back: true,
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(clickOn('follow:sam')).toEqual({
      kind: 'follow',
      platform: 'instagram',
      control: 'Seguir',
      person: { handle: 'sam.lee', name: 'Sam Lee' },
    });
    for (const action of ['following:alex', 'open-message:maria']) expect(clickOn(action), action).toBeNull();
  });

  it('"Confirmar" accepts a request, "Eliminar" is not guarded', () => {
    open('follow-requests-es.html');
    expect(clickOn('accept:maria')).toEqual({
      kind: 'connect.accept',
      platform: 'instagram',
      control: 'Confirmar',
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(clickOn('delete:maria')).toBeNull();
  });

  it('"Agregar un comentario…", "Publicar" and "Responder"', () => {
    open('post-es.html');
    const field = at('comment:post-maria', 'textarea');
    fill(field, 'Ánimo');
    const action = enter(instagram, field);
    expect(action?.kind).toBe('reply');
    expect(action?.person).toEqual({ handle: 'maria.perez' });
    expect(action?.replayTarget).toBe(at('comment:post-maria', '[role="button"]'));
    expect(clickOn('comment:post-maria', '[role="button"]')).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Publicar',
      draft: 'Ánimo',
      step: 'send',
      person: { handle: 'maria.perez' },
    });
    expect(clickOn('reply:sam')).toEqual({
      kind: 'reply',
      platform: 'instagram',
      control: 'Responder',
      step: 'open',
      person: { handle: 'sam.lee' },
    });
    expect(clickOn('follow:post-header')?.control).toBe('Seguir');
    expect(clickOn('like:post')).toBeNull();
  });

  it('"Mensaje" editor and "Enviar"', () => {
    open('direct-es.html');
    fill(at('message:maria', '[contenteditable]'), 'Hasta el martes');
    expect(plain(enter(instagram, at('message:maria', '[contenteditable]')))).toEqual({
      kind: 'message',
      platform: 'instagram',
      control: 'Enter',
      draft: 'Hasta el martes',
      step: 'send',
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(clickOn('message:maria', '[role="button"]')?.control).toBe('Enviar');
  });

  it('the tables are keyed on html[lang]: Spanish labels mean nothing on an English page, English ones work everywhere', () => {
    open('profile-es.html');
    doc.documentElement.setAttribute('lang', 'en');
    expect(clickOn('follow-back:maria')).toBeNull();
    expect(clickOn('follow:sam')).toBeNull();
    open('profile-es.html');
    const english = at('follow:sam');
    english.textContent = 'Follow';
    expect(click(instagram, english)?.control).toBe('Follow');
  });
});
