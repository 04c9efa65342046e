import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { type Session, startSession } from './support/session';
import { stopServiceWorker } from './support/worker';
import { axeViolations, openOptions, storageGet, storageSet } from './ui';

/**
 * Never fail quietly (issue 12): the toolbar icon of each tab says when its guard is not working normally
 * (read from the service worker with action.getBadgeText / getTitle for the tab), the popup says the same
 * with what to do, and a page whose controls were not recognised leaves a redacted report in Diagnostics.
 */

const FRIENDS = 'https://www.facebook.com/friends/';
const CHANGED = 'https://www.facebook.com/friends/?changed=1';
const DUTCH = 'https://www.facebook.com/friends/?hl=nl';
const PASSPHRASE = 'lantern orchard seventy';
/** Every name on the friends pages: none may reach a report. */
const NAMES = ['María', 'Maria', 'José', 'Pérez', 'Jordan', 'Smith', 'Samuel', 'Lee', 'Alex', 'Kim', 'Dana', 'Whitfield'];

let s: Session;
const pages: Page[] = [];

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  await s.importClients('name,facebook\r\nMaría José Pérez,https://www.facebook.com/profile.php?id=100001234567890\r\n');
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

/** The extension's service worker as it runs now: the newest one (a stopped one is started again by the next event). */
async function worker(): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${s.extensionId}/`);
  return (
    s.context.serviceWorkers().filter(ours).at(-1) ?? (await s.context.waitForEvent('serviceworker', { predicate: ours, timeout: 10_000 }))
  );
}

interface ChromeAction {
  chrome: {
    action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
    tabs: { query(q: object): Promise<Array<{ id: number }>> };
  };
}

/**
 * The toolbar icon of one tab, as the browser shows it: badge text and title, read from the service worker,
 * or from a page of the extension while the worker must stay stopped (asking the worker would start it).
 */
async function toolbar(tabId: number, from?: Page): Promise<{ badge: string; title: string }> {
  const read = async (id: number) => {
    const { action } = (globalThis as unknown as ChromeAction).chrome;
    return { badge: await action.getBadgeText({ tabId: id }), title: await action.getTitle({ tabId: id }) };
  };
  return from ? from.evaluate(read, tabId) : (await worker()).evaluate(read, tabId);
}

/** The extension's id of the tab in front (without the "tabs" permission it cannot see addresses). */
async function frontTabId(page: Page): Promise<number> {
  await page.bringToFront();
  const tabs = await (await worker()).evaluate(() =>
    (globalThis as unknown as ChromeAction).chrome.tabs.query({ active: true, lastFocusedWindow: true }),
  );
  const id = tabs[0]?.id;
  if (id === undefined) throw new Error('No active tab');
  return id;
}

async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.open(url);
  pages.push(page);
  return { page, tabId: await frontTabId(page) };
}

async function popupFor(tabId: number): Promise<Page> {
  const page = await s.context.newPage();
  pages.push(page);
  await page.setViewportSize({ width: 368, height: 600 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  await page.locator('[data-popup-state]').waitFor();
  return page;
}

/** Waits out the health check after load (idle after SETTLE_MS, at most IDLE_TIMEOUT_MS later). */
const AFTER_HEALTH_CHECK = 6_000;

describe('the toolbar icon of each tab', () => {
  it('shows no badge while the guard works normally, even after the health check ran', async () => {
    const { tabId } = await openTab(FRIENDS);
    await new Promise((r) => setTimeout(r, AFTER_HEALTH_CHECK));
    expect(await toolbar(tabId)).toEqual({ badge: '', title: 'Boundary Guard' });
  });

  it('paused: a badge and a title that says until when; resumed: the badge goes', async () => {
    const { page, tabId } = await openTab(FRIENDS);
    const popup = await popupFor(tabId);
    await popup.locator('[data-pause="1h"]').click();
    await expect.poll(() => toolbar(tabId), { timeout: 10_000 }).toMatchObject({ badge: 'II' });
    const { title } = await toolbar(tabId);
    expect(title).toMatch(
      /^Boundary Guard\nPaused on Facebook until (tomorrow at )?\d{1,2}:\d{2}( [AP]M)?: nothing is guarded here until then\.$/,
    );
    await popup.locator('[data-resume]').click();
    await expect.poll(() => toolbar(tabId), { timeout: 10_000 }).toEqual({ badge: '', title: 'Boundary Guard' });
    expect(page.isClosed()).toBe(false);
  });

  it('a page in a language the label tables lack (Dutch): the badge and title say so, and the popup too', async () => {
    const { tabId } = await openTab(DUTCH);
    await expect.poll(() => toolbar(tabId), { timeout: 15_000 }).toMatchObject({ badge: '?' });
    expect((await toolbar(tabId)).title).toBe(
      'Boundary Guard\nThis page is in Dutch (nl), which Boundary Guard does not know on Facebook: its controls may not be recognised.',
    );
    const popup = await popupFor(tabId);
    expect(await popup.locator('[data-problem="language"]').textContent()).toContain('Dutch (nl)');
    expect(await popup.locator('[data-status]').textContent()).toBe('Limited');
  });

  it('a page of the right kind whose controls were reworded: "not recognised", and a report to send by hand', async () => {
    const { tabId } = await openTab(CHANGED);
    await expect.poll(() => toolbar(tabId), { timeout: 15_000 }).toMatchObject({ badge: '!' });
    expect((await toolbar(tabId)).title).toBe(
      "Boundary Guard\nThis page's controls were not recognised on Facebook (friend requests): the site may have changed, and actions here may not be guarded.",
    );
    const popup = await popupFor(tabId);
    expect(await popup.locator('[data-problem="unrecognised"]').count()).toBe(1);
    // The levels fold away under the problem, so the popup still fits Chrome's 600 px; they open on a click.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    await popup.locator('[data-guarded-fold] summary').click();
    expect(await popup.locator('[data-guarded-actions] li').first().isVisible()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('[data-guarded-fold] summary').click();
    // The popup's button opens Diagnostics in a new tab.
    const opened = s.context.waitForEvent('page');
    await popup.locator('[data-popup-report]').click();
    const diagnostics = await opened;
    pages.push(diagnostics);
    await diagnostics.waitForURL(/options\.html#diagnostics$/);
    const failure = diagnostics.locator('[data-health-failure="facebook"]');
    await failure.waitFor({ timeout: 10_000 });
    expect(await failure.locator('[data-health-page]').textContent()).toBe('friend requests');
    expect(await failure.locator('[data-health-expect]').textContent()).toBe('Confirm or Add friend controls');
    await failure.locator('summary').click();
    const report = (await failure.locator('[data-health-report]').textContent()) ?? '';
    expect(report).toContain('site: facebook\npage: friend requests\nfailed: Confirm or Add friend controls\nlanguage: en');
    expect(report).toMatch(/div role=button aria-label=‹7›/);
    for (const name of NAMES) expect(report).not.toContain(name);
    // Nor the reworded labels themselves, nor any other page text.
    for (const text of ['Approve', 'Dismiss', 'mutual', 'Friend requests', 'Contacts']) expect(report).not.toContain(text);
    // What is stored holds no more than what is shown.
    const stored = JSON.stringify(await storageGet(diagnostics, STORAGE_KEYS.health));
    for (const name of NAMES) expect(stored).not.toContain(name);
    expect(await axeViolations(diagnostics)).toEqual([]);
  });

  it('client list locked: client checks are off, and the popup unlocks it right there', async () => {
    const { tabId } = await openTab(FRIENDS);
    const options = await openOptions(s.context, s.extensionId, 'clients');
    pages.push(options);
    await options.locator('[data-lock-passphrase]').fill(PASSPHRASE);
    await options.locator('[data-lock-repeat]').fill(PASSPHRASE);
    await options.locator('[data-lock-submit]').click();
    await options.locator('[data-lock="unlocked"]').waitFor({ timeout: 15_000 });
    await options.locator('[data-lock-now]').click();
    await options.locator('[data-lock="locked"]').waitFor();
    await expect
      .poll(() => toolbar(tabId), { timeout: 10_000 })
      .toEqual({
        badge: '!',
        title: 'Boundary Guard\nThe client list is locked: client checks are off until you unlock it.',
      });

    const popup = await popupFor(tabId);
    const problem = popup.locator('[data-problem="locked"]');
    await problem.waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    // A wrong passphrase is refused and changes nothing.
    await popup.locator('[data-popup-passphrase]').fill('not the passphrase');
    await popup.locator('[data-popup-unlock]').click();
    expect(await popup.locator('[data-popup-unlock-error]').textContent({ timeout: 15_000 })).toMatch(/passphrase/i);
    expect((await toolbar(tabId)).badge).toBe('!');
    // The form with its error still fits the 600 px a browser gives a popup.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    await popup.locator('[data-popup-passphrase]').fill(PASSPHRASE);
    await popup.locator('[data-popup-unlock]').click();
    // Unlocked: the tab holds the list again, the badge goes, and the popup follows without being reopened.
    await expect.poll(() => toolbar(tabId), { timeout: 15_000 }).toEqual({ badge: '', title: 'Boundary Guard' });
    await problem.waitFor({ state: 'detached' });
    expect(await popup.locator('[data-status]').textContent()).toBe('Guarding');
  });

  it('keeps its badge when the service worker is stopped, and follows a change made while it was stopped', async () => {
    const { tabId } = await openTab(CHANGED);
    await expect.poll(() => toolbar(tabId), { timeout: 15_000 }).toMatchObject({ badge: '!' });
    const options = await openOptions(s.context, s.extensionId, 'policy');
    pages.push(options);
    await stopServiceWorker(s.context, s.extensionId);
    expect((await toolbar(tabId, options)).badge).toBe('!');
    await storageSet(options, { [STORAGE_KEYS.pauses]: { facebook: Date.now() + 3_600_000 } });
    // The content script's message starts the worker again, which sets the badge: paused first, then the rest.
    await expect.poll(() => toolbar(tabId, options), { timeout: 10_000 }).toMatchObject({ badge: 'II' });
    expect((await toolbar(tabId, options)).title).toMatch(/Paused on Facebook[^\n]*\nThis page's controls were not recognised/);
    await storageSet(options, { [STORAGE_KEYS.pauses]: {} });
    await expect.poll(() => toolbar(tabId, options), { timeout: 10_000 }).toMatchObject({ badge: '!' });
  });
});
