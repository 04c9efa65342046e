import { describe, expect, it } from 'vitest';
import { normaliseHandle } from '../../src/clients/handles';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import { yelp } from '../../src/sites/yelp/index';
import { byAction, click, enter, fill, innermost, submit } from './support/recognise';
import { loadYelp, type YelpPage } from './support/yelp-pages';

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
