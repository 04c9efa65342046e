import { describe, expect, it } from 'vitest';
import { facebook } from '../../src/sites/facebook/index';
import { FACEBOOK } from '../../src/sites/facebook/selectors';
import { instagram } from '../../src/sites/instagram/index';
import { INSTAGRAM } from '../../src/sites/instagram/selectors';
import { createLinkedInAdapter } from '../../src/sites/linkedin/index';
import { LINKEDIN } from '../../src/sites/linkedin/selectors';
import FbHome from '../e2e/pages/facebook/home';
import FbProfile from '../e2e/pages/facebook/profile';
import IgActivity from '../e2e/pages/instagram/activity';
import IgDirect from '../e2e/pages/instagram/direct';
import IgPost from '../e2e/pages/instagram/post';
import LiFeed from '../e2e/pages/linkedin/feed';
import { clickIn, renderAppPage } from './support/app-page';
import { click, enter, fill } from './support/recognise';

/**
 * The selectors and adapters against the app pages the e2e tests use (test/e2e/pages/), rendered here by the
 * same React and Lexical: deep nesting with role="none" layers, Facebook's aria-hidden clone of every button,
 * label-less controls, classes that change on every render. A selector that keys on a class, counts a clone or
 * misses a menu item fails here before any browser runs.
 */
const e2e = (doc: Document, name: string) => {
  const el = doc.querySelector(`[data-e2e="${name}"]`);
  if (!el) throw new Error(`No [data-e2e="${name}"] on the page`);
  return el;
};

describe('Facebook app pages', () => {
  it('editor and lexical: the two comment composers and the chat tab, each attached by Lexical', async () => {
    const doc = await renderAppPage(FbHome, 'https://www.facebook.com/home.php');
    const editors = [...doc.querySelectorAll(FACEBOOK.editor)];
    expect(editors.map((e) => e.getAttribute('data-e2e'))).toEqual(['comment:maria', 'comment:alex', 'message:maria']);
    expect(editors.every((e) => e.matches(FACEBOOK.lexical))).toBe(true);
    expect(editors[0]?.getAttribute('aria-label')).toBe('Comment as Dana Whitfield');
  });

  it('every button has an aria-hidden, aria-disabled clone before it, which no selector binds to', async () => {
    const doc = await renderAppPage(FbHome, 'https://www.facebook.com/home.php');
    await clickIn(e2e(doc, 'jewel'));
    const confirms = [...doc.querySelectorAll('[role="button"][aria-label="Confirm"]')];
    expect(confirms).toHaveLength(4);
    expect(confirms.filter((c) => c.closest('[aria-hidden="true"]')).map((c) => c.getAttribute('aria-disabled'))).toEqual(['true', 'true']);
    expect(click(facebook, e2e(doc, 'accept:maria'))).toMatchObject({ kind: 'connect.accept', control: 'Confirm' });
  });

  it('requestLink: the jewel’s friend requests; their Confirm is told by its place in any language', async () => {
    const doc = await renderAppPage(FbHome, 'https://www.facebook.com/home.php', { lang: 'nl' });
    await clickIn(e2e(doc, 'jewel'));
    expect(doc.querySelectorAll(FACEBOOK.requestLink)).toHaveLength(2);
    // Dutch has no table: "Confirm" is still the first of the card's two visible buttons, "Delete" is not guarded.
    const accept = click(facebook, e2e(doc, 'accept:maria'));
    expect(accept).toMatchObject({ kind: 'connect.accept', person: { handle: 'id:100001234567890', name: 'María José Pérez' } });
    expect(click(facebook, e2e(doc, 'delete:maria'))).toBeNull();
  });

  it('header Follow with only span text follows the post’s author; the stranger’s is a follow of the stranger', async () => {
    const doc = await renderAppPage(FbHome, 'https://www.facebook.com/home.php');
    const follow = e2e(doc, 'follow:maria');
    expect(follow.hasAttribute('aria-label')).toBe(false);
    expect(click(facebook, follow)).toMatchObject({
      kind: 'follow',
      control: 'Follow',
      person: { handle: 'maria.perez', name: 'María Pérez' },
    });
    expect(click(facebook, e2e(doc, 'follow:alex'))?.person).toEqual({ handle: 'alex.kim.9', name: 'Alex Kim' });
  });

  it('“Comment as NAME”: Enter with a draft is a reply to the post’s author; Enter with nothing in it is no send', async () => {
    const doc = await renderAppPage(FbHome, 'https://www.facebook.com/home.php', { lang: 'de' });
    const box = e2e(doc, 'comment:maria');
    expect(box.getAttribute('aria-label')).toBe('Als Dana Whitfield kommentieren');
    fill(box, 'Toll');
    expect(enter(facebook, box)).toMatchObject({ kind: 'reply', person: { handle: 'maria.perez' } });
  });

  it('menu: the profile’s “…” menu renders in a layer at the end of the page; its Follow menuitem follows the profile’s owner', async () => {
    const doc = await renderAppPage(FbProfile, 'https://www.facebook.com/samuel.lee.5', { title: 'Samuel Lee | Facebook' });
    expect(doc.querySelector(FACEBOOK.menu)).toBeNull();
    await clickIn(e2e(doc, 'more'));
    const menu = doc.querySelector(FACEBOOK.menu);
    expect(menu?.closest('#root')).toBeNull();
    const follow = e2e(doc, 'menu-follow:samuel');
    expect(follow.getAttribute('role')).toBe('menuitem');
    expect(click(facebook, follow)).toMatchObject({ kind: 'follow', person: { handle: 'samuel.lee.5', name: 'Samuel Lee' } });
    expect(click(facebook, e2e(doc, 'menu-report:samuel'))).toBeNull();
  });

  it('classes are generated anew on every render', async () => {
    const first = (await renderAppPage(FbHome, 'https://www.facebook.com/home.php')).querySelector('[data-e2e="follow:maria"]')?.className;
    const second = (await renderAppPage(FbHome, 'https://www.facebook.com/home.php')).querySelector('[data-e2e="follow:maria"]')?.className;
    expect(first).toMatch(/^x\w{7}( x\w{7})+$/);
    expect(second).not.toBe(first);
  });
});

describe('Instagram app pages', () => {
  it('commentBox: the post form’s textarea, with the one-character ellipsis; Post is aria-disabled while it is empty', async () => {
    const doc = await renderAppPage(IgPost, 'https://www.instagram.com/p/DAPPmaria1/');
    const boxes = [...doc.querySelectorAll(INSTAGRAM.commentBox)];
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['Add a comment\u2026']);
    expect(e2e(doc, 'post:maria').getAttribute('aria-disabled')).toBe('true');
    expect(click(instagram, e2e(doc, 'post:maria'))).toBeNull();
    expect(enter(instagram, boxes[0] as Element)).toBeNull();
  });

  it('messageBox: the Direct composer is a Lexical div[role=textbox][aria-label=Message], known on /direct/ in any language', async () => {
    const doc = await renderAppPage(IgDirect, 'https://www.instagram.com/direct/t/340282366841710300949128999/', { lang: 'nl' });
    const box = doc.querySelector(INSTAGRAM.messageBox);
    expect(box?.getAttribute('data-lexical-editor')).toBe('true');
    expect(box?.getAttribute('role')).toBe('textbox');
    fill(box as Element, 'Tot dinsdag');
    expect(enter(instagram, box as Element)).toMatchObject({ kind: 'message', person: { handle: 'maria.perez', name: 'María Pérez' } });
  });

  it('the activity panel’s follow requests: Confirm in each language is an accept of that row’s person', async () => {
    for (const [lang, confirm] of [
      ['en', 'Confirm'],
      ['es', 'Confirmar'],
      ['fr', 'Confirmer'],
      ['de', 'Bestätigen'],
      ['pt-BR', 'Confirmar'],
      ['it', 'Conferma'],
    ] as const) {
      const doc = await renderAppPage(IgActivity, 'https://www.instagram.com/explore/', { lang });
      await clickIn(e2e(doc, 'notifications'));
      await clickIn(e2e(doc, 'follow-requests'));
      expect(click(instagram, e2e(doc, 'accept:jordan.smith')), lang).toMatchObject({
        kind: 'connect.accept',
        control: confirm,
        person: { handle: 'jordan.smith', name: 'Jordan Smith' },
      });
      expect(click(instagram, e2e(doc, 'delete:jordan.smith')), lang).toBeNull();
    }
  });
});

describe('LinkedIn app page', () => {
  const MARIA = { handle: 'maria-perez-4b1a2c', name: 'Maria Perez' };
  const SAM = { handle: 'samlee', name: 'Sam Lee' };

  it('editors: the comment box and the overlay’s message box are Lexical editors, each in its form', async () => {
    const doc = await renderAppPage(LiFeed, 'https://www.linkedin.com/feed/?app=react');
    const editors = [...doc.querySelectorAll(LINKEDIN.editor)];
    expect(editors.map((e) => e.getAttribute('data-e2e'))).toEqual(['comment:maria-box', 'message-box:sam']);
    expect(editors.every((e) => e.closest('form') !== null && e.getAttribute('data-lexical-editor') === 'true')).toBe(true);
    expect(editors[1]?.closest(LINKEDIN.messageForm)).not.toBeNull();
  });

  it('the adapter on its controls: Accept, Connect, Follow, Reply and the reply box it opens, Comment, Enter and Send in the overlay', async () => {
    const doc = await renderAppPage(LiFeed, 'https://www.linkedin.com/feed/?app=react');
    const adapter = createLinkedInAdapter();
    expect(click(adapter, e2e(doc, 'accept:maria'))).toMatchObject({ kind: 'connect.accept', person: MARIA });
    expect(click(adapter, e2e(doc, 'connect:sam'))).toMatchObject({ kind: 'connect.request', person: SAM });
    expect(click(adapter, e2e(doc, 'follow:maria'))).toMatchObject({ kind: 'follow', person: MARIA });
    expect(click(adapter, e2e(doc, 'reply:sam'))).toMatchObject({ kind: 'reply', step: 'open', person: SAM });
    await clickIn(e2e(doc, 'reply:sam'));
    fill(e2e(doc, 'reply-send:sam-box'), 'See you');
    expect(click(adapter, e2e(doc, 'reply-send:sam'))).toMatchObject({ kind: 'reply', step: 'send', draft: 'See you', person: SAM });
    fill(e2e(doc, 'comment:maria-box'), 'Thank you');
    expect(click(adapter, e2e(doc, 'comment:maria'))).toMatchObject({ kind: 'reply', draft: 'Thank you', person: MARIA });
    fill(e2e(doc, 'message-box:sam'), 'Yes');
    expect(enter(adapter, e2e(doc, 'message-box:sam'))).toMatchObject({ kind: 'message', control: 'Enter', person: SAM });
    expect(click(adapter, e2e(doc, 'send:sam'))).toMatchObject({ kind: 'message', control: 'Send', person: SAM });
    for (const pass of ['like:maria', 'like:sam', 'ignore:maria', 'see-more:maria', 'nav:network'])
      expect(click(adapter, e2e(doc, pass)), pass).toBeNull();
  });
});
