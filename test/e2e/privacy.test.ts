import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import { SETTINGS_FILE_FORMAT } from '../../src/policy/migrations';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { extensionTab, readStore, storageArea } from './support/extension-data';
import { choose, readReminder, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';
import { downloadText, openOptions, saved, seedLog, storageSet } from './ui';

/**
 * Promises 2 and 3 in the built extension. Client data stays in the extension:
 * after a client import and reminders on all four platforms, no name, alias or
 * handle is in any page's localStorage, sessionStorage, IndexedDB, Cache
 * Storage or cookies, nor in storage.sync. Page text is never executed: HTML
 * and script payloads as names on pages, in drafts, as client names, in log
 * entries and in the policy document are shown as text everywhere.
 */

/** A list-only alias: it is typed nowhere and shown on no page, so it may appear nowhere outside the extension. */
const SECRET_ALIAS = 'Majo-Private-Alias';
const CLIENTS = [
  'name,aliases,facebook,x,instagram,yelp',
  `"María José Pérez","Majo; ${SECRET_ALIAS}",https://www.facebook.com/profile.php?id=100001234567890,@maria_perez,maria.perez,`,
  'Robin Park,,,,,Robin P.',
  'Sam Lee,Sammy,samuel.lee.5,,,',
  '',
].join('\r\n');
/** What must never be in a web page's storage, cookies or in storage.sync. */
const SENSITIVE = [
  'María José Pérez',
  'Maria Jose Perez',
  'Majo',
  SECRET_ALIAS,
  'Robin Park',
  'Sam Lee',
  'Sammy',
  'maria_perez',
  'maria.perez',
];

/** Markup a site or a therapist could put in a name, a draft or a clause. Each sets a flag or loads something if it ever runs. */
const PAYLOADS = [
  `<img src=x onerror="window.__bgPwned='img'">`,
  `<svg onload="window.__bgPwned='svg'"></svg>`,
  `<script>window.__bgPwned='script'</script>`,
  `"><iframe srcdoc="<script>parent.__bgPwned='iframe'</script>"></iframe>`,
  `<a href="javascript:window.__bgPwned='href'" id="bgPwnedLink">link</a>`,
  `<img src="https://evil.example/pixel.gif" alt="bgPwned">`,
  `<style>@import url(https://evil.example/x.css);</style>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.__bgPwned='mxss'">`,
  `{{constructor.constructor("window.__bgPwned='template'")()}}`,
  `\${window.__bgPwned='literal'} <details open ontoggle="window.__bgPwned='toggle'">`,
];

let s: Session;
const pages: Page[] = [];
let payloadsTried = 0;

async function open(url: string): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

async function options(tab: string): Promise<Page> {
  const page = await openOptions(s.context, s.extensionId, tab);
  pages.push(page);
  return page;
}

/**
 * Proof that no payload became markup, in the document and every shadow root: no event-handler attribute, no
 * src/href/srcdoc a payload brought (src=x, javascript:, the evil host), none of the payloads' own elements, no
 * script or style holding a payload's text, and no flag set in the page's own world. (A payload in an attribute
 * value, such as an aria-label or an input's value, is text: that is allowed.)
 */
async function expectInert(page: Page, where: string): Promise<void> {
  expect({ where, ...(await markupFrom(page)) }).toEqual({ where, hits: [], flag: null });
}

async function markupFrom(page: Page): Promise<{ hits: string[]; flag: unknown }> {
  return page.evaluate(() => {
    const hits: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          const url = ['src', 'href', 'action', 'formaction', 'xlink:href', 'data'].includes(attr.name);
          if (/^on/i.test(attr.name) || attr.name === 'srcdoc' || (url && /^\s*javascript:|evil\.example|^x$/i.test(attr.value))) {
            hits.push(`<${el.localName} ${attr.name}="${attr.value}">`);
          }
        }
        if (['iframe', 'mglyph', 'mtext', 'math'].includes(el.localName)) hits.push(`<${el.localName}>`);
        if ((el.localName === 'script' || el.localName === 'style') && /bgPwned|evil\.example/.test(el.textContent ?? '')) {
          hits.push(`<${el.localName}>${el.textContent}`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return { hits, flag: (window as unknown as { __bgPwned?: unknown }).__bgPwned ?? null };
  });
}

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  expect(await s.importClients(CLIENTS)).toMatch(/^Imported 3 clients/);
});

afterAll(async () => {
  await s?.close();
  console.log(`[measure] XSS payloads tried: ${PAYLOADS.length} payloads, ${payloadsTried} payload × surface cases`);
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  // Rendered anywhere, the <img>/<style> payloads would have fetched evil.example: the recorder would list it.
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

describe('client data stays in the extension', () => {
  const ORIGINS = {
    'https://www.facebook.com': 'https://www.facebook.com/friends/',
    'https://x.com': 'https://x.com/follower_requests',
    'https://www.instagram.com': 'https://www.instagram.com/accounts/activity/',
    'https://biz.yelp.com': 'https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews',
    'https://www.google.com': 'https://www.google.com/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z',
    'https://www.linkedin.com': 'https://www.linkedin.com/mynetwork/grow/',
  } as const;

  it('reminders on all six platforms, Stop and Proceed, a draft naming a client, with names kept in the log', async () => {
    const settings = await options('log');
    await settings.locator('[data-setting="logNames"]').check();
    await saved(settings);

    const fb = await open(ORIGINS['https://www.facebook.com']);
    for (const choice of ['stop', 'proceed'] as const) {
      await fb.locator('[data-fixture-action="accept:maria"][role="button"]').click();
      expect((await waitForReminder(fb)).badge).toBe('On your client list');
      await choose(fb, choice);
    }
    const messages = await open('https://www.facebook.com/messages/t/100001234567890');
    await messages.locator('[data-fixture-action="message:maria"][contenteditable]').click();
    await messages.keyboard.type('Sammy says hello');
    await messages.keyboard.press('Enter');
    expect((await waitForReminder(messages)).badge).toContain('Sammy');
    await choose(messages, 'stop');
    for (const [origin, selector] of [
      ['https://x.com', '[data-fixture-action="accept:maria"]'],
      ['https://www.instagram.com', '[data-fixture-action="accept:maria"]'],
      ['https://biz.yelp.com', '[data-fixture-action="open-comment:robin"]'],
      ['https://www.google.com', '[data-fixture-action="open-reply:robin"]'],
      ['https://www.linkedin.com', '[data-fixture-action="accept:maria"]'],
    ] as const) {
      const page = await open(ORIGINS[origin]);
      await page.locator(selector).first().click();
      await waitForReminder(page);
      await choose(page, origin === 'https://x.com' ? 'proceed' : 'stop');
    }
    const data = await extensionTab(s.context, s.extensionId);
    pages.push(data);
    // The names are in the extension's own log (the therapist turned that on), and only there.
    await expect.poll(async () => JSON.stringify(await readStore(data, 'log'))).toContain('María José Pérez');
  });

  it.each(Object.entries(ORIGINS))(
    "%s: the page's localStorage, sessionStorage, IndexedDB, Cache Storage and cookies hold nothing of the list",
    async (origin, url) => {
      const page = await open(url);
      const stored = await page.evaluate(async () => {
        const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i) ?? '')]));
        const databases: Record<string, Record<string, unknown[]>> = {};
        for (const info of await indexedDB.databases()) {
          if (!info.name) continue;
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open(info.name as string);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const stores: Record<string, unknown[]> = {};
          databases[info.name] = stores;
          for (const store of db.objectStoreNames) {
            stores[store] = await new Promise<unknown[]>((resolve) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => resolve(request.result);
            });
          }
          db.close();
        }
        return {
          localStorage: dump(localStorage),
          sessionStorage: dump(sessionStorage),
          indexedDB: databases,
          caches: await caches.keys(),
          cookie: document.cookie,
          windowName: window.name,
        };
      });
      const cookies = await s.context.cookies(origin);
      const text = JSON.stringify({ stored, cookies });
      for (const word of SENSITIVE) expect(text, `${origin} holds "${word}"`).not.toContain(word);
      // In fact the extension wrote nothing there at all.
      expect(stored).toEqual({ localStorage: {}, sessionStorage: {}, indexedDB: {}, caches: [], cookie: '', windowName: '' });
      expect(cookies).toEqual([]);
    },
  );

  it('storage.sync is empty, and storage.local (settings, pauses) holds no name: names live only in the extension’s IndexedDB', async () => {
    const data = await extensionTab(s.context, s.extensionId);
    pages.push(data);
    expect(await storageArea(data, 'sync')).toEqual({});
    const local = JSON.stringify(await storageArea(data, 'local'));
    for (const word of SENSITIVE) expect(local).not.toContain(word);
  });

  it('a name only on the list never reaches any page: not in its DOM, not in the reminder in its shadow root', async () => {
    const page = await open('https://www.facebook.com/friends/');
    await page.locator('[data-fixture-action="accept:maria"][role="button"]').click();
    await waitForReminder(page);
    const everything = await page.evaluate(() => {
      const texts: string[] = [document.documentElement.outerHTML];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.shadowRoot) {
            texts.push(el.shadowRoot.innerHTML);
            visit(el.shadowRoot);
          }
        }
      };
      visit(document);
      return texts.join('\n');
    });
    expect(everything).toContain('María José Pérez');
    expect(everything).not.toContain(SECRET_ALIAS);
    expect(everything).not.toContain('Majo');
    // The reminder itself (a closed root, read here through the DevTools protocol) names only the person on the page.
    const said = (await readReminder(page))?.text ?? '';
    expect(said).toContain('María José Pérez');
    expect(said).not.toContain(SECRET_ALIAS);
    expect(said).not.toContain('Majo');
    await choose(page, 'stop');
  });
});

describe('page text is never executed', () => {
  it('the check itself: markup put into a page and a shadow root on purpose is caught', async () => {
    const page = await open('https://www.facebook.com/friends/');
    await page.evaluate(() => {
      const host = document.createElement('div');
      document.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<svg onload="window.__bgPwned=1"></svg><iframe srcdoc="x"></iframe>';
    });
    expect((await markupFrom(page)).hits).toEqual(['<svg onload="window.__bgPwned=1">', '<iframe srcdoc="x">', '<iframe>']);
    // And a flag set in the page's world is seen too.
    await page.evaluate(() => {
      (window as unknown as { __bgPwned: string }).__bgPwned = 'set';
    });
    expect((await markupFrom(page)).flag).toBe('set');
    await expect(expectInert(page, 'self-test')).rejects.toThrow();
  });

  it.each(PAYLOADS.map((p, i) => [i, p]))(
    'payload %i as the name of the person on a Facebook card: shown as text in the reminder',
    async (_i, payload) => {
      const page = await open('https://www.facebook.com/friends/');
      await page.evaluate((text) => {
        const card = document.querySelector('[data-card="jordan"]');
        for (const span of card?.querySelectorAll('span.x193iq5w') ?? []) span.textContent = text;
        card?.querySelector('svg')?.setAttribute('aria-label', text);
      }, payload);
      await page.locator('[data-fixture-action="accept:jordan"][role="button"]').click();
      const view = await waitForReminder(page);
      expect(view.who).toContain(payload);
      await expectInert(page, `reminder for ${payload}`);
      await choose(page, 'stop');
      payloadsTried += 1;
    },
  );

  it('payloads in a draft, naming clients whose names are markup: the words as typed, as text, in the reminder', async () => {
    const rows = PAYLOADS.map((p, i) => `"${p.replaceAll('"', '""')} Person${i}",,,,,`);
    const result = await s.importClients(['name,aliases,facebook,x,instagram,yelp', ...rows, ''].join('\r\n'));
    expect(result).toMatch(new RegExp(`^Imported ${PAYLOADS.length} clients`));
    for (const [i, payload] of PAYLOADS.entries()) {
      const page = await open('https://www.facebook.com/messages/t/100001234567890');
      await page.locator('[data-fixture-action="message:maria"][contenteditable]').click();
      await page.keyboard.insertText(`About ${payload} Person${i} and more ${PAYLOADS[(i + 1) % PAYLOADS.length] ?? ''}`);
      await page.keyboard.press('Enter');
      const view = await waitForReminder(page);
      // The badge quotes the words of the draft that name the client: a slice of what was typed, markup and all.
      const quoted = /“(.*)”/.exec(view.badge ?? '')?.[1] ?? '';
      expect(quoted).toMatch(new RegExp(`Person${i}$`));
      expect(payload.length > 10 && `${payload} Person${i}`.endsWith(quoted)).toBe(true);
      await expectInert(page, `draft with ${payload}`);
      await choose(page, 'stop');
      await page.close();
      payloadsTried += 1;
    }
  });

  it('client names that are markup: the options client list, the import preview (added and rejected), the remove dialog and the CSV export', async () => {
    const page = await options('clients');
    await page.locator('[data-client-search]').fill('Person');
    await expect.poll(() => page.locator('[data-client-list] .client-name').count()).toBe(PAYLOADS.length);
    const names = await page.locator('[data-client-list] .client-name').allInnerTexts();
    for (const [i, payload] of PAYLOADS.entries()) expect(names).toContain(`${payload} Person${i}`);
    await expectInert(page, 'client list');
    await page.getByRole('button', { name: `Remove ${PAYLOADS[0]} Person0` }).click();
    await expectInert(page, 'remove dialog');
    await page.locator('dialog [data-cancel]').click();
    await page.getByRole('button', { name: `Edit ${PAYLOADS[2]} Person2` }).click();
    await expectInert(page, 'edit form');
    await page.keyboard.press('Escape');

    // A second file: the same names again (each the client already on the list, shown by name) and new ones with markup aliases.
    const rows = PAYLOADS.map((p, i) => `"${p.replaceAll('"', '""')} Person${i}",Alias${i}`);
    const extra = PAYLOADS.map((p, i) => `"Other${i} Name","${p.replaceAll('"', '""').replaceAll(';', ',')}"`);
    await page.locator('input[type=file][data-import="clients"]').setInputFiles({
      name: 'markup.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['name,aliases', ...rows, ...extra, ''].join('\r\n')),
    });
    const preview = page.locator('[data-import-preview="clients"]');
    await preview.waitFor();
    expect(await preview.locator('table[data-import-updates] tbody tr').count()).toBe(PAYLOADS.length);
    expect(await preview.locator('table[data-import-new] tbody tr').count()).toBe(PAYLOADS.length);
    await expectInert(page, 'import preview');
    await preview.getByRole('button', { name: 'Cancel' }).click();

    await page.locator('[data-client-search]').fill('');
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    for (const payload of PAYLOADS) expect(file.text).toContain(payload.replaceAll('"', '""'));
    payloadsTried += PAYLOADS.length * 4;
  });

  it('log entries with markup in the reason and the name: the Log tab shows them as text', async () => {
    const page = await options('clients');
    const at = Date.now();
    await seedLog(
      page,
      PAYLOADS.map((p, i) => ({
        at: at - i * 1000,
        platform: 'facebook',
        kind: 'connect.accept',
        level: 'reason',
        client: 'no',
        choice: 'proceeded',
        reason: p,
        person: p,
      })),
    );
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.locator('[data-log-table] tbody tr').first().waitFor();
    const notes = await page.locator('[data-log-table] td.note').allInnerTexts();
    for (const payload of PAYLOADS) expect(notes.join('\n')).toContain(`Reason: ${payload}`);
    await expectInert(page, 'log');
    payloadsTried += PAYLOADS.length * 2;
  });

  it('clause text and practice details with markup: the document preview, the HTML download (even without its CSP) and the Markdown', async () => {
    const page = await options('policy');
    const payload = PAYLOADS.join(' ');
    await page.locator('[data-clause-text="friending"]').fill(payload.slice(0, 1900));
    await page.getByRole('tab', { name: 'Client document' }).click();
    await page.locator('[data-practice="practiceName"]').fill(PAYLOADS[0] as string);
    await page.locator('[data-practice="therapistName"]').fill(PAYLOADS[2] as string);
    await page.locator('[data-practice="contact"]').fill(PAYLOADS[3] as string);
    await saved(page);
    const doc = page.locator('[data-policy-document]');
    expect(await doc.textContent()).toContain(PAYLOADS[0]);
    expect(await doc.textContent()).toContain(PAYLOADS[7]);
    await expectInert(page, 'document preview');

    const html = await downloadText(page, () => page.locator('[data-doc-html]').click());
    for (const [label, text] of [
      ['as downloaded', html.text],
      // The file's own CSP would stop a script anyway: without it, the escaping alone must hold.
      ['without its CSP', html.text.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')],
    ]) {
      const viewer = await s.context.newPage();
      pages.push(viewer);
      await viewer.setContent(text ?? '', { waitUntil: 'load' });
      expect(await viewer.locator('article').textContent()).toContain(PAYLOADS[0]);
      await expectInert(viewer, `HTML download ${label}`);
    }
    expect(html.text).not.toContain('<img');
    expect(html.text).not.toContain('<script>window');

    const md = await downloadText(page, () => page.locator('[data-doc-markdown]').click());
    // CommonMark: a backslash before any ASCII punctuation makes it a literal character, so no tag can open.
    expect(md.text).not.toMatch(/(^|[^\\])[<>&]/m);
    expect(md.text).toContain('\\<img src=x onerror="window.\\_\\_bgPwned=\'img\'"\\>');

    // Back to the seed policy for the cases that follow.
    await storageSet(page, { [STORAGE_KEYS.settings]: defaultSettings() });
    payloadsTried += PAYLOADS.length * 3 + 3 * 3;
  });

  it('a settings file with markup in its texts: the import preview lists the changes as text', async () => {
    const page = await options('backup');
    const file = {
      format: SETTINGS_FILE_FORMAT,
      ...defaultSettings(),
      practice: { ...defaultSettings().practice, practiceName: PAYLOADS[0] },
    };
    await page.locator('input[type=file][data-import="settings"]').setInputFiles({
      name: `${PAYLOADS[1]}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const preview = page.locator('[data-import-preview="settings"]');
    await preview.waitFor();
    expect(await preview.textContent()).toContain(`${PAYLOADS[1]}.json`);
    expect(await preview.locator('.changes li').allInnerTexts()).toContain(
      `Practice name: empty → “${(PAYLOADS[0] as string).slice(0, 40)}…”`,
    );
    await expectInert(page, 'settings import preview');
    await preview.getByRole('button', { name: 'Cancel' }).click();
    payloadsTried += 2;
  });
});
