import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  chooseFF,
  editorTextFF,
  type FirefoxSession,
  type FixtureRecordFF,
  firefoxExtensionDir,
  fixtureRecordFF,
  readReminderFF,
  reminderShownFF,
  settleFF,
  startFirefoxSession,
  waitForAppFF,
  waitForReminderFF,
} from './support/firefox';
import { FIXTURES_DIR, withHarness } from './support/server';

/**
 * The Firefox build in Debian's firefox-esr, over WebDriver BiDi: the same
 * Facebook fixtures and harness as in Chromium. What differs in Firefox is the
 * content script's world (Xray wrappers around page objects), so these cases
 * exercise every path across it: the shadow-root reminder the page can read,
 * capture listeners on window, a re-dispatched click and a re-sent Enter.
 */

/** The badge when only the name matched: the page's link names a profile the list does not hold (issue 11). */
const SAME_NAME = 'Same name as someone on your client list';

const CLIENTS = [
  'name,aliases,facebook,x,instagram,yelp,linkedin',
  '"María José Pérez","María Pérez; Maria Perez",https://www.facebook.com/profile.php?id=100001234567890,@maria_perez,https://www.instagram.com/maria.perez/,,linkedin.com/in/maria-perez-4b1a2c',
  'Robin Park,,,,,Robin P.,',
  '',
].join('\r\n');

let s: FirefoxSession;
const pages: Page[] = [];

async function open(url: string): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

/** Types into an editor the way a person does: focus it, then keys; the guard reads the draft at send time. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.keyboard.type(text);
}

describe('Firefox: the built add-on on the fixture pages', () => {
  beforeAll(async () => {
    s = await startFirefoxSession({ certDir: inject('e2eCertDir') });
    expect(await s.importClients(CLIENTS)).toMatch(/Imported 2 clients/);
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close().catch(() => {});
  });
  afterAll(async () => {
    await s?.close();
  });

  it('installs under the stable add-on id from the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(firefoxExtensionDir(), 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(s.addonId).toBe(manifest.browser_specific_settings.gecko.id);
  });

  it('accepting a friend request: Stop means the page never sees the click, Proceed lets it happen once', async () => {
    const page = await open('https://www.facebook.com/friends/');
    const confirm = '[data-card="maria"] [aria-label="Confirm"]';

    await page.click(confirm);
    const view = await waitForReminderFF(page);
    expect(view).toMatchObject({ role: 'alertdialog', modal: 'true', focused: 'stop', badge: 'On your client list' });
    expect(view.who).toContain('María José Pérez');
    expect(view.choices).toEqual(['proceed', 'stop']);
    await chooseFF(page, 'stop');
    expect(await fixtureRecordFF(page)).toEqual({ actions: [], seen: [] });

    await page.click(confirm);
    await waitForReminderFF(page);
    await chooseFF(page, 'proceed');
    expect(await fixtureRecordFF(page)).toEqual({ actions: ['accept:maria'], seen: ['click:accept:maria'] });
    expect(await reminderShownFF(page)).toBe(false);
  });

  it('Escape on the reminder stops too', async () => {
    const page = await open('https://www.facebook.com/friends/');
    await page.click('[data-card="jordan"] [aria-label="Confirm"]');
    await waitForReminderFF(page);
    await page.keyboard.press('Escape');
    expect(await reminderShownFF(page)).toBe(false);
    expect(await fixtureRecordFF(page)).toEqual({ actions: [], seen: [] });
  });

  it('the page sees a bare <div>, and its clicks and keys at it, the document and the window answer nothing', async () => {
    const page = await open('https://www.facebook.com/friends/');
    await page.click('[data-card="maria"] [aria-label="Confirm"]');
    const view = await waitForReminderFF(page);
    const seen = await page.evaluate(() => {
      const host = document.body.lastElementChild as HTMLElement;
      const seen = {
        tag: host.localName,
        attributes: host.attributes.length,
        text: host.textContent,
        shadowRoot: host.shadowRoot === null,
      };
      for (const target of [host, document, window]) {
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
        for (const key of ['Enter', 'Escape', ' ']) {
          target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
        }
      }
      host.click();
      (document.activeElement as HTMLElement | null)?.blur();
      return seen;
    });
    expect(seen).toEqual({ tag: 'div', attributes: 0, text: '', shadowRoot: true });
    await settleFF(page);
    expect(await readReminderFF(page)).toEqual(view);
    expect(await fixtureRecordFF(page)).toEqual({ actions: [], seen: [] });
    await chooseFF(page, 'stop');
    expect(await fixtureRecordFF(page)).toEqual({ actions: [], seen: [] });
  });

  it('Follow on a stranger is not guarded: no reminder, the page gets the click', async () => {
    const page = await open('https://www.facebook.com/alex.kim.9');
    await page.click('[aria-label="Follow"]');
    expect(await reminderShownFF(page)).toBe(false);
    expect(await fixtureRecordFF(page)).toEqual({ actions: ['follow:alex'], seen: ['click:follow:alex'] });
  });

  it("a comment on a client's post sent with Enter: Stop keeps the draft, Proceed sends it once", async () => {
    const page = await open('https://www.facebook.com/');
    const editor = '[data-post="maria"] .comment-composer [contenteditable="true"]';
    await typeInto(page, editor, 'Thinking of you');
    await page.keyboard.press('Enter');
    const view = await waitForReminderFF(page);
    // The post's author links to /maria.perez and the list holds her profile id: a match on the name alone.
    expect(view.badge).toBe(SAME_NAME);
    await chooseFF(page, 'stop');
    expect((await fixtureRecordFF(page)).actions).toEqual([]);
    expect(await page.$eval(editor, (e) => e.textContent?.trim())).toBe('Thinking of you');

    await page.focus(editor);
    await page.keyboard.press('Enter');
    await waitForReminderFF(page);
    await chooseFF(page, 'proceed');
    expect((await fixtureRecordFF(page)).actions).toEqual(['send-comment:post-maria=Thinking of you']);
    expect(await reminderShownFF(page)).toBe(false);
  });

  it('a Messenger message to a client: Stop sends nothing, Proceed sends the draft once', async () => {
    const page = await open('https://www.facebook.com/messages/t/100001234567890');
    const editor = '[role="main"] [contenteditable="true"][aria-label="Message"]';
    await typeInto(page, editor, 'See you Tuesday');
    await page.keyboard.press('Enter');
    expect((await waitForReminderFF(page)).badge).toBe('On your client list');
    await chooseFF(page, 'stop');
    expect((await fixtureRecordFF(page)).actions).toEqual([]);

    await page.focus(editor);
    await page.keyboard.press('Enter');
    await waitForReminderFF(page);
    await chooseFF(page, 'proceed');
    expect((await fixtureRecordFF(page)).actions).toEqual(['message:maria=See you Tuesday']);
  });

  describe('X on a React page with a real Draft.js composer (test/e2e/pages/x/status.tsx)', () => {
    const DRAFT_PAGE = 'https://x.com/maria_perez/status/1790000000000000002';
    const editor = '[data-testid="tweetTextarea_0"]';

    async function openDraftPage(): Promise<Page> {
      const page = await open(DRAFT_PAGE);
      await waitForAppFF(page);
      return page;
    }

    async function ctrlEnter(page: Page): Promise<void> {
      await page.keyboard.down('Control');
      await page.keyboard.press('Enter');
      await page.keyboard.up('Control');
    }

    it('Ctrl+Enter on a client’s post: Stop leaves Draft’s EditorState as it was; Proceed sends it once, through the send button', async () => {
      const page = await openDraftPage();
      await typeInto(page, editor, 'Thinking of you');
      expect(await editorTextFF(page, editor)).toBe('Thinking of you');
      await ctrlEnter(page);
      const view = await waitForReminderFF(page);
      expect(view.badge).toBe('On your client list');
      expect(view.who).toContain('@maria_perez');
      await chooseFF(page, 'stop');
      expect((await fixtureRecordFF(page)).actions).toEqual([]);
      expect(await editorTextFF(page, editor)).toBe('Thinking of you');

      await page.focus(editor);
      await ctrlEnter(page);
      await waitForReminderFF(page);
      await chooseFF(page, 'proceed');
      expect((await fixtureRecordFF(page)).actions).toEqual(['reply:maria=Thinking of you']);
      expect(await editorTextFF(page, editor)).toBe('');
      expect(await reminderShownFF(page)).toBe(false);
    });

    it('the Reply button: Stop sends nothing; Proceed sends the EditorState’s text once; Ctrl+Enter in the empty composer sends nothing', async () => {
      const page = await openDraftPage();
      await typeInto(page, editor, 'Here if you need anything');
      await page.click('[data-testid="tweetButtonInline"]');
      await waitForReminderFF(page);
      await chooseFF(page, 'stop');
      expect((await fixtureRecordFF(page)).actions).toEqual([]);

      await page.click('[data-testid="tweetButtonInline"]');
      await waitForReminderFF(page);
      await chooseFF(page, 'proceed');
      expect((await fixtureRecordFF(page)).actions).toEqual(['reply:maria=Here if you need anything']);

      await page.focus(editor);
      await ctrlEnter(page);
      await settleFF(page);
      expect(await reminderShownFF(page)).toBe(false);
      expect((await fixtureRecordFF(page)).actions).toEqual(['reply:maria=Here if you need anything']);
    });
  });

  it('a message to someone not on the client list goes through without a reminder', async () => {
    const page = await open('https://www.facebook.com/messages/t/100007777777777');
    const editor = '[role="main"] [contenteditable="true"]';
    await typeInto(page, editor, 'Hello');
    await page.keyboard.press('Enter');
    expect(await readReminderFF(page)).toBeNull();
    expect((await fixtureRecordFF(page)).actions).toHaveLength(1);
  });

  /**
   * One case per other platform, each taking a path the Facebook cases do not: a modifier key (Ctrl+Enter),
   * Proceed by clicking the site's own send button (an adapter's replayTarget), and a send that submits a form.
   */
  const OTHER_PLATFORMS: Array<{
    name: string;
    url: string;
    draft: { into: string; text: string };
    act: { keys: string[] } | { click: string };
    happens: string;
    events: string[];
  }> = [
    {
      name: 'X: Ctrl+Enter in the reply dialog of a client’s post (Proceed clicks Reply)',
      url: 'https://x.com/compose/post',
      draft: { into: '[data-fixture-action="reply-send:maria"][data-fixture-enter]', text: 'Thinking of you' },
      act: { keys: ['Control', 'Enter'] },
      happens: 'reply-send:maria=Thinking of you',
      events: ['click:reply-send:maria'],
    },
    {
      name: 'Instagram: Enter in the comment field of a client’s post (Proceed clicks Post, which submits the form)',
      url: 'https://www.instagram.com/p/C0ABC123/',
      draft: { into: 'textarea[data-fixture-action="comment:post-maria"]', text: 'Sending strength' },
      act: { keys: ['Enter'] },
      happens: 'comment:post-maria=Sending strength',
      events: ['click:comment:post-maria', 'submit:comment:post-maria'],
    },
    {
      name: 'Yelp for Business: Send of a direct message to "Robin P." (a client by Yelp name)',
      url: 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews',
      draft: { into: '[data-fixture-action="message:robin"] textarea', text: 'Please call the office.' },
      act: { click: '[data-fixture-action="message:robin"] button[type="submit"]' },
      happens: 'message:robin=Please call the office.',
      events: ['click:message:robin', 'submit:message:robin'],
    },
    {
      name: 'LinkedIn: Enter in the message box of a conversation with a client (a contenteditable in a form)',
      url: 'https://www.linkedin.com/messaging/thread/2-OWE0ZTk/',
      draft: { into: '[data-fixture-action="message:maria"]', text: 'Friday works.' },
      act: { keys: ['Enter'] },
      happens: 'message:maria=Friday works.',
      events: ['keydown:message:maria'],
    },
    {
      name: 'LinkedIn: the Send submit button of that conversation',
      url: 'https://www.linkedin.com/messaging/thread/2-OWE0ZTk/',
      draft: { into: '[data-fixture-action="message:maria"]', text: 'Friday works.' },
      act: { click: '[data-fixture-action="send:maria"]' },
      happens: 'send:maria=Friday works.',
      events: ['click:send:maria'],
    },
  ];

  /** Does the case's act; returns what the page had recorded just before the guarded event (a modifier's own keydown is the page's). */
  async function perform(page: Page, act: { keys: string[] } | { click: string }, editor: string): Promise<FixtureRecordFF> {
    if ('click' in act) {
      const before = await fixtureRecordFF(page);
      await page.click(act.click);
      return before;
    }
    await page.focus(editor);
    const key = act.keys.at(-1) as KeyInput;
    const modifiers = act.keys.slice(0, -1) as KeyInput[];
    for (const m of modifiers) await page.keyboard.down(m);
    const before = await fixtureRecordFF(page);
    await page.keyboard.press(key);
    for (const m of modifiers.reverse()) await page.keyboard.up(m);
    return before;
  }

  it.each(OTHER_PLATFORMS.map((c) => [c.name, c]))('%s: Stop keeps it from the page, Proceed does it once', async (_, c) => {
    const page = await open(c.url);
    await typeInto(page, c.draft.into, c.draft.text);

    const beforeStop = await perform(page, c.act, c.draft.into);
    expect((await waitForReminderFF(page)).badge).toBe('On your client list');
    await chooseFF(page, 'stop');
    expect(await fixtureRecordFF(page)).toEqual(beforeStop);
    expect(await page.$eval(c.draft.into, (e) => ('value' in e ? (e as HTMLTextAreaElement).value : e.textContent)?.trim())).toBe(
      c.draft.text,
    );

    const before = await perform(page, c.act, c.draft.into);
    await waitForReminderFF(page);
    await chooseFF(page, 'proceed');
    const after = await fixtureRecordFF(page);
    expect(after.actions).toEqual([...before.actions, c.happens]);
    expect(after.seen).toEqual([...before.seen, ...c.events]);
    expect(await reminderShownFF(page)).toBe(false);
  });

  /**
   * Pages like the live ones (test/e2e/pages/): React 19 handles the events, Lexical holds the drafts and sends
   * on Enter through the app's KEY_ENTER_COMMAND handler. Asserted on the app's sent list (React state) and the
   * Lexical editor state, across Firefox's Xray boundary.
   */
  const LEXICAL: Array<{ name: string; url: string; editor: string; text: string; happens: string; badge?: string }> = [
    {
      name: 'Facebook: Enter in a “Comment as NAME” Lexical composer under a client’s post',
      url: 'https://www.facebook.com/home.php',
      editor: '[data-e2e="comment:maria"]',
      text: 'So proud of you',
      happens: 'comment:maria=So proud of you',
      // The post names its author by a profile link that is not the id on the list: the name alone matches.
      badge: SAME_NAME,
    },
    {
      name: 'Facebook: Enter in the Lexical chat tab to a client',
      url: 'https://www.facebook.com/home.php?locale=fr',
      editor: '[data-e2e="message:maria"]',
      text: 'À mardi',
      happens: 'message:maria=À mardi',
    },
    {
      name: 'Instagram: Enter in the Direct composer (Lexical div[role=textbox]) to a client',
      url: 'https://www.instagram.com/direct/t/340282366841710300949128999/',
      editor: '[data-e2e="message:maria"]',
      text: 'See you Tuesday',
      happens: 'message:maria=See you Tuesday',
    },
  ];

  it.each(LEXICAL.map((c) => [c.name, c]))('%s: Stop leaves the editor state as it was, Proceed sends it once', async (_, c) => {
    const page = await open(c.url);
    await waitForAppFF(page);
    await typeInto(page, c.editor, c.text);
    await page.keyboard.press('Enter');
    expect((await waitForReminderFF(page)).badge).toBe(c.badge ?? 'On your client list');
    await chooseFF(page, 'stop');
    expect((await fixtureRecordFF(page)).actions).toEqual([]);
    expect(await editorTextFF(page, c.editor)).toBe(c.text);

    await page.focus(c.editor);
    await page.keyboard.press('Enter');
    await waitForReminderFF(page);
    await chooseFF(page, 'proceed');
    await page.waitForFunction(
      (n) => (window as unknown as { __app: { record(): { sent: string[] } } }).__app.record().sent.length >= n,
      {},
      1,
    );
    expect((await fixtureRecordFF(page)).actions).toEqual([c.happens]);
    expect(await editorTextFF(page, c.editor)).toBe('');
    expect(await reminderShownFF(page)).toBe(false);
  });

  describe('Google Business Profile reviews (Robin Park is on the list by name only: Google shows a contributor id)', () => {
    it('business.google.com: Edit of the reply to Robin Park: Stop keeps it from the page, Proceed does it once', async () => {
      const page = await open('https://business.google.com/reviews');
      await page.click('[data-fixture-action="edit:robin"]');
      const view = await waitForReminderFF(page);
      expect(view.badge).toBe(SAME_NAME);
      expect(view.who).toContain('Robin Park');
      await chooseFF(page, 'stop');
      expect(await fixtureRecordFF(page)).toEqual({ actions: [], seen: [] });
      await page.click('[data-fixture-action="edit:robin"]');
      await waitForReminderFF(page);
      await chooseFF(page, 'proceed');
      expect(await fixtureRecordFF(page)).toEqual({ actions: ['edit:robin'], seen: ['click:edit:robin'] });
      expect(await reminderShownFF(page)).toBe(false);
    });

    it('React: Edit (Proceed), then the form React renders is submitted once, without a second reminder', async () => {
      const page = await open('https://business.google.com/n/4471203958812754032/reviews');
      await waitForAppFF(page);
      await page.click('[data-e2e="edit:robin"]');
      await waitForReminderFF(page);
      await chooseFF(page, 'proceed');
      const field = '[data-e2e="reply-field:robin"]';
      await page.waitForSelector(field);
      // The form opens with the earlier reply in it: type after it, as a person editing it would.
      await page.$eval(field, (el) => (el as HTMLTextAreaElement).setSelectionRange(1e4, 1e4));
      await typeInto(page, field, ' Please call us.');
      await page.click('[data-e2e="reply-form:robin"] button[type="submit"]');
      await page.waitForFunction(() => (window as unknown as { __app: { record(): { sent: string[] } } }).__app.record().sent.length >= 2);
      expect((await fixtureRecordFF(page)).actions).toEqual(['edit:robin', 'reply:robin=We are sorry to hear that. Please call us.']);
      expect(await reminderShownFF(page)).toBe(false);
    });

    it('Maps: Like passes untouched', async () => {
      const page = await open('https://www.google.com/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z');
      await page.click('[data-fixture-action="like:robin"]');
      await settleFF(page);
      expect(await reminderShownFF(page)).toBe(false);
      expect(await fixtureRecordFF(page)).toEqual({ actions: ['like:robin'], seen: ['click:like:robin'] });
    });
  });

  it('Facebook: Confirm in the notifications jewel (React, with the aria-hidden clone): Stop, then Proceed once', async () => {
    const page = await open('https://www.facebook.com/home.php');
    await waitForAppFF(page);
    await page.click('[data-e2e="jewel"]');
    await page.click('[data-e2e="accept:maria"]');
    expect((await waitForReminderFF(page)).who).toContain('María José Pérez');
    await chooseFF(page, 'stop');
    expect((await fixtureRecordFF(page)).actions).toEqual([]);
    await page.click('[data-e2e="accept:maria"]');
    await waitForReminderFF(page);
    await chooseFF(page, 'proceed');
    await page.waitForFunction(() => (window as unknown as { __app: { record(): { sent: string[] } } }).__app.record().sent.length > 0);
    expect((await fixtureRecordFF(page)).actions).toEqual(['accept:maria']);
  });

  it('on a page whose CSP forbids inline styles, the reminder is still a styled modal in view', async () => {
    const url = 'https://www.facebook.com/friends/';
    const html = withHarness(readFileSync(join(FIXTURES_DIR, 'facebook/friends.html'), 'utf8'));
    const page = await s.browser.newPage();
    pages.push(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() !== url) return void request.continue();
      void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "default-src 'self'; style-src 'self'" },
        body: html,
      });
    });
    await page.goto(url);
    // The policy is in force: a <style> the page itself inserts is refused.
    const pageStyleApplied = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 3px solid red }';
      document.head.append(style);
      return getComputedStyle(document.body).outlineStyle === 'solid';
    });
    expect(pageStyleApplied).toBe(false);

    await page.click('[data-card="maria"] [aria-label="Confirm"]');
    await waitForReminderFF(page);
    const view = await readReminderFF(page);
    expect({ position: view?.position, inView: view?.inView }).toEqual({ position: 'fixed', inView: true });
    await chooseFF(page, 'stop');
    expect(await fixtureRecordFF(page)).toEqual({ actions: [], seen: [] });
  });

  it('the toolbar tells each tab: no badge while guarding; "!" and why on a page whose controls were reworded; "?" on a Dutch page', async () => {
    type ActionApi = {
      browser: {
        tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
        action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
      };
    };
    const toolbar = (url: string) =>
      s.extensionPage.evaluate(async (wanted) => {
        const api = (globalThis as unknown as ActionApi).browser;
        const tab = (await api.tabs.query({})).filter((t) => t.url === wanted).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
        if (tab?.id === undefined) return null;
        return { badge: await api.action.getBadgeText({ tabId: tab.id }), title: await api.action.getTitle({ tabId: tab.id }) };
      }, url);
    const friends = 'https://www.facebook.com/friends/';
    await open(friends);
    // Long enough for the health check (idle after load, then its settle time): still no badge.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(await toolbar(friends)).toEqual({ badge: '', title: 'Boundary Guard' });

    const changed = 'https://www.facebook.com/friends/?changed=1';
    await open(changed);
    await expect.poll(() => toolbar(changed), { timeout: 15_000 }).toMatchObject({ badge: '!' });
    expect((await toolbar(changed))?.title).toContain("This page's controls were not recognised on Facebook (friend requests)");

    const dutch = 'https://www.facebook.com/friends/?hl=nl';
    await open(dutch);
    await expect.poll(() => toolbar(dutch), { timeout: 15_000 }).toMatchObject({ badge: '?' });
  });

  it('after the add-on is removed, a page it guarded gets its clicks: no dead listener swallows them', async () => {
    const page = await open('https://www.facebook.com/friends/');
    await s.browser.uninstallExtension(s.addonId);
    await page.click('[data-card="maria"] [aria-label="Confirm"]');
    expect(await reminderShownFF(page)).toBe(false);
    expect(await fixtureRecordFF(page)).toEqual({ actions: ['accept:maria'], seen: ['click:accept:maria'] });
  });

  it('made no request that would have left the machine, and none for a missing fixture', () => {
    expect(s.proxy.refused).toEqual([]);
    expect(s.server.requests.filter((r) => r.status === 404)).toEqual([]);
  });
});
