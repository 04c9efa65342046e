import { describe, expect, it } from 'vitest';
import { normaliseHandle } from '../../src/clients/handles';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import { yelp } from '../../src/sites/yelp/index';
import { yelpSite } from '../../src/sites/yelp/site';
import { byAction, click, enter, fill, innermost, submit } from './support/recognise';
import { loadYelp, YELP_LANGUAGE_PAGES, type YelpPage } from './support/yelp-pages';

/**
 * The Yelp adapter on the fixture pages: Thank, Comment, Direct message and Send
 * on a review card are responses to that review, read with the reviewer's
 * display name and whether the response is public or private; everything else
 * is left alone.
 */

let doc: Document;
const open = (page: YelpPage) => {
  doc = loadYelp(page);
  return doc;
};
const at = (action: string, extra = '') => byAction(doc, action, extra);
const clickOn = (action: string, extra = '') => click(yelp, innermost(at(action, extra)));
const samField = () => doc.querySelector('[data-card="sam"] textarea') as HTMLTextAreaElement;
const dialogField = () => doc.querySelector('[role="dialog"] textarea') as HTMLTextAreaElement;

describe('Yelp for Business review cards', () => {
  it('"Thank" responds to the review at once, privately, naming the reviewer', () => {
    open('biz-reviews.html');
    expect(clickOn('thank:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Thank',
      step: 'send',
      audience: 'private',
      person: { name: 'Sam L.' },
    });
  });

  it('"Comment" opens a public response, "Direct message" a private one, each for its own card', () => {
    open('biz-reviews.html');
    expect(clickOn('open-comment:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Comment',
      step: 'open',
      audience: 'public',
      person: { name: 'Sam L.' },
    });
    expect(clickOn('open-message:taylor')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Direct message',
      step: 'open',
      audience: 'private',
      person: { name: 'Taylor K.' },
    });
    expect(clickOn('open-comment:robin')?.person).toEqual({ name: 'Robin P.' });
    expect(clickOn('thank:taylor')?.person).toEqual({ name: 'Taylor K.' });
    expect(clickOn('open-message:jordan')?.person).toEqual({ name: 'Jordan S.' });
  });

  it('"Send" under a revealed comment sends the public comment with its draft', () => {
    open('biz-reviews.html');
    fill(samField(), 'Thank you for your feedback.');
    expect(clickOn('comment:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Send',
      draft: 'Thank you for your feedback.',
      step: 'send',
      audience: 'public',
      person: { name: 'Sam L.' },
    });
  });

  it('"Send" in a revealed direct message form sends a private response; its submit is not counted twice', () => {
    open('biz-reviews.html');
    const form = at('message:robin') as HTMLFormElement;
    fill(form.querySelector('textarea') as Element, 'Please call the office.');
    const send = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(click(yelp, innermost(send))).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Send',
      draft: 'Please call the office.',
      step: 'send',
      audience: 'private',
      person: { name: 'Robin P.' },
    });
    expect(submit(yelp, form, send)).toBeNull();
    expect(submit(yelp, form, null)).toBeNull();
  });

  it('a card form submitted by a button we do not know by name is recognised from the form', () => {
    open('biz-reviews.html');
    const form = at('message:robin') as HTMLFormElement;
    fill(form.querySelector('textarea') as Element, 'Please call the office.');
    const other = doc.createElement('button');
    other.type = 'submit';
    other.textContent = 'Submit reply';
    form.append(other);
    expect(submit(yelp, form, other)).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Submit reply',
      draft: 'Please call the office.',
      step: 'send',
      audience: 'private',
      person: { name: 'Robin P.' },
    });
  });

  it('what a form says outright ("privately", "public") wins over the kind of text it names ("comment", "message")', () => {
    open('biz-reviews.html');
    const field = samField();
    field.removeAttribute('aria-label');
    field.removeAttribute('name');
    field.setAttribute('placeholder', 'Your comment goes privately to Sam L.');
    expect(clickOn('comment:sam')?.audience).toBe('private');
    field.setAttribute('placeholder', 'This message will be public');
    expect(clickOn('comment:sam')?.audience).toBe('public');
    field.setAttribute('placeholder', 'Type here');
    expect(clickOn('comment:sam')).not.toHaveProperty('audience');
  });

  it('"Send" in a message dialog over the reviews page is a private response without a person from the cards behind', () => {
    open('biz-reviews.html');
    fill(dialogField(), 'Please call the office.');
    expect(clickOn('message:taylor-dialog')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Send',
      draft: 'Please call the office.',
      step: 'send',
      audience: 'private',
    });
  });

  it('a "Send" dialog elsewhere on biz.yelp.com (the inbox) is not a review response', () => {
    open('biz-reviews.html');
    (doc.defaultView as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://biz.yelp.com/inbox');
    expect(clickOn('message:taylor-dialog')).toBeNull();
  });

  it('Enter in a review textarea is a newline, not a send', () => {
    open('biz-reviews.html');
    fill(samField(), 'Thank you');
    expect(enter(yelp, samField())).toBeNull();
  });

  it('Cancel, Edit, Report review, Load more, sorting and navigation are not guarded', () => {
    open('biz-reviews.html');
    for (const action of [
      'cancel:sam',
      'edit:jordan',
      'report:sam',
      'load-more',
      'sort',
      'nav:home',
      'nav:inbox',
      'dialog-cancel:taylor',
    ]) {
      expect(clickOn(action), action).toBeNull();
    }
  });

  it('a "Comment" or "Thank" that is not on a review card is not guarded', () => {
    open('biz-reviews.html');
    const stray = doc.createElement('button');
    stray.textContent = 'Comment';
    doc.querySelector('.filters')?.append(stray);
    expect(click(yelp, stray)).toBeNull();
  });
});

describe('yelp.com business page', () => {
  it('the owner\'s "Respond publicly" opens a public response to that review (unverified label)', () => {
    open('www-business.html');
    expect(clickOn('respond:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Respond publicly',
      step: 'open',
      audience: 'public',
      person: { name: 'Sam L.' },
    });
  });

  it('reactions ("Thanks" is not "Thank"), Save, Share, Write a review and the reviewer link are not guarded', () => {
    open('www-business.html');
    for (const action of ['helpful:sam', 'thanks:sam', 'love:sam', 'oh-no:sam', 'thanks:taylor', 'save-biz', 'share-biz', 'write-review']) {
      expect(clickOn(action), action).toBeNull();
    }
    expect(click(yelp, doc.querySelector('a[href^="/user_details"]') as Element)).toBeNull();
  });
});

describe('Yelp in Spanish (html lang="es"; labels unverified)', () => {
  it('"Agradecer", "Comentar", "Mensaje directo" and "Enviar"', () => {
    open('biz-reviews-es.html');
    expect(clickOn('thank:sam')).toMatchObject({
      kind: 'review.respond',
      control: 'Agradecer',
      audience: 'private',
      person: { name: 'Sam L.' },
    });
    expect(clickOn('open-comment:sam')).toMatchObject({ control: 'Comentar', step: 'open', audience: 'public' });
    expect(clickOn('open-message:sam')).toMatchObject({ control: 'Mensaje directo', step: 'open', audience: 'private' });
    fill(doc.querySelector('textarea') as Element, 'Gracias');
    expect(clickOn('comment:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Enviar',
      draft: 'Gracias',
      step: 'send',
      audience: 'public',
      person: { name: 'Sam L.' },
    });
  });

  it('Spanish labels mean nothing on an English page', () => {
    open('biz-reviews-es.html');
    doc.documentElement.setAttribute('lang', 'en');
    expect(clickOn('thank:sam')).toBeNull();
  });
});

describe('Yelp in six languages (one reviews page per language; labels unverified)', () => {
  const LABELS = {
    es: { thank: 'Agradecer', comment: 'Comentar', dm: 'Mensaje directo', send: 'Enviar' },
    fr: { thank: 'Remercier', comment: 'Commenter', dm: 'Message direct', send: 'Envoyer' },
    de: { thank: 'Danken', comment: 'Kommentieren', dm: 'Direktnachricht', send: 'Senden' },
    pt: { thank: 'Agradecer', comment: 'Comentar', dm: 'Mensagem direta', send: 'Enviar' },
    it: { thank: 'Ringrazia', comment: 'Commenta', dm: 'Messaggio diretto', send: 'Invia' },
  } as const;
  const SAM = { name: 'Sam L.' };
  const ROBIN = { name: 'Robin P.' };

  it('the site names the languages it has tables for', () => {
    expect(yelpSite.labels.languages).toEqual(['en', 'es', 'fr', 'de', 'pt', 'it']);
  });

  it.each(Object.entries(YELP_LANGUAGE_PAGES))('%s (%s): each card button, the menu item, and both Sends', (lang, page) => {
    const l = LABELS[lang as keyof typeof LABELS];
    open(page);
    expect(clickOn('thank:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: l.thank,
      step: 'send',
      audience: 'private',
      person: SAM,
    });
    expect(clickOn('open-comment:sam')).toMatchObject({ control: l.comment, step: 'open', audience: 'public', person: SAM });
    expect(clickOn('open-message:sam')).toMatchObject({ control: l.dm, step: 'open', audience: 'private', person: SAM });
    // Direct message as an item of the card's "…" menu counts like the button.
    expect(clickOn('open-message:robin')).toMatchObject({ control: l.dm, step: 'open', audience: 'private', person: ROBIN });
    fill(doc.querySelector('[data-card="sam"] textarea') as Element, 'Merci');
    expect(clickOn('comment:sam')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: l.send,
      draft: 'Merci',
      step: 'send',
      audience: 'public',
      person: SAM,
    });
    fill(doc.querySelector('[data-card="robin"] textarea') as Element, 'Bitte');
    expect(click(yelp, innermost(doc.querySelector('[data-card="robin"] button[type="submit"]') as Element))).toMatchObject({
      kind: 'review.respond',
      control: l.send,
      draft: 'Bitte',
      audience: 'private',
      person: ROBIN,
    });
    expect(clickOn('thank:robin')).toMatchObject({ control: l.thank, person: ROBIN });
    for (const action of ['cancel:sam', 'more:robin', 'report:robin']) expect(clickOn(action), action).toBeNull();
  });

  it('a page in a language without a table: only the English labels count (the guard reports the language)', () => {
    open('biz-reviews-it.html');
    doc.documentElement.setAttribute('lang', 'nl');
    expect(clickOn('thank:sam')).toBeNull();
  });
});

describe('yelp.com as it was saved in 2025 (www-business-2025: review regions, y-css classes)', () => {
  it('"Respond publicly" answers the review of its region, named by the region’s label', () => {
    open('www-business-2025.html');
    expect(clickOn('respond:taylor')).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Respond publicly',
      step: 'open',
      audience: 'public',
      person: { name: 'Taylor K.' },
    });
  });

  it('reactions (label twice, once aria-hidden), the owner’s response, Save and Write a review are not guarded', () => {
    open('www-business-2025.html');
    for (const action of [
      'helpful:sam',
      'thanks:sam',
      'love:sam',
      'oh-no:sam',
      'helpful:taylor',
      'thanks:taylor',
      'read-more:owner',
      'save-biz',
      'write-review',
    ]) {
      expect(clickOn(action), action).toBeNull();
    }
  });
});

describe('Yelp for Business Inbox (unverified markup)', () => {
  it('Send in a customer’s thread is a message to that customer, with the draft', () => {
    open('biz-inbox.html');
    fill(doc.querySelector('textarea') as Element, 'Yes, Tuesdays until 8.');
    const send = doc.querySelector('[data-thread] button[type="submit"]') as Element;
    expect(click(yelp, innermost(send))).toEqual({
      kind: 'message',
      platform: 'yelp',
      control: 'Send',
      draft: 'Yes, Tuesdays until 8.',
      step: 'send',
      person: { name: 'Sam L.' },
    });
    // The form's submit that follows the click is not counted twice.
    expect(submit(yelp, send.closest('form') as HTMLFormElement, send as HTMLElement)).toBeNull();
  });

  it('Send in a thread about a review is a private response to that review, to its reviewer', () => {
    open('biz-inbox-review.html');
    fill(doc.querySelector('textarea') as Element, 'Please call the office.');
    expect(click(yelp, innermost(doc.querySelector('[data-thread] button[type="submit"]') as Element))).toEqual({
      kind: 'review.respond',
      platform: 'yelp',
      control: 'Send',
      draft: 'Please call the office.',
      step: 'send',
      audience: 'private',
      person: { name: 'Robin P.' },
    });
  });

  it('the conversation list, the attachment button, the review link and navigation are not guarded; Enter is a newline', () => {
    for (const page of ['biz-inbox.html', 'biz-inbox-review.html'] as const) {
      open(page);
      const key = page === 'biz-inbox.html' ? 'sam' : 'robin';
      for (const action of ['open-thread:sam', 'open-thread:robin', `attach:${key}`, 'nav:home', 'nav:reviews']) {
        expect(clickOn(action), `${page} ${action}`).toBeNull();
      }
      expect(enter(yelp, doc.querySelector('textarea') as Element)).toBeNull();
    }
    open('biz-inbox-review.html');
    expect(clickOn('view-review:robin')).toBeNull();
  });
});

describe('Yelp reviewers against the client list', () => {
  const clients: Client[] = [
    { id: 'c-sam', name: 'Sam Lee', aliases: [], handles: {} },
    {
      id: 'c-robin',
      name: 'Robin Park',
      aliases: [],
      handles: { yelp: (normaliseHandle('yelp', 'Robin P.') as { handle: string }).handle },
    },
  ];
  const matcher = new ClientMatcher(clients);

  it('"Sam L." is a possible match for the client Sam Lee, "Robin P." an exact one by yelp name, "Taylor K." none', () => {
    open('biz-reviews.html');
    expect(matcher.matchPerson('yelp', clickOn('thank:sam')?.person)).toEqual({ clientId: 'c-sam', certainty: 'possible', via: 'initial' });
    expect(matcher.matchPerson('yelp', clickOn('thank:robin')?.person)).toEqual({ clientId: 'c-robin', certainty: 'exact', via: 'handle' });
    expect(matcher.matchPerson('yelp', clickOn('thank:taylor')?.person)).toBeNull();
  });
});
