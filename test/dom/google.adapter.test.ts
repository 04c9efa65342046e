import { describe, expect, it } from 'vitest';
import { normaliseHandle } from '../../src/clients/handles';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import { google } from '../../src/sites/google/index';
import { googleSite } from '../../src/sites/google/site';
import { GOOGLE_LANGUAGE_PAGES, type GooglePage, loadGoogle } from './support/google-pages';
import { byAction, click, enter, fill, innermost, submit } from './support/recognise';

/**
 * The Google adapter on the fixture pages: the owner's Reply and Edit on a review open a public response to that
 * review, the reply box's Post / Reply sends it with its draft; the reviewer is read from the review (display name
 * and contributor id). Like, Helpful, Share, Flag, Delete, Sort, More and navigation are left alone.
 */

let doc: Document;
const open = (page: GooglePage) => {
  doc = loadGoogle(page);
  return doc;
};
const at = (action: string) => byAction(doc, action);
const clickOn = (action: string) => click(google, innermost(at(action)));
const fieldOf = (card: string) =>
  doc.querySelector(`[data-card="${card}"] textarea, [data-card="${card}"] [contenteditable="true"]`) as Element;

const SAM = { name: 'Sam L.', handle: '103482915577201938475' };
const ROBIN = { name: 'Robin Park', handle: '112233445566778899001' };
const TAYLOR = { name: 'Taylor Kim', handle: '109876543210987654321' };
const JORDAN = { name: 'Jordan S.', handle: '115555666677778888999' };
const opened = (control: string, person: object) => ({
  kind: 'review.respond',
  platform: 'google',
  control,
  step: 'open',
  audience: 'public',
  person,
});
const sent = (control: string, draft: string, person: object) => ({
  kind: 'review.respond',
  platform: 'google',
  control,
  draft,
  step: 'send',
  audience: 'public',
  person,
});

describe('Google Maps (the owner on a place page)', () => {
  it('"Reply" on a review opens a public response to its reviewer, named by the card and its contributor id', () => {
    open('maps-place.html');
    expect(clickOn('open-reply:sam')).toEqual(opened('Reply', SAM));
    expect(clickOn('open-reply:robin')).toEqual(opened('Reply', ROBIN));
  });

  it('"Post" in the open box sends the draft; "Edit" reopens an earlier reply', () => {
    open('maps-place.html');
    fill(fieldOf('sam'), 'Thank you for your kind words.');
    expect(clickOn('post:sam')).toEqual(sent('Post', 'Thank you for your kind words.', SAM));
    expect(clickOn('edit:jordan')).toEqual(opened('Edit', JORDAN));
  });

  it("a Reply whose icon is an icon font's private-use glyph is still Reply", () => {
    open('maps-place.html');
    expect(clickOn('open-reply:robin')).toEqual(opened('Reply', ROBIN));
    expect(click(google, at('open-reply:robin'))).toEqual(opened('Reply', ROBIN));
  });

  it('"Edit reply" in a review\'s menu (rendered at the end of the page) reopens the reply to that review\'s reviewer', () => {
    open('maps-place.html');
    expect(clickOn('menu-edit:jordan')).toEqual(opened('Edit reply', JORDAN));
    expect(clickOn('menu-delete:jordan')).toBeNull();
    expect(clickOn('menu-report:jordan')).toBeNull();
    // A menu whose opener is no review's (Sort) is no review's either.
    at('actions:jordan').setAttribute('aria-expanded', 'false');
    at('sort').setAttribute('aria-haspopup', 'menu');
    at('sort').setAttribute('aria-expanded', 'true');
    expect(clickOn('menu-edit:jordan')).toBeNull();
  });

  it('Like, Share, the review menu, More, Cancel, Delete, Sort, the tabs, the reviewer links and More reviews are not guarded', () => {
    open('maps-place.html');
    for (const action of [
      'like:sam',
      'share:sam',
      'actions:sam',
      'actions:jordan',
      'more:sam',
      'cancel:sam',
      'delete:jordan',
      'sort',
      'search-reviews',
      'tab:overview',
      'tab:reviews',
      'profile-photo:sam',
      'profile-name:sam',
      'like:robin',
      'more-reviews',
    ]) {
      expect(clickOn(action), action).toBeNull();
    }
  });

  it('the same review on another page of www.google.com (not Search or Maps) is not guarded', () => {
    open('maps-place.html');
    (doc.defaultView as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://www.google.com/travel/hotels/entity/x/reviews',
    );
    expect(clickOn('open-reply:sam')).toBeNull();
    expect(clickOn('post:sam')).toBeNull();
  });

  it('Enter in the reply box is a newline, not a send', () => {
    open('maps-place.html');
    fill(fieldOf('sam'), 'Thank you');
    expect(enter(google, fieldOf('sam'))).toBeNull();
  });
});

describe("Google Search (the owner's Business Profile panel, reviews in a dialog)", () => {
  it('"Reply" on a review opens; the box\'s own "Reply" sends its contenteditable draft', () => {
    open('search-reviews.html');
    expect(clickOn('open-reply:taylor')).toEqual(opened('Reply', TAYLOR));
    // The box is open under Sam L.'s review: its opener and its send carry the same word.
    expect(clickOn('open-reply:sam')).toEqual(opened('Reply', SAM));
    fill(fieldOf('sam'), 'Thank you.');
    expect(clickOn('reply:sam')).toEqual(sent('Reply', 'Thank you.', SAM));
  });

  it('"Edit" under the owner\'s response reopens it for that reviewer (a relative contributor link counts too)', () => {
    open('search-reviews.html');
    expect(clickOn('edit:robin')).toEqual(opened('Edit', ROBIN));
  });

  it("Helpful, Share, Flag, Delete, More, Sort, Close, More Google reviews, Read reviews, the search box and the feedback dialog's Submit are not guarded", () => {
    open('search-reviews.html');
    fill(doc.querySelector('[aria-label="Describe your feedback"]') as Element, 'Reply is slow');
    for (const action of [
      'helpful:sam',
      'share:sam',
      'flag:sam',
      'cancel:sam',
      'delete:robin',
      'helpful:robin',
      'show-more:taylor',
      'sort',
      'close',
      'more-reviews',
      'read-reviews',
      'nav:business',
      'profile:sam',
      'search',
      'feedback:submit',
    ]) {
      expect(clickOn(action), action).toBeNull();
    }
  });

  it('a "Reply" outside any review (or in a list of several reviewers) is not guarded', () => {
    open('search-reviews.html');
    const stray = doc.createElement('div');
    stray.setAttribute('role', 'button');
    stray.textContent = 'Reply';
    doc.querySelector('.gws-localreviews__general-reviews-block')?.append(stray);
    expect(click(google, stray)).toBeNull();
    doc.querySelector('#rhs')?.append(stray);
    expect(click(google, stray)).toBeNull();
  });
});

describe('business.google.com reviews', () => {
  it('the reply form\'s "Reply" submit sends the draft; the form\'s submit that follows is not counted twice', () => {
    open('business-reviews.html');
    fill(fieldOf('sam'), 'Thank you for your feedback.');
    const form = at('reply-form:sam') as HTMLFormElement;
    const send = form.querySelector('button[type="submit"]') as HTMLButtonElement;
    expect(click(google, innermost(send))).toEqual(sent('Reply', 'Thank you for your feedback.', SAM));
    expect(submit(google, form, send)).toBeNull();
    expect(submit(google, form, null)).toBeNull();
  });

  it('a reply form submitted by a button we do not know by name is recognised from the form', () => {
    open('business-reviews.html');
    fill(fieldOf('sam'), 'Thank you.');
    const form = at('reply-form:sam') as HTMLFormElement;
    const other = doc.createElement('button');
    other.type = 'submit';
    other.textContent = 'Send reply';
    form.append(other);
    expect(submit(google, form, other)).toEqual(sent('Send reply', 'Thank you.', SAM));
  });

  it('"Reply" on an unanswered review and "Edit" on an answered one open a response to that reviewer', () => {
    open('business-reviews.html');
    expect(clickOn('open-reply:taylor')).toEqual(opened('Reply', TAYLOR));
    expect(clickOn('edit:robin')).toEqual(opened('Edit', ROBIN));
  });

  it('a Reply whose icon is a ligature ("reply") or whose aria-label says more ("Reply to Taylor Kim") is still Reply', () => {
    open('business-reviews.html');
    // The fixture's Reply and Edit lead with a Material icon: its word is text in an aria-hidden element.
    expect(clickOn('open-reply:taylor')).toEqual(opened('Reply', TAYLOR));
    at('open-reply:taylor').setAttribute('aria-label', 'Reply to Taylor Kim');
    expect(clickOn('open-reply:taylor')).toEqual(opened('Reply', TAYLOR));
    // Delete with the same icon shape stays a pass.
    at('delete:robin').insertAdjacentHTML('afterbegin', '<i aria-hidden="true">delete</i>');
    expect(clickOn('delete:robin')).toBeNull();
  });

  it('Share, Report, Cancel, Delete, the tabs (Replied, Unreplied), Show more, navigation and the reviewer links are not guarded', () => {
    open('business-reviews.html');
    for (const action of [
      'share:sam',
      'flag:sam',
      'cancel:sam',
      'delete:robin',
      'share:taylor',
      'tab:all',
      'tab:replied',
      'tab:unreplied',
      'show-more',
      'nav:locations',
      'profile:sam',
      'profile:robin',
    ]) {
      expect(clickOn(action), action).toBeNull();
    }
  });

  it('Enter in the reply box is a newline', () => {
    open('business-reviews.html');
    fill(fieldOf('sam'), 'Thanks');
    expect(enter(google, fieldOf('sam'))).toBeNull();
  });
});

describe('Google in six languages (one reviews list per language; labels unverified)', () => {
  const LABELS = {
    es: { reply: 'Responder', edit: 'Editar' },
    fr: { reply: 'Répondre', edit: 'Modifier' },
    de: { reply: 'Antworten', edit: 'Bearbeiten' },
    pt: { reply: 'Responder', edit: 'Editar' },
    it: { reply: 'Rispondi', edit: 'Modifica' },
  } as const;

  it('the site names the languages it has tables for', () => {
    expect(googleSite.labels.languages).toEqual(['en', 'es', 'fr', 'de', 'pt', 'it']);
  });

  it.each(Object.entries(GOOGLE_LANGUAGE_PAGES))("%s (%s): Reply, Edit and the form's send", (lang, page) => {
    const l = LABELS[lang as keyof typeof LABELS];
    open(page);
    expect(clickOn('open-reply:sam')).toEqual(opened(l.reply, SAM));
    expect(clickOn('edit:robin')).toEqual(opened(l.edit, ROBIN));
    fill(fieldOf('taylor'), 'Merci');
    const send = doc.querySelector('[data-card="taylor"] button[type="submit"]') as Element;
    expect(click(google, innermost(send))).toEqual(sent(l.reply, 'Merci', TAYLOR));
    for (const action of ['share:sam', 'delete:robin', 'cancel:taylor', 'show-more', 'profile:sam'])
      expect(clickOn(action), action).toBeNull();
  });

  it('a page in a language without a table: only the English labels count (the guard reports the language)', () => {
    open('business-reviews-it.html');
    doc.documentElement.setAttribute('lang', 'nl');
    expect(clickOn('open-reply:sam')).toBeNull();
  });
});

describe('Google reviewers against the client list', () => {
  const clients: Client[] = [
    { id: 'c-sam', name: 'Sam Lee', aliases: [], handles: {} },
    {
      id: 'c-robin',
      name: 'Robin Park',
      aliases: [],
      handles: {
        google: (normaliseHandle('google', 'https://www.google.com/maps/contrib/112233445566778899001/reviews') as { handle: string })
          .handle,
      },
    },
  ];
  const matcher = new ClientMatcher(clients);

  it('"Sam L." is a possible match for Sam Lee; Robin Park an exact one by contributor id; Taylor Kim none', () => {
    open('business-reviews.html');
    fill(fieldOf('sam'), 'Thanks');
    const samSend = click(google, innermost(doc.querySelector('[data-card="sam"] button[type="submit"]') as Element));
    expect(matcher.matchPerson('google', samSend?.person)).toEqual({ clientId: 'c-sam', certainty: 'possible', via: 'initial' });
    expect(matcher.matchPerson('google', clickOn('edit:robin')?.person)).toMatchObject({
      clientId: 'c-robin',
      certainty: 'exact',
      via: 'handle',
    });
    expect(matcher.matchPerson('google', clickOn('open-reply:taylor')?.person)).toBeNull();
  });
});
