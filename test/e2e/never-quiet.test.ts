import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { GuardStatus } from '../../src/background/protocol';
import { t } from '../../src/core/i18n';
import type { LogEntry } from '../../src/core/log';
import { ATTEMPT_TIMEOUT_MS } from '../../src/guard/client-list';
import { extensionTab, readStore } from './support/extension-data';
import { choose, fixtureRecord, readNotice, reminderShown, settle, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';
import { keepStoppingServiceWorker, stopServiceWorker } from './support/worker';

/**
 * Issue 12, "never fail quietly", items 1, 5 and 6 in the built extension: a click before the client list
 * has reached the tab waits for it (a non-client's then goes on, a client's is asked about); a first load
 * that fails is retried until it succeeds; Proceed on a hover card that closes when the pointer leaves it
 * goes through exactly once, or says so and lets the second click through exactly once.
 */

const CLIENTS = ['name,x', 'María Pérez,@maria_perez', ''].join('\r\n');
/** A client's own post: its Follow is a client's Follow (a rule for clients only, by default). */
const STATUS = 'https://x.com/maria_perez/status/1790000000000000001';
const CLIENT_FOLLOW = '[data-fixture-action="follow:maria-focal"]';
/** The client's profile: the sidebar's Follow is a stranger's. */
const PROFILE = 'https://x.com/maria_perez';
const STRANGER_FOLLOW = '[data-fixture-action="follow:jordan"]';
const HOVER = 'https://x.com/search?q=coffee';
const CARD_FOLLOW = '[data-fixture-action="follow:maria-hovercard"]';

/** What these tests use of the extension API on an extension page. */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(id: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
}

let s: Session;
let data: Page;
const pages: Page[] = [];

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  expect(await s.importClients(CLIENTS)).toMatch(/^Imported 1 client/);
  data = await extensionTab(s.context, s.extensionId);
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

async function newPage(): Promise<Page> {
  const page = await s.context.newPage();
  pages.push(page);
  return page;
}

/** What the guard of the (one) tab on `host` says of itself, asked from an extension page as the popup asks. */
async function guardStatus(host: string): Promise<GuardStatus | null> {
  return data.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    // The newest tab first: a tab of an earlier case may still be closing.
    for (const tab of (await api.tabs.query({})).sort((a, b) => (b.id ?? 0) - (a.id ?? 0))) {
      if (tab.id === undefined) continue;
      const status = (await api.tabs.sendMessage(tab.id, { type: 'guard-status' }, { frameId: 0 }).catch(() => null)) as GuardStatus | null;
      if (status?.host === wanted) return status;
    }
    return null;
  }, host);
}

/** A page whose own script clicks `selector` the moment the parser has made it, and notes when (performance.now()). */
async function clickedAtOnce(url: string, selector: string): Promise<Page> {
  const page = await newPage();
  await page.addInitScript((sel: string) => {
    const w = window as unknown as { __clickedAt?: number };
    const observer = new MutationObserver(() => {
      const target = document.querySelector<HTMLElement>(sel);
      if (!target) return;
      observer.disconnect();
      w.__clickedAt = performance.now();
      target.click();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  return page;
}

async function log(): Promise<LogEntry[]> {
  return (await readStore(data, 'log')) as LogEntry[];
}

describe('the client list is there before a client rule decides (worker stopped, as after 30 s idle)', () => {
  it("a client's Follow clicked as the page shows it, before the list has arrived: the reminder, as with the list", async () => {
    await stopServiceWorker(s.context, s.extensionId);
    const page = await clickedAtOnce(STATUS, CLIENT_FOLLOW);
    const view = await waitForReminder(page, 5_000);
    expect(view.badge).toBe('On your client list');
    const clickedAt = await page.evaluate(() => (window as unknown as { __clickedAt?: number }).__clickedAt ?? null);
    const status = await guardStatus('x.com');
    expect(status?.clientList?.state).toBe('ready');
    const { startedMs = 0, readyMs = null } = status?.clientList ?? {};
    // The click came before the list had reached the tab: without the wait it would have passed unchecked.
    expect(clickedAt).not.toBeNull();
    expect(clickedAt as number).toBeLessThan(startedMs + (readyMs ?? 0));
    await choose(page, 'stop');
    expect((await fixtureRecord(page)).actions).toEqual([]);
  });

  it("a stranger's Follow clicked as the page shows it: no reminder, and it happens exactly once", async () => {
    await stopServiceWorker(s.context, s.extensionId);
    const page = await clickedAtOnce(PROFILE, STRANGER_FOLLOW);
    await expect.poll(async () => (await fixtureRecord(page)).actions, { timeout: 5_000 }).toEqual(['follow:jordan']);
    expect(await reminderShown(page)).toBe(false);
    await page.waitForTimeout(300);
    expect((await fixtureRecord(page)).actions).toEqual(['follow:jordan']);
    const status = await guardStatus('x.com');
    const clickedAt = await page.evaluate(() => (window as unknown as { __clickedAt?: number }).__clickedAt ?? null);
    expect(clickedAt as number).toBeLessThan((status?.clientList?.startedMs ?? 0) + (status?.clientList?.readyMs ?? 0));
  });

  it('a first load that fails (the worker stopped again and again while asked) is retried until the list arrives, and reported', async () => {
    await stopServiceWorker(s.context, s.extensionId);
    const page = await newPage();
    // The worker is stopped again and again from before the tab asks for the list until an attempt has failed
    // (no answer within an attempt's time; on a loaded machine a stop may come later, so more than one).
    const failed = async () => ((await guardStatus('x.com'))?.clientList?.failures ?? 0) > 0;
    const stopping = keepStoppingServiceWorker(s.context, s.extensionId, 4 * ATTEMPT_TIMEOUT_MS, failed);
    await page.goto(STATUS, { waitUntil: 'commit' });
    await stopping;
    expect(await failed()).toBe(true);
    await expect.poll(async () => (await guardStatus('x.com'))?.clientList?.state, { timeout: 15_000 }).toBe('ready');
    await page.locator(CLIENT_FOLLOW).click();
    expect((await waitForReminder(page)).badge).toBe('On your client list');
    await choose(page, 'stop');
    const errors = async () =>
      ((await data.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('errors'))).errors ??
        []) as Array<{ where: string }>;
    await expect.poll(async () => (await errors()).some((e) => e.where.startsWith('watchlist (attempt')), { timeout: 15_000 }).toBe(true);
  });
});

describe('Proceed on a hover card that closes when the pointer leaves it', () => {
  it('the reminder does not close the card: Proceed goes through exactly once, logged once', async () => {
    const page = await newPage();
    await page.goto(HOVER);
    await page.locator(CARD_FOLLOW).hover();
    const before = (await log()).length;
    await page.locator(CARD_FOLLOW).click();
    await waitForReminder(page);
    await choose(page, 'proceed');
    await settle(page);
    const notice = await readNotice(page);
    if (notice === null) {
      expect((await fixtureRecord(page)).actions).toEqual(['follow:maria-hovercard']);
    } else {
      // The other outcome the issue allows: it said so, and the second click goes through exactly once.
      expect(notice).toBe(t('reminder_clickAgain'));
      await page.locator('[data-fixture-action="name-link:maria"]').hover();
      await page.locator(CARD_FOLLOW).click();
      expect((await fixtureRecord(page)).actions).toEqual(['follow:maria-hovercard']);
    }
    await expect.poll(async () => (await log()).length).toBe(before + 1);
    expect((await log()).at(-1)).toMatchObject({ kind: 'follow', client: 'yes', choice: 'proceeded' });
    await page.waitForTimeout(500);
    expect((await fixtureRecord(page)).actions).toEqual(['follow:maria-hovercard']);
  });

  it('the card gone before Proceed: "Click again", nothing logged as proceeded; the second click goes through once, then guarded again', async () => {
    const page = await newPage();
    await page.goto(HOVER);
    const before = (await log()).length;
    await page.locator(CARD_FOLLOW).click();
    await waitForReminder(page);
    // The site closes the card while the reminder is up (as a timeline refresh would).
    await page.evaluate(() => document.querySelector('[data-testid="hoverCardParent"]')?.remove());
    await choose(page, 'proceed');
    await settle(page);
    expect(await readNotice(page)).toBe(t('reminder_clickAgain'));
    expect((await fixtureRecord(page)).actions).toEqual([]);
    await page.waitForTimeout(300);
    expect((await log()).length).toBe(before);
    // The pointer on the name opens the card again: the same Follow, clicked again, goes through untouched.
    const reopen = () => page.locator('[data-fixture-action="name-link:maria"]').hover();
    await reopen();
    await page.locator(CARD_FOLLOW).click();
    await settle(page);
    expect(await waitForReminder(page, 300).catch(() => null)).toBeNull();
    expect((await fixtureRecord(page)).actions).toEqual(['follow:maria-hovercard']);
    await expect.poll(async () => (await log()).length).toBe(before + 1);
    expect((await log()).at(-1)).toMatchObject({ kind: 'follow', client: 'yes', choice: 'proceeded' });
    // Once only: the next click is guarded again.
    await reopen();
    await page.locator(CARD_FOLLOW).click();
    await waitForReminder(page);
    await choose(page, 'stop');
    expect((await fixtureRecord(page)).actions).toEqual(['follow:maria-hovercard']);
  });
});
