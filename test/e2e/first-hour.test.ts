import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { optionsUrl } from './support/options';
import { fixtureRecord, onReminderRoot, reminderBox, waitForReminderGone } from './support/page';
import { type Session, startSession } from './support/session';
import { axeViolations, openOptions, saved, storageSet } from './ui';

/**
 * The therapist's first hour (issue 15) in Chromium, from a fresh profile: the setup opens on
 * install, the empty client list is said out loud, an EHR export comes in through the column
 * mapping, a re-import updates and adds, and the Log tab follows new entries.
 */

let s: Session;
const pages: Page[] = [];

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  for (const p of pages.splice(0)) if (!p.isClosed()) await p.close();
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

async function options(tab: string, keepSetup = false): Promise<Page> {
  const page = await openOptions(s.context, s.extensionId, tab, keepSetup);
  pages.push(page);
  return page;
}

/** "Last Name;First Name;…" as UTF-16 little-endian with its byte-order mark: what "Unicode text" exports are. */
function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

async function chooseClients(page: Page, name: string, buffer: Buffer): Promise<Page> {
  await page.locator('input[type=file][data-import="clients"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.locator('[data-import-preview="clients"]').waitFor();
  return page;
}

describe('first run', () => {
  it('installing opens the options page with the setup', async () => {
    const url = optionsUrl(s.extensionId);
    await expect.poll(() => s.context.pages().some((p) => p.url().startsWith(url)), { timeout: 15_000 }).toBe(true);
    const page = s.context.pages().find((p) => p.url().startsWith(url)) as Page;
    pages.push(page);
    await page.locator('[data-setup]').waitFor();
    expect(await page.locator('#setup-title').textContent()).toBe('Welcome to Boundary Guard');
  });

  it('the setup speaks to the therapist, and tells the review wordings apart in one line each', async () => {
    const page = await options('policy', true);
    const setup = page.locator('[data-setup]');
    expect(await setup.locator('.setup-step').textContent()).toBe('Setting up your policy · step 1 of 4');
    await setup.locator('[data-setup-next]').click();
    await setup.locator('[data-setup-next]').click();
    await setup.getByRole('heading', { name: 'Messages and reviews' }).waitFor();
    const words = ((await setup.textContent()) ?? '').replace(/\s+/g, ' ');
    // The clause's "why" for clients ("our work together", "that you see a therapist") belongs in the client document only.
    expect(words).not.toMatch(/\bour (work|privacy)\b|you see a therapist|your record\b/);
    expect(words).toContain('can confirm that the reviewer is your client');
    const hints = await setup.locator('[data-choice-hint]').allInnerTexts();
    expect(hints).toEqual([
      'No reply at all, not even “thank you”: a review stays unanswered.',
      'At most one general statement about the practice, the same for every review (the reminder offers yours).',
      'You may reply to a review, but never in a way that says or hints who is a client.',
    ]);
    // Each hint is part of its option's name, as a screen reader reads it.
    await setup.getByRole('radio', { name: /^Never respond to reviews No reply at all/ }).waitFor();
    expect(await axeViolations(page, '[data-setup]')).toEqual([]);
  });

  it('with no clients the options page and the popup say the client checks are off; the setup ends by asking for the list', async () => {
    const page = await options('policy', true);
    const note = page.locator('[data-no-clients]');
    expect(await note.textContent()).toMatch(/^No clients yet: the client checks are off\./);
    await note.getByRole('button', { name: 'Add your clients' }).click();
    expect(page.url()).toMatch(/#clients$/);

    const setup = page.locator('[data-setup]');
    for (let i = 0; i < 3; i++) await setup.locator('[data-setup-next]').click();
    await setup.locator('[data-setup-save]').click();
    await setup.getByRole('heading', { name: 'Done' }).waitFor();
    expect(await setup.locator('[data-setup-list]').textContent()).toContain('need your list');
    expect(await setup.locator('[data-setup-import]').textContent()).toBe('Import a list');
    expect(await setup.locator('[data-setup-later]').textContent()).toBe('I’ll do it later');
    expect(await axeViolations(page, '[data-setup]')).toEqual([]);
    await setup.locator('[data-setup-import]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-clients-file');

    const popup = await s.context.newPage();
    pages.push(popup);
    await popup.setViewportSize({ width: 368, height: 600 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await popup.locator('[data-popup-state="unguarded"]').waitFor();
    expect(await popup.locator('[data-no-clients]').textContent()).toMatch(/^No clients yet: the client checks are off\./);
    expect(await popup.locator('[data-popup-state="unguarded"]').textContent()).toContain(
      'Facebook, X, Instagram, LinkedIn, Yelp for Business and Google reviews',
    );
    expect(await popup.getByRole('button', { name: 'Set up' }).isVisible()).toBe(true);
    expect(await popup.getByRole('button', { name: 'Open settings' }).isVisible()).toBe(true);
    // It fits in the 600 px a browser gives a popup.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('the list from practice software', () => {
  const EHR = [
    'Client ID;Last Name;First Name;Preferred Name;Email',
    '1001;Pérez;María José;Majo;mj@example.com',
    '1002;Lee;Samuel;Sam;sam@example.com',
    '1003;Ødegård;Zoë;;',
    '',
  ].join('\r\n');

  it('an EHR export (first and last name columns, ";" separated, UTF-16) comes in through the column mapping', async () => {
    const page = await chooseClients(await options('clients'), 'ehr-export.txt', utf16(EHR));
    const preview = page.locator('[data-import-preview="clients"]');
    const roles = await preview.locator('[data-column-role]').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    expect(roles).toEqual(['ignore', 'last', 'first', 'aliases', 'ignore']);
    expect(await preview.locator('[data-import-counts]').textContent()).toMatch(/^ehr-export\.txt: 3 new, 0 updated, 0 rejected\./);
    expect(await preview.locator('table[data-import-new] tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^María José Pérez\s+Majo/),
      expect.stringMatching(/^Samuel Lee\s+Sam/),
      expect.stringMatching(/^Zoë Ødegård/),
    ]);
    // The therapist says the preferred name is not to be used: the preview follows, nothing is stored yet.
    await preview.getByLabel('Read “Preferred Name” as').selectOption('ignore');
    expect(await preview.locator('table[data-import-new] tbody tr').first().textContent()).not.toContain('Majo');
    await preview.getByLabel('Read “Preferred Name” as').selectOption('aliases');
    expect(await page.locator('#tab-clients .tab-badge').textContent()).toBe('0');
    expect(await axeViolations(page, '[data-import-block="clients"]')).toEqual([]);

    await page.locator('[data-import-confirm]').click();
    expect(await page.locator('[data-import-result]').textContent()).toBe(
      'Imported 3 clients from ehr-export.txt: 3 new, 0 updated, 0 rejected.',
    );
    await expect
      .poll(() => page.locator('[data-client-list] .client-name').allInnerTexts())
      .toEqual(expect.arrayContaining(['María José Pérez', 'Samuel Lee', 'Zoë Ødegård']));
  });

  it('a re-import of the updated list updates the clients it has and adds the new ones', async () => {
    const page = await chooseClients(
      await options('clients'),
      'ehr-export-march.csv',
      Buffer.from(
        ['First Name;Last Name;Preferred Name;X', 'María José;Pérez;Majo;@mariajp', 'Samuel;Lee;Sam;', 'Ana;Ruiz;;', ';;;@nobody', ''].join(
          '\r\n',
        ),
      ),
    );
    const preview = page.locator('[data-import-preview="clients"]');
    expect(await preview.locator('[data-import-counts]').textContent()).toMatch(
      /^ehr-export-march\.csv: 1 new, 1 updated, 1 rejected\. 1 client is already up to date\./,
    );
    expect(await preview.locator('table[data-import-updates] tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^María José Pérez\s+X: @mariajp/),
    ]);
    expect(await preview.locator('table.rejected tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^empty name\s+line 5/)]);
    await page.locator('[data-import-confirm]').click();
    expect(await page.locator('[data-import-result]').textContent()).toBe(
      'Imported 2 clients from ehr-export-march.csv: 1 new, 1 updated, 1 rejected. empty name (line 5).',
    );
    await expect.poll(() => page.locator('#tab-clients .tab-badge').textContent()).toBe('4');
    await page.locator('[data-client-search]').fill('mariajp');
    await expect.poll(() => page.locator('[data-client-list] li').allInnerTexts()).toEqual([expect.stringContaining('X: @mariajp')]);
  });

  it('offers a template to download', async () => {
    const page = await options('clients');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-import-template]').click()]);
    expect(download.suggestedFilename()).toBe('client-list-template.csv');
  });
});

describe('screens that stay true', () => {
  it('the Log tab shows a new entry as it is stored, without Refresh', async () => {
    const page = await options('log');
    await page.locator('[data-log-count]').waitFor();
    await expect.poll(() => page.locator('[data-log-count]').textContent()).toBe('The log is empty.');
    // Another extension page sends an entry to the background, as a content script does.
    const other = await s.context.newPage();
    pages.push(other);
    await other.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await other.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'log',
        entry: { at: Date.now(), platform: 'x', kind: 'follow', back: true, level: 'confirm', client: 'no', choice: 'stopped' },
      }),
    );
    await expect.poll(() => page.locator('[data-log-table] tbody tr').count(), { timeout: 10_000 }).toBe(1);
    const row = await page.locator('[data-log-table] tbody tr').textContent();
    expect(row).toContain('Following back');
    expect(row).toContain('Not on the list');
  });
  it('the Remind notice names the person and the action, says they are not a client and that it went through, counts down, closes by its button or after 15 s', async () => {
    const settingsPage = await options('policy');
    const base = defaultSettings();
    await storageSet(settingsPage, {
      [STORAGE_KEYS.settings]: { ...base, rules: { ...base.rules, 'connect.accept': { level: 'remind', scope: 'always' } } },
    });
    const page = await s.open('https://www.facebook.com/friends/');
    pages.push(page);
    const accept = (who: string) => page.locator(`[role="button"][data-fixture-action="accept:${who}"]`).click();
    const notice = () =>
      onReminderRoot(page, (root) => {
        const n = root.querySelector('[role="status"]');
        const text = (sel: string) => n?.querySelector(sel)?.textContent ?? null;
        return n
          ? {
              what: text('[data-notice-what]'),
              client: text('[data-notice-client]'),
              done: text('[data-notice-done]'),
              spoken: text('.sr-only'),
              countdown: text('.countdown'),
              dialog: root.querySelector('[role="alertdialog"]') !== null,
            }
          : null;
      });

    await accept('jordan');
    await expect.poll(notice).toMatchObject({
      what: 'Accepting a friend, follow or connection request · Jordan Smith (@jordan.smith.77)',
      client: 'Not on your client list',
      done: 'It already went through: at this level Boundary Guard only reminds you.',
      spoken: 'This notice closes by itself in 15 seconds.',
      dialog: false,
    });
    // It went through at once, exactly once: a notice asks nothing.
    expect((await fixtureRecord(page)).actions).toEqual(['accept:jordan']);
    await expect.poll(async () => (await notice())?.countdown, { timeout: 4_000 }).toMatch(/^Closes in 1[0-3] s$/);
    // The Close button, pressed with the mouse.
    const close = await reminderBox(page, '[data-notice-close]');
    if (!close) throw new Error('The notice has no Close button');
    await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    await waitForReminderGone(page);

    // Left alone, it stays its 15 s and then goes by itself.
    await accept('maria');
    await expect.poll(notice).not.toBeNull();
    const shown = Date.now();
    await page.waitForTimeout(12_000);
    expect(await notice()).not.toBeNull();
    await waitForReminderGone(page, 6_000);
    expect(Date.now() - shown).toBeGreaterThanOrEqual(14_000);
    await storageSet(settingsPage, { [STORAGE_KEYS.settings]: base });
  });
});

describe('editing a clause never loses text', () => {
  it('own wording comes back after a stock wording, and Undo puts back the last change', async () => {
    const page = await options('policy');
    const card = page.locator('[data-clause="friending"]');
    const text = card.locator('[data-clause-text="friending"]');
    const stockText = await text.inputValue();
    await card.locator('input[type=radio][value="custom"]').check();
    await text.fill('I keep social media for colleagues only; please reach me at the office.');
    await saved(page);
    await card.locator('[data-clause-choice]').first().check();
    expect(await text.inputValue()).not.toContain('colleagues only');
    await card.locator('input[type=radio][value="custom"]').check();
    expect(await text.inputValue()).toBe('I keep social media for colleagues only; please reach me at the office.');

    await text.fill('Something I did not mean to write.');
    await card.locator('[data-clause-undo="friending"]').click();
    expect(await text.inputValue()).toBe('I keep social media for colleagues only; please reach me at the office.');
    await saved(page);
    // The stock wording is still one choice away, unchanged.
    await card.locator('[data-clause-choice]').first().check();
    expect(await text.inputValue()).toBe(stockText);
  });
});
