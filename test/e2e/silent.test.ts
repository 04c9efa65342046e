import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEED_CLAUSES } from '../../src/policy/seed';
import { getMessageIn } from '../support/messages';
import { choose, fixtureRecord, readReminder, reminderShown, settle, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';

/**
 * The reminder tells the site nothing (issue 11). A page script installed before the extension acts
 * records every node added while a reminder is up (attributes, text, open shadow roots) and every
 * message posted to the window; it finds nothing that names the extension, the client list, the policy
 * or the buttons. The same script dispatches clicks and keys at the reminder's host, the document and
 * the window: the reminder stays, unanswered, and the guarded action does not happen. Nor can the page
 * switch the guard off by imitating the signal WXT's content scripts send each other.
 */

const CLIENTS = [
  'name,aliases,facebook,x,instagram,yelp',
  '"María José Pérez","Maria Perez",https://www.facebook.com/profile.php?id=100001234567890,@maria_perez,https://www.instagram.com/maria.perez/,',
  'Sam Lee,,,,,',
  '',
].join('\r\n');

/** Where a click opens a reminder about a client, on each site. */
const SITES = [
  {
    site: 'facebook',
    url: 'https://www.facebook.com/friends/',
    control: '[data-fixture-action="accept:maria"][role="button"]',
    happens: 'accept:maria',
  },
  {
    site: 'x',
    url: 'https://x.com/maria_perez',
    control: '[data-fixture-action="follow-back:maria"]:not([data-fixture-enter])',
    happens: 'follow-back:maria',
  },
  {
    site: 'instagram',
    url: 'https://www.instagram.com/maria.perez/',
    control: '[data-fixture-action="follow-back:maria"]',
    happens: 'follow-back:maria',
  },
  {
    site: 'yelp',
    url: 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews',
    control: '[data-fixture-action="thank:sam"]',
    happens: 'thank:sam',
  },
  {
    site: 'google',
    url: 'https://www.google.com/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z',
    control: '[data-fixture-action="open-reply:sam"]',
    happens: 'open-reply:sam',
  },
  {
    site: 'linkedin',
    url: 'https://www.linkedin.com/mynetwork/grow/',
    control: '[data-fixture-action="accept:maria"]',
    happens: 'accept:maria',
  },
] as const;

/** The page's own spy: runs in the page's world before any other script of the page, and before the extension acts. */
const SPY = `(() => {
  const spy = { seen: [], messages: [], hosts: [], recording: false };
  window.__spy = spy;
  const note = (node) => {
    if (!spy.recording) return;
    if (node.nodeType === Node.TEXT_NODE) { spy.seen.push('text:' + node.data); return; }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    spy.hosts.push(node);
    const walk = (el) => {
      spy.seen.push('<' + el.localName + '>');
      for (const a of el.attributes) spy.seen.push('attr:' + a.name + '=' + a.value);
      if (el.shadowRoot) {
        spy.seen.push('open-shadow:' + el.shadowRoot.innerHTML);
        observe(el.shadowRoot);
        for (const c of el.shadowRoot.querySelectorAll('*')) walk(c);
      }
      for (const c of el.children) walk(c);
    };
    walk(node);
    spy.seen.push('text:' + node.textContent);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) note(n);
      if (r.type === 'attributes' && spy.recording) spy.seen.push('attr:' + r.attributeName + '=' + r.target.getAttribute(r.attributeName));
      if (r.type === 'characterData' && spy.recording) spy.seen.push('text:' + r.target.data);
    }
  });
  const observe = (root) => observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  observe(document);
  window.addEventListener('message', (e) => { try { spy.messages.push(JSON.stringify(e.data)); } catch { spy.messages.push(String(e.data)); } }, true);
  /** Everything a page script can do to answer a dialog it cannot see: clicks and keys at whatever it can reach. */
  spy.attack = () => {
    const targets = [...spy.hosts.filter((h) => h.isConnected), document.body, document, window];
    for (const t of targets) {
      t.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1 }));
      for (const key of ['Enter', 'Escape', ' ', 'Tab']) {
        t.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }));
        t.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, composed: true }));
      }
      if (typeof t.click === 'function') t.click();
      if (t.focus) t.focus();
    }
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    return targets.length;
  };
})();`;

interface Spy {
  seen: string[];
  messages: string[];
}

const en = getMessageIn('en');
/** Words that would tell the site whose dialog it is, what it is about, or what the therapist can press. */
const TELLING = [
  /boundary/i,
  /guard/i,
  /client/i,
  /alertdialog/i,
  /data-choice/i,
  /chrome-extension:/i,
  new RegExp(en('reminder_proceed'), 'i'),
  new RegExp(`\\b${en('reminder_stop')}\\b`, 'i'),
  ...Object.values(SEED_CLAUSES).map((c) => c.text),
];

let s: Session;
const pages: Page[] = [];

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  expect(await s.importClients(CLIENTS)).toMatch(/Imported 2 clients/);
  await s.context.addInitScript(SPY);
});
afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});
afterAll(async () => {
  await s?.close();
});

async function open(url: string): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

const record = (page: Page) => page.evaluate(() => (window as unknown as { __spy: { recording: boolean } }).__spy);
const startRecording = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __spy: { recording: boolean } }).__spy.recording = true));
const spied = (page: Page): Promise<Spy> =>
  page.evaluate(() => {
    const spy = (window as unknown as { __spy: Spy }).__spy;
    return { seen: [...spy.seen], messages: [...spy.messages] };
  });

describe.each(SITES.map((c) => [c.site, c]))('%s: what the page can learn of a reminder', (_, c) => {
  it('every node added while it is up names nothing: a bare <div>, no attribute, no text', async () => {
    const page = await open(c.url);
    expect(await record(page)).toBeTruthy();
    const before = await fixtureRecord(page);
    await startRecording(page);
    await page.locator(c.control).first().click();
    const view = await waitForReminder(page);
    expect(view.badge).toBeTruthy(); // a reminder about a client, the very thing the page must not learn
    const { seen, messages } = await spied(page);
    expect(seen).toEqual(['<div>', 'text:']);
    for (const word of TELLING) {
      expect(seen.filter((line) => (typeof word === 'string' ? line.includes(word) : word.test(line)))).toEqual([]);
      expect(messages.filter((m) => (typeof word === 'string' ? m.includes(word) : word.test(m)))).toEqual([]);
    }
    expect(messages.filter((m) => m.includes(s.extensionId))).toEqual([]);
    await choose(page, 'stop');
    expect(await fixtureRecord(page)).toEqual(before);
  });

  it("the page's clicks, keys and focus changes at the host, the document and the window answer nothing", async () => {
    const page = await open(c.url);
    const before = await fixtureRecord(page);
    await startRecording(page);
    await page.locator(c.control).first().click();
    const view = await waitForReminder(page);
    expect(await page.evaluate(() => (window as unknown as { __spy: { attack(): number } }).__spy.attack())).toBe(4);
    await settle(page);
    const after = await readReminder(page);
    expect(after).toEqual({ ...view, focused: 'stop' });
    expect(await fixtureRecord(page)).toEqual(before);
    // The therapist's own Escape still works.
    await page.keyboard.press('Escape');
    expect(await reminderShown(page)).toBe(false);
    expect(await fixtureRecord(page)).toEqual(before);
  });
});

describe('the page cannot switch the guard off', () => {
  it("imitating the signal of WXT's content scripts (a document event and a postMessage) leaves the page guarded", async () => {
    const page = await open('https://www.facebook.com/friends/');
    const forged = `${s.extensionId}:facebook:wxt:content-script-started`;
    await page.evaluate((type) => {
      const detail = { contentScriptName: 'facebook', messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }, forged);
    await settle(page);
    const before = await fixtureRecord(page);
    await page.locator('[data-fixture-action="accept:maria"][role="button"]').click();
    expect((await waitForReminder(page)).badge).toBe(en('reminder_onList'));
    await choose(page, 'stop');
    expect(await fixtureRecord(page)).toEqual(before);
    // And the extension never posted anything to the page (WXT's signal carried the extension's id).
    expect((await spied(page)).messages).toEqual([
      JSON.stringify({ type: forged, contentScriptName: 'facebook', messageId: 'from-the-page' }),
    ]);
  });
});
