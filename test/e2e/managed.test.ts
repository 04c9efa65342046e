import { existsSync, readdirSync, readFileSync, realpathSync, unlinkSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { CLAUSES } from '../../src/policy/clauses';
import { defaultSettings } from '../../src/policy/defaults';
import type { ManagedState } from '../../src/policy/locks';
import { settingsFile } from '../../src/policy/migrations';
import type { Settings } from '../../src/policy/schema';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { extensionDir } from './support/browser';
import { EXAMPLES_DIR, EXTENSION_ID_PLACEHOLDER, type Json, unpackedExtensionId } from './support/managed';
import { choose, fixtureRecord, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';
import { axeViolations, openOptions, saved, storageGet } from './ui';

/**
 * A practice's policy pushed by its administrator, the real way: Debian's
 * Chromium reads machine policy from JSON files in /etc/chromium/policies/managed/,
 * and hands the "3rdparty" → "extensions" → <id> part to that extension's
 * managed storage, checked against public/managed-schema.json. The file
 * written here is the administrator's example, docs/managed/linux/boundary-guard.json,
 * with this build's id in place of EXTENSION_ID (and one deliberate mistake
 * added, see below). No test seam: writing there needs root, which this
 * machine and CI have; the file is removed again after the run.
 *
 * The extension is loaded from a copy of the build in a directory of its own:
 * an unpacked extension's id comes from its path, so the policy names this
 * copy alone and reaches no other Chromium that runs meanwhile (other test
 * files, other people's runs on the same machine load other paths).
 */

const POLICY_DIR = '/etc/chromium/policies/managed';
const BY = 'Harbor Counseling IT';
const FRIENDS = 'https://www.facebook.com/friends/';

let s: Session;
let copyRoot = '';
let extensionId = '';
let policyFile = '';
/** Directories this file made under /etc (removed again if still empty). */
const madeDirs: string[] = [];
const pages: Page[] = [];

/** The example's policy for the extension, as the administrator's file has it. */
function examplePolicyFromLinuxFile(): Record<string, Json> {
  const file = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'linux/boundary-guard.json'), 'utf8'));
  const policy = file['3rdparty']?.extensions?.[EXTENSION_ID_PLACEHOLDER];
  if (!policy) throw new Error('docs/managed/linux/boundary-guard.json has no "3rdparty" → "extensions" → EXTENSION_ID');
  return policy;
}

async function makeDirs(dir: string): Promise<void> {
  if (existsSync(dir)) return;
  await makeDirs(dirname(dir));
  await mkdir(dir);
  madeDirs.unshift(dir);
}

function removePolicy(): void {
  if (policyFile && existsSync(policyFile)) unlinkSync(policyFile);
}
// Even if the run is cut short, the machine's policy folder is left as it was.
process.once('exit', removePolicy);

async function options(tab = 'policy'): Promise<Page> {
  const page = await openOptions(s.context, s.extensionId, tab);
  pages.push(page);
  return page;
}

async function open(url: string): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

beforeAll(async () => {
  copyRoot = realpathSync(await mkdtemp(join(tmpdir(), 'bg-managed-')));
  const dir = join(copyRoot, 'chrome-mv3');
  await cp(extensionDir(), dir, { recursive: true });
  extensionId = unpackedExtensionId(dir);

  const policy = examplePolicyFromLinuxFile();
  // One mistake Chrome's schema lets through (any string is a "choice" to it): the extension must ignore it,
  // say so on the options page, and use the rest.
  const clauses = { ...(policy.clauses as Record<string, Json>), search: { choice: 'sometimes' } };
  const file = { '3rdparty': { extensions: { [extensionId]: { ...policy, clauses } } } };
  try {
    await makeDirs(POLICY_DIR);
    policyFile = join(POLICY_DIR, `boundary-guard-e2e-${process.pid}.json`);
    await writeFile(policyFile, JSON.stringify(file, null, 2));
  } catch (error) {
    throw new Error(
      `This test deploys a machine policy in ${POLICY_DIR}, which needs root (CI and the dev container run as root): ${String(error)}`,
    );
  }
  s = await startSession({ certDir: inject('e2eCertDir'), extensionDir: dir });
  await s.importClients('name,facebook\r\nMaría José Pérez,https://www.facebook.com/profile.php?id=100001234567890\r\n');
}, 120_000);

afterAll(async () => {
  await s?.close();
  removePolicy();
  for (const dir of madeDirs) if (existsSync(dir) && readdirSync(dir).length === 0) await rmdir(dir);
  if (copyRoot) await rm(copyRoot, { recursive: true, force: true });
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

/** The managed state the background stored, once it is there. */
async function managedState(page: Page): Promise<ManagedState> {
  await expect.poll(() => storageGet(page, STORAGE_KEYS.managed), { timeout: 15_000 }).toBeTruthy();
  return storageGet<ManagedState>(page, STORAGE_KEYS.managed);
}

describe('a managed policy from /etc/chromium/policies/managed', () => {
  it('reaches the extension: Chromium loads it for this id, the background checks it and keeps the usable part', async () => {
    expect(s.extensionId).toBe(extensionId);
    const page = await options();
    const state = await managedState(page);
    expect(state.policy.managedBy).toBe(BY);
    expect(state.policy.platformRules).toEqual({ x: { follow: { level: 'block', scope: 'always' } } });
    expect(state.policy.clauses?.friending).toEqual({
      choice: 'former-after-review',
      text: CLAUSES.friending.choices.find((c) => c.id === 'former-after-review')?.text,
      locked: true,
    });
    expect(state.policy.clauses).not.toHaveProperty('search');
    expect(state.problems).toEqual([expect.stringMatching(/^clauses\.search\.choice: "sometimes" is not a choice of this clause/)]);
    // The therapist's own settings are untouched: the policy is applied over them, not written into them.
    expect(await storageGet(page, STORAGE_KEYS.settings)).toBeUndefined();
  });

  it('shows the managed parts locked, with who sets them, and leaves the rest editable', async () => {
    const page = await options('policy');
    const banner = page.locator('[data-managed-banner]');
    await banner.waitFor();
    expect(await banner.locator('h3').textContent()).toBe(`Parts of this policy are set by ${BY}`);
    expect(await banner.locator('[data-managed-problems] li').allTextContents()).toEqual([
      expect.stringMatching(/^clauses\.search\.choice: "sometimes" is not a choice/),
    ]);

    const friending = page.locator('[data-clause-text="friending"]');
    expect(await friending.isDisabled()).toBe(true);
    expect(await friending.inputValue()).toMatch(/^I do not accept friend or contact requests from current clients/);
    expect(await page.locator('[data-clause="friending"] [data-locked-note]').textContent()).toBe(`Set by ${BY}`);
    expect(await page.locator('[data-clause="friending"] input[type=radio]').count()).toBe(0);
    expect(await page.locator('[data-clause-text="reviews"]').inputValue()).toMatch(/^Harbor Counseling never confirms or denies/);
    expect(await page.locator('[data-clause-text="reviews"]').isDisabled()).toBe(true);
    // The ignored part locks nothing.
    expect(await page.locator('[data-clause-text="search"]').isDisabled()).toBe(false);
    // A clause the administrator left open: the practice's wording is offered, the therapist's stays.
    const offered = page.locator('[data-clause="interacting"] [data-clause-choice="practice"]');
    expect(await offered.isChecked()).toBe(false);
    expect(await page.getByLabel(`Your practice’s wording (from ${BY})`).count()).toBe(1);
    expect(await page.locator('[data-clause-text="interacting"]').isDisabled()).toBe(false);

    expect(await page.locator('[data-rule-level="review.respond"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-rule-level="review.respond"]').inputValue()).toBe('block');
    expect(await page.locator('[data-rule-level="follow"]').isDisabled()).toBe(false);
    const site = page.locator('[data-site-rules="follow"]');
    expect(await site.getAttribute('open')).not.toBeNull();
    expect(await site.locator('summary').textContent()).toContain('Different on X');
    expect(await page.locator('[data-site-level="x:follow"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-site-level="x:follow"]').inputValue()).toBe('block');
    expect(await page.locator('[data-site-rule="x:follow"] [data-locked-note]').textContent()).toBe(`Set by ${BY}`);
    expect(await page.locator('[data-site-level="facebook:follow"]').isDisabled()).toBe(false);
    expect(await page.locator('[data-platform="yelp"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-platform="x"]').isDisabled()).toBe(false);
    expect(await page.locator('[data-setting="reviewReplyText"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-setting="discreet"]').isDisabled()).toBe(false);
    // A locked control says why, to a screen reader too.
    const describedBy = (await page.locator('[data-site-level="x:follow"]').getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(`Set by ${BY}`);

    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'Log' }).click();
    expect(await page.locator('[data-setting="logRetentionDays"]').inputValue()).toBe('180');
    expect(await page.locator('[data-setting="logRetentionDays"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-setting="logNames"]').isDisabled()).toBe(false);
    await page.getByRole('tab', { name: 'Client document' }).click();
    expect(await page.locator('[data-practice="practiceName"]').inputValue()).toBe('Harbor Counseling');
    expect(await page.locator('[data-practice="practiceName"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-practice="therapistName"]').isDisabled()).toBe(false);
    expect(await page.locator('[data-policy-document]').textContent()).toContain('Harbor Counseling never confirms or denies');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the open parts stay the therapist’s: edits save, and the offered wording can be taken', async () => {
    const page = await options('policy');
    await page.locator('[data-managed-banner]').waitFor();
    await page.locator('[data-clause="interacting"] [data-clause-choice="practice"]').check();
    await page.locator('[data-site-level="facebook:follow"]').selectOption('reason');
    await saved(page);
    const stored = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    expect(stored.clauses.interacting).toEqual({
      choice: 'practice',
      text: 'Please do not contact your therapist through social media. Call the office at (555) 010-2030 about anything to do with your care.',
    });
    expect(stored.platformRules).toEqual({ facebook: { follow: { level: 'reason', scope: 'client' } } });
    // Locked parts keep the therapist's own values underneath.
    expect(stored.clauses.friending).toEqual(defaultSettings().clauses.friending);
    expect(stored.logRetentionDays).toBe(90);
    await page.locator('[data-site-level="facebook:follow"]').selectOption('');
    await saved(page);
  });

  it('guards with it: the reminder quotes the managed clause, and Follow on X is blocked', async () => {
    const fb = await open(FRIENDS);
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    const view = await waitForReminder(fb);
    expect(view.policy).toContain('I do not accept friend or contact requests from current clients.');
    await choose(fb, 'stop');
    expect((await fixtureRecord(fb)).actions).toEqual([]);

    const x = await open('https://x.com/maria_perez');
    await x.locator('[data-fixture-action="follow:jordan"]').click();
    expect((await waitForReminder(x)).choices).toEqual(['stop']);
    await choose(x, 'stop');
    expect((await fixtureRecord(x)).actions).toEqual([]);
  });

  it('the popup shows the managed levels for the site', async () => {
    const x = await open('https://x.com/maria_perez');
    await x.bringToFront();
    const tabs = (await s.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      }),
    )) as Array<{ id: number }>;
    const popup = await s.context.newPage();
    pages.push(popup);
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabs[0]?.id}`);
    await popup.locator('[data-guarded-actions]').waitFor();
    const lines = (await popup.locator('[data-guarded-actions] li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(lines).toContain('Following someone Block (X only)');
  });

  it('a settings file cannot change the managed parts, and the preview says so', async () => {
    const page = await options('backup');
    const file = defaultSettings();
    file.clauses.friending = { choice: 'custom', text: 'From a file: friending is fine.' };
    file.rules['review.respond'] = { level: 'off', scope: 'always' };
    file.logRetentionDays = 30;
    file.discreet = true;
    await page
      .locator('input[type=file][data-import="settings"]')
      .setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(settingsFile(file)) });
    const preview = page.locator('[data-import-preview="settings"]');
    await preview.waitFor();
    const held = (await preview.locator('[data-import-held]').textContent()) ?? '';
    // Everything the policy sets and the file says otherwise, the seed values of the file included.
    expect(held).toContain(
      `Set by ${BY}, so this file cannot change: Practice name; Contact for questions; Policy clause “Friending”; ` +
        'Policy clause “Review sites”; Responding to a review; Following someone on X; Generic review reply; Log kept for.',
    );
    // Only what would really change is listed as a change (the file has the standard wording where the therapist took the practice's).
    expect(await preview.locator('.changes li').allInnerTexts()).toEqual([
      'Policy clause “Interacting and messaging”: new wording',
      'Discreet mode: on',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-import-confirm]').click();
    await saved(page);
    const stored = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    expect(stored.clauses.friending.text).toBe('From a file: friending is fine.');

    // In force: still the administrator's clause.
    const fb = await open(FRIENDS);
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    const view = await waitForReminder(fb);
    expect(view.policy).toContain('I do not accept friend or contact requests from current clients.');
    expect(view.policy).not.toContain('From a file');
    await choose(fb, 'stop');
  });

  it('when the administrator removes the policy, the therapist’s own settings are back', async () => {
    const page = await options('policy');
    await page.locator('[data-managed-banner]').waitFor();
    removePolicy();
    // Chromium notices the change in its policy folder by itself; the background then drops the managed copy.
    await expect.poll(() => storageGet(page, STORAGE_KEYS.managed), { timeout: 30_000, interval: 500 }).toBeUndefined();
    await page.locator('[data-managed-banner]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-clause-text="friending"]').isDisabled()).toBe(false);
    expect(await page.locator('[data-clause-text="friending"]').inputValue()).toBe('From a file: friending is fine.');
    expect(await page.locator('[data-rule-level="review.respond"]').inputValue()).toBe('off');
    const fb = await open(FRIENDS);
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    expect((await waitForReminder(fb)).policy).toContain('From a file: friending is fine.');
    await choose(fb, 'stop');
  });
});
