import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { lockedNote } from '../../src/ui/reminder-view';
import { extensionTab, readStore, storageArea } from './support/extension-data';
import { choose, evaluateInContentScript, fixtureRecord, guardState, reminderShown, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';
import { stopServiceWorker } from './support/worker';
import { openOptions } from './ui';

/**
 * Promise 7, the optional lock, in the built extension and across a browser
 * restart (the same profile in a second browser session): the client list is
 * encrypted at rest, unlocked for one browser session, the service worker can
 * restart without asking again, and while locked the reminders use the rules
 * for everyone and say that the list is locked.
 */

const CLIENTS = ['name,aliases,facebook', '"María José Pérez","Majo",https://www.facebook.com/profile.php?id=100001234567890', ''].join(
  '\r\n',
);
const PASSPHRASE = 'harbor lighthouse seven gulls';
const NEW_PASSPHRASE = 'quiet river under old bridges';
const FRIENDS = 'https://www.facebook.com/friends/';
const MESSAGES = 'https://www.facebook.com/messages/t/100001234567890';
const ACCEPT_MARIA = '[data-fixture-action="accept:maria"][role="button"]';
const MESSAGE_EDITOR = '[data-fixture-action="message:maria"][contenteditable]';

let profile: string;
let s: Session;
const pages: Page[] = [];

async function options(tab = 'clients'): Promise<Page> {
  const page = await openOptions(s.context, s.extensionId, tab);
  pages.push(page);
  return page;
}

async function practice(url = FRIENDS): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

/** The reminder of "accept María's request" (a rule for everyone): what it says about the client list. */
async function acceptReminder(page: Page): Promise<{ badge: string | null; locked: string | null }> {
  await page.locator(ACCEPT_MARIA).click();
  const view = await waitForReminder(page);
  await choose(page, 'stop');
  return { badge: view.badge, locked: view.locked };
}

async function turnLockOn(page: Page, passphrase: string): Promise<string> {
  await page.locator('[data-lock-passphrase]').fill(passphrase);
  await page.locator('[data-lock-repeat]').fill(passphrase);
  await page.locator('[data-lock-submit]').click();
  return (await page.locator('[data-lock-message]').textContent({ timeout: 15_000 })) ?? '';
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.locator('[data-unlock-passphrase]').fill(passphrase);
  await page.locator('[data-unlock]').click();
}

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'bg-e2e-lock-profile-'));
  s = await startSession({ certDir: inject('e2eCertDir'), profileDir: profile });
  expect(await s.importClients(CLIENTS)).toMatch(/^Imported 1 client/);
});

afterAll(async () => {
  await s?.close();
  await rm(profile, { recursive: true, force: true });
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

describe('turning the lock on', () => {
  it('asks for the passphrase twice, says how strong it is, and warns that a forgotten one loses the list', async () => {
    const page = await options();
    const card = page.locator('[data-lock="off"]');
    expect(await card.textContent()).toMatch(/If you forget the passphrase, the client list cannot be recovered/);
    await page.locator('[data-lock-passphrase]').fill('harbor');
    await page.locator('[data-lock-repeat]').fill('harbour');
    await page.locator('[data-lock-submit]').click();
    expect(await card.locator('.error').allInnerTexts()).toEqual(['At least 8 characters.', 'The two passphrases are not the same.']);
    await page.locator('[data-lock-passphrase]').fill('password');
    expect(await card.textContent()).toContain('Strength: weak');
    await page.locator('[data-lock-passphrase]').fill(PASSPHRASE);
    expect(await card.textContent()).toContain('Strength: strong');
    // Nothing was locked by the refused attempt.
    expect(await readStore(page, 'vault')).toEqual([]);
  });

  it('encrypts the list: IndexedDB holds only the envelope (no name in it), the key only storage.session', async () => {
    const page = await options();
    expect(await turnLockOn(page, PASSPHRASE)).toMatch(/now locked with your passphrase/);
    await page.locator('[data-lock="unlocked"]').waitFor();
    expect(await readStore(page, 'clients')).toEqual([]);
    const vault = await readStore(page, 'vault');
    expect(vault).toEqual([
      expect.objectContaining({ format: 'boundary-guard.vault', kdf: expect.objectContaining({ iterations: 600_000 }) }),
    ]);
    expect(JSON.stringify(vault)).not.toMatch(/María|Maria|Pérez|Majo|100001234567890/);
    const session = await storageArea(page, 'session');
    expect(Object.keys(session)).toEqual(['clientsKey']);
    const local = JSON.stringify(await storageArea(page, 'local'));
    expect(local).not.toContain((session.clientsKey as { key: string }).key);
    expect(await storageArea(page, 'sync')).toEqual({});
    // Unlocked for this session: the list shows as before.
    expect(await page.locator('[data-client-list] .client-name').allInnerTexts()).toEqual(['María José Pérez']);
  });

  it('content scripts cannot read the key: storage.session is closed to them', async () => {
    const page = await practice();
    const answer = await evaluateInContentScript(
      page,
      s.extensionId,
      `(async () => { try { if (!chrome.storage.session) return 'absent'; await chrome.storage.session.get(null); return 'read'; } catch (e) { return 'refused: ' + e.message; } })()`,
    );
    expect(answer).toMatch(/^(absent|refused: )/);
  });

  it('unlocked, reminders know the clients as before', async () => {
    const page = await practice();
    expect(await acceptReminder(page)).toEqual({ badge: 'On your client list', locked: null });
  });

  it('stays unlocked when the service worker is stopped and restarts (no passphrase asked again)', async () => {
    await stopServiceWorker(s.context, s.extensionId);
    const page = await practice();
    expect(await guardState(page, s.extensionId)).toBe(1);
    expect(await acceptReminder(page)).toEqual({ badge: 'On your client list', locked: null });
  });
});

describe('a new browser session', () => {
  it('starts locked: reminders for everyone still come, and say that the list is locked', async () => {
    await s.close();
    s = await startSession({ certDir: inject('e2eCertDir'), profileDir: profile });
    const page = await practice();
    expect(await guardState(page, s.extensionId)).toBe('locked');
    expect(await acceptReminder(page)).toEqual({ badge: null, locked: lockedNote() });
  });

  it('while locked, a rule for clients only cannot fire: a message to a client goes through', async () => {
    const page = await practice(MESSAGES);
    await page.locator(MESSAGE_EDITOR).click();
    await page.keyboard.type('See you Tuesday');
    await page.keyboard.press('Enter');
    expect(await reminderShown(page)).toBe(false);
    expect((await fixtureRecord(page)).actions).toEqual(['message:maria=See you Tuesday']);
  });

  it('the options page asks for the passphrase; a wrong one is refused; the right one unlocks, and open tabs are guarded for clients again', async () => {
    const tab = await practice();
    const page = await options();
    expect(await page.locator('#tab-clients .tab-badge').textContent()).toBe('locked');
    expect(await page.locator('[data-client-list]').count()).toBe(0);
    await unlock(page, 'harbor lighthouse six gulls');
    expect(await page.locator('[data-lock="locked"] .error').textContent({ timeout: 15_000 })).toBe(
      'That passphrase does not unlock the client list.',
    );
    await unlock(page, PASSPHRASE);
    await page.locator('[data-client-list] .client-name').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#tab-clients .tab-badge').textContent()).toBe('1');
    // The tab opened while locked fetched the list again when it was unlocked.
    await expect.poll(() => guardState(tab, s.extensionId)).toBe(1);
    expect(await acceptReminder(tab)).toEqual({ badge: 'On your client list', locked: null });
  });

  it('lock now: open tabs go back to the rules for everyone at once', async () => {
    const tab = await practice();
    const page = await options();
    await page.locator('[data-lock-now]').click();
    await page.locator('[data-lock="locked"]').waitFor();
    await expect.poll(() => guardState(tab, s.extensionId)).toBe('locked');
    expect(await acceptReminder(tab)).toEqual({ badge: null, locked: lockedNote() });
    // A settings file with the client list cannot be exported while locked, and says why.
    await page.getByRole('tab', { name: 'Settings file' }).click();
    await page.locator('[data-export-clients]').check();
    await page.locator('[data-export-settings]').click();
    expect(await page.getByRole('status').filter({ hasText: 'Nothing was exported' }).textContent()).toMatch(/client list is locked/);
  });
});

describe('while unlocked', () => {
  it('two options tabs adding a client at the same moment: both are kept, encrypted', async () => {
    const a = await options();
    await unlock(a, PASSPHRASE);
    await a.locator('[data-client-list]').waitFor({ timeout: 15_000 });
    const b = await options();
    for (const [page, name] of [
      [a, 'Robin Park'],
      [b, 'Sam Lee'],
    ] as const) {
      await page.locator('[data-add-client]').click();
      await page.getByLabel('Name', { exact: true }).fill(name);
    }
    await Promise.all([a, b].map((p) => p.locator('[data-client-form] button[type="submit"]').click()));
    await expect
      .poll(async () => (await a.locator('[data-client-list] .client-name').allInnerTexts()).sort(), { timeout: 10_000 })
      .toEqual(['María José Pérez', 'Robin Park', 'Sam Lee']);
    expect(await readStore(a, 'clients')).toEqual([]);
    expect(JSON.stringify(await readStore(a, 'vault'))).not.toMatch(/Robin|Sam Lee|María/);
  });

  it('changes the passphrase (asking for the current one), and only the new one unlocks', async () => {
    const page = await options();
    await page.getByRole('button', { name: 'Change the passphrase…' }).click();
    await page.locator('[data-lock-current]').fill(PASSPHRASE);
    await page.locator('[data-lock-new-passphrase]').fill(NEW_PASSPHRASE);
    await page.locator('[data-lock-new-repeat]').fill(NEW_PASSPHRASE);
    await page.locator('[data-lock-new-submit]').click();
    expect(await page.locator('[data-lock-message]').textContent({ timeout: 15_000 })).toBe('The passphrase was changed.');
    await page.locator('[data-lock-now]').click();
    await unlock(page, PASSPHRASE);
    expect(await page.locator('[data-lock="locked"] .error').textContent({ timeout: 15_000 })).toMatch(/does not unlock/);
    await unlock(page, NEW_PASSPHRASE);
    await page.locator('[data-lock="unlocked"]').waitFor({ timeout: 15_000 });
  });

  it('turns the lock off with the passphrase: the list is stored plain again, in full', async () => {
    const page = await options();
    await page.getByRole('button', { name: 'Turn the lock off…' }).click();
    await page.locator('[data-lock-off-passphrase]').fill(NEW_PASSPHRASE);
    await page.locator('[data-lock-off-submit]').click();
    await page.locator('[data-lock="off"]').waitFor({ timeout: 15_000 });
    expect(await readStore(page, 'vault')).toEqual([]);
    expect(((await readStore(page, 'clients')) as Array<{ name: string }>).map((c) => c.name).sort()).toEqual([
      'María José Pérez',
      'Robin Park',
      'Sam Lee',
    ]);
    const data = await extensionTab(s.context, s.extensionId);
    pages.push(data);
    expect(await storageArea(data, 'session')).toEqual({});
  });
});
