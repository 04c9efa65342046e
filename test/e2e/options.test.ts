import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import type { Settings } from '../../src/policy/schema';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { choose, fixtureRecord, reminderShown, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';
import { axeViolations, downloadText, openOptions, reminderAxeViolations, saved, seedLog, storageGet } from './ui';

/**
 * The options page in the built extension: the policy editor reaching open
 * tabs, the CSV import contract, the settings file, the log, and the checks
 * (axe-core, 2,000 clients, 10,000 log entries) that keep it usable.
 */

const FRIENDS = 'https://www.facebook.com/friends/';

const CLIENTS_CSV = [
  '\uFEFFName,Facebook,ALIASES,Instagram,X',
  `"María José Pérez",https://www.facebook.com/profile.php?id=100001234567890,"Maria Perez; María Pérez",maria.perez,`,
  'Samuel Lee,facebook.com/samuel.lee.5,Sam Lee,,',
  `Chris O'Neil,https://www.facebook.com/friends/requests/?profile_id=100009876543210,,,`,
  '',
].join('\r\n');

let s: Session;
const pages: Page[] = [];

async function options(tab = 'policy', keepSetup = false): Promise<Page> {
  const page = await openOptions(s.context, s.extensionId, tab, keepSetup);
  pages.push(page);
  return page;
}

async function practicePage(url = FRIENDS): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

beforeAll(async () => {
  s = await startSession({ certDir: inject('e2eCertDir') });
  expect(await s.importClients(CLIENTS_CSV)).toMatch(/^Imported 3 clients/);
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

describe('first load', () => {
  it('has both import inputs in the page as it loads, whatever the tab, and the first-run setup', async () => {
    const page = await s.context.newPage();
    pages.push(page);
    await page.goto(`chrome-extension://${s.extensionId}/options.html#log`);
    // Counted at once, before any tab is opened or any data has loaded.
    expect(await page.locator('input[type=file][data-import="clients"]').count()).toBe(1);
    expect(await page.locator('input[type=file][data-import="settings"]').count()).toBe(1);
    expect(await page.locator('[data-import-confirm], [data-import-result]').count()).toBe(0);
    await page.locator('[data-setup]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('walks through the first-run setup with the seed policy preselected, and saves the choices', async () => {
    const page = await options('policy', true);
    const setup = page.locator('[data-setup]');
    await setup.getByLabel('Practice name (optional)').fill('Harbor Counseling');
    await setup.locator('[data-setup-next]').click();
    expect(await setup.getByLabel('Never accept or send friend requests to clients').isChecked()).toBe(true);
    await setup.getByLabel('Not with current clients; former clients only after careful thought').check();
    await setup.locator('[data-setup-next]').click();
    expect(await setup.getByLabel('Never respond to reviews').isChecked()).toBe(true);
    expect(await axeViolations(page, '[data-setup]')).toEqual([]);
    await setup.locator('[data-setup-next]').click();
    expect(await setup.getByLabel(/^Standard/).isChecked()).toBe(true);
    await setup.locator('[data-setup-save]').click();
    await setup.getByRole('heading', { name: 'Done' }).waitFor();
    await saved(page);
    const stored = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    expect(stored.practice.practiceName).toBe('Harbor Counseling');
    expect(stored.clauses.friending.choice).toBe('former-after-review');
    expect(stored.rules).toEqual(defaultSettings().rules);
    expect(await storageGet(page, STORAGE_KEYS.setupDone)).toBe(true);
  });
});

describe('policy', () => {
  it('an edited clause is what the reminder on an open practice page quotes, without a reload, and what the document prints', async () => {
    const fb = await practicePage();
    const page = await options('policy');
    const text = 'I keep social media and therapy apart: no friend requests, either way. <b>Really.</b>';
    await page.locator('[data-clause-text="friending"]').fill(text);
    await saved(page);

    await fb.bringToFront();
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    const view = await waitForReminder(fb);
    expect(view.policy).toContain(text);
    expect(await reminderAxeViolations(fb)).toEqual([]);
    await choose(fb, 'stop');
    expect((await fixtureRecord(fb)).actions).toEqual([]);

    await page.bringToFront();
    await page.getByRole('tab', { name: 'Client document' }).click();
    await expect.poll(() => page.locator('[data-doc-section="friending-following"]').textContent()).toContain(text);
    // The markup in the clause is text in the document, never an element.
    expect(await page.locator('[data-policy-document] b').count()).toBe(0);
  });

  it('a level and discreet mode reach the open tab too', async () => {
    const fb = await practicePage();
    const page = await options('policy');
    await page.locator('[data-rule-level="connect.accept"]').selectOption('block');
    await page.locator('[data-setting="discreet"]').check();
    await saved(page);
    await fb.bringToFront();
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    const view = await waitForReminder(fb);
    expect(view.choices).toEqual(['stop']);
    expect(view.text).not.toContain('María');
    await choose(fb, 'stop');

    await page.locator('[data-rule-level="connect.accept"]').selectOption('confirm');
    await page.locator('[data-setting="discreet"]').uncheck();
    await saved(page);
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    const again = await waitForReminder(fb);
    expect(again.choices).toEqual(['proceed', 'stop']);
    expect(again.who).toContain('María José Pérez');
    await choose(fb, 'stop');
  });

  it('a level for one site: Follow set to Block on X only blocks on X, and Facebook still confirms', async () => {
    const page = await options('policy');
    const follow = page.locator('[data-site-rules="follow"]');
    expect(await follow.locator('summary').textContent()).toContain('Same on all sites');
    // By keyboard: the disclosure opens with Enter, a level is picked with the arrow keys.
    await follow.locator('summary').focus();
    await page.keyboard.press('Enter');
    const xLevel = page.locator('[data-site-level="x:follow"]');
    await xLevel.focus();
    await page.keyboard.press('End');
    expect(await xLevel.inputValue()).toBe('block');
    // A new exception starts with the scope of the rule for every site (clients only), then gets its own.
    expect(await page.locator('[data-site-scope="x:follow"]').inputValue()).toBe('client');
    await page.locator('[data-site-scope="x:follow"]').selectOption('always');
    await saved(page);
    const stored = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    expect(stored.platformRules).toEqual({ x: { follow: { level: 'block', scope: 'always' } } });
    expect(stored.rules.follow).toEqual(defaultSettings().rules.follow);
    expect(await follow.locator('summary').textContent()).toContain('Different on X');
    expect(await page.locator('[data-site-level="facebook:follow"]').inputValue()).toBe('');
    expect(await axeViolations(page, '[data-rule="follow"]')).toEqual([]);

    // X: a stranger's Follow is blocked (no Proceed), and the page never sees the click.
    const x = await practicePage('https://x.com/maria_perez');
    await x.locator('[data-fixture-action="follow:jordan"]').click();
    const blocked = await waitForReminder(x);
    expect(blocked.choices).toEqual(['stop']);
    await choose(x, 'stop');
    expect((await fixtureRecord(x)).actions).toEqual([]);

    // Facebook: Follow keeps the rule for every site (Confirm, for clients).
    const fb = await practicePage('https://www.facebook.com/maria.perez');
    await fb.locator('[data-fixture-action="follow:maria"]').click();
    const confirm = await waitForReminder(fb);
    expect(confirm.choices).toEqual(['proceed', 'stop']);
    await choose(fb, 'stop');

    // Back to the same level everywhere: X follows the rule for every site again (strangers pass).
    await page.bringToFront();
    await xLevel.focus();
    await page.keyboard.press('Home');
    await saved(page);
    expect((await storageGet<Settings>(page, STORAGE_KEYS.settings)).platformRules).toEqual({});
    expect(await page.locator('[data-site-scope="x:follow"]').count()).toBe(0);
    // The list stays open and the focus where it was: nothing closes under a keyboard user.
    expect(await follow.getAttribute('open')).not.toBeNull();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.siteLevel)).toBe('x:follow');
    expect(await follow.locator('summary').textContent()).toContain('Same on all sites');
    await x.bringToFront();
    await x.locator('[data-fixture-action="follow:jordan"]').click();
    expect(await reminderShown(x)).toBe(false);
    expect((await fixtureRecord(x)).actions).toEqual(['follow:jordan']);
  });

  it('tells the therapist when settings changed in another window instead of overwriting them', async () => {
    const a = await options('policy');
    const b = await options('policy');
    await b.locator('[data-clause-text="search"]').fill('Typed in the second window.');
    await a.locator('[data-setting="discreet"]').check();
    await saved(a);
    await b.locator('[data-settings-conflict]').waitFor();
    expect((await storageGet<Settings>(a, STORAGE_KEYS.settings)).discreet).toBe(true);
    await b.getByRole('button', { name: 'Load the newer settings' }).click();
    expect(await b.locator('[data-setting="discreet"]').isChecked()).toBe(true);
    expect(await b.locator('[data-clause-text="search"]').inputValue()).not.toBe('Typed in the second window.');
    await a.locator('[data-setting="discreet"]').uncheck();
    await saved(a);
  });

  it('has no axe violations on any tab, in light and dark', async () => {
    const page = await options('policy');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const tab of ['Policy', 'Clients', 'Log', 'Client document', 'Settings file']) {
        await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
        // Every disclosure open (the levels of each site included), so axe sees every control.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
        });
        expect([scheme, tab, await axeViolations(page)]).toEqual([scheme, tab, []]);
      }
    }
  });

  it('works by keyboard: arrow keys move between tabs, Enter and Space operate controls', async () => {
    const page = await options('policy');
    await page.getByRole('tab', { name: 'Policy' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Clients/);
    expect(await page.getByRole('tabpanel', { name: /Clients/ }).isVisible()).toBe(true);
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Diagnostics' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    // Focus left the tab list for the first control of the panel, and it is visibly marked.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });

  it('reflows at 200% zoom without horizontal scrolling', async () => {
    const page = await options('policy');
    await page.setViewportSize({ width: 640, height: 800 });
    for (const tab of ['policy', 'clients', 'log', 'document', 'backup', 'diagnostics']) {
      await page.evaluate((t) => {
        document.documentElement.style.zoom = '2';
        location.hash = t;
        // The levels of each site too.
        for (const d of document.querySelectorAll('details')) d.open = true;
      }, tab);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect([tab, overflow]).toEqual([tab, 0]);
    }
  });
});

describe('clients', () => {
  const BAD_CSV = [
    'name,x,instagram',
    'Dana Whitfield,@dana_w,',
    ',@nobody,',
    'Samuel Lee,,',
    'Ola Nordmann,,',
    'ola nordmann,,',
    'Pat Quinn,this is not a handle,',
    'Kim Ode,,kim.ode',
    '',
  ].join('\r\n');

  it('imports a CSV with bad rows: a preview of what is added and what is rejected, nothing stored until confirmed', async () => {
    const page = await options('policy');
    const before = await page.locator('#tab-clients .tab-badge').textContent();
    await page.locator('input[type=file][data-import="clients"]').setInputFiles({
      name: 'intake.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_CSV),
    });
    // Choosing the file opens the Clients tab with the preview.
    const preview = page.locator('[data-import-preview="clients"]');
    await preview.waitFor();
    expect(await page.getByRole('tab', { name: /^Clients/ }).getAttribute('aria-selected')).toBe('true');
    expect(await preview.locator('table[data-import-new] tbody tr').allInnerTexts()).toEqual([
      expect.stringContaining('Dana Whitfield'),
      expect.stringContaining('Ola Nordmann'),
      expect.stringContaining('Kim Ode'),
    ]);
    // Samuel Lee is on the list already, as the file has him: not a problem, not a change.
    expect(await preview.locator('[data-import-counts]').textContent()).toMatch(
      /^intake\.csv: 3 new, 0 updated, 3 rejected\. 1 client is already up to date\./,
    );
    const rejected = await preview.locator('table.rejected tbody tr').allInnerTexts();
    expect(rejected.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      'empty name line 3',
      'duplicate: same name as line 5 line 6 “ola nordmann”',
      expect.stringMatching(/^malformed X handle .* line 7 “Pat Quinn”$/),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing stored yet.
    expect(await page.locator('#tab-clients .tab-badge').textContent()).toBe(before);

    await page.locator('[data-import-confirm]').click();
    const result = await page.locator('[data-import-result]').textContent();
    expect(result).toMatch(/^Imported 3 clients from intake\.csv: 3 new, 0 updated, 3 rejected\. /);
    expect(result).toContain('empty name (line 3)');
    expect(result).toContain('(line 7 “Pat Quinn”)');
    expect(await page.locator('[data-import-confirm]').count()).toBe(0);
    await expect.poll(() => page.locator('#tab-clients .tab-badge').textContent()).toBe(String(Number(before) + 3));
  });

  it('shows each handle as its site shows it', async () => {
    const page = await options('clients');
    const pills = (who: string) => page.locator(`[data-client="${who}"] .handles .pill`).allInnerTexts();
    await page.locator('[data-client-search]').fill('perez');
    await expect.poll(() => pills('María José Pérez')).toEqual(['Facebook profile 100001234567890', 'Instagram: @maria.perez']);
    await page.locator('[data-client-search]').fill('samuel');
    await expect.poll(() => pills('Samuel Lee')).toEqual(['Facebook: samuel.lee.5']);
    await page.locator('[data-client-search]').fill('');
  });

  it('adds, edits, searches and removes a client, with errors next to the field', async () => {
    const page = await options('clients');
    await page.locator('[data-add-client]').click();
    const form = page.locator('[data-client-form]');
    await form.getByLabel('Name', { exact: true }).fill('maria jose perez');
    await form.getByLabel('X handle').fill('not a handle!');
    await form.getByRole('button', { name: 'Add client' }).click();
    expect(await form.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.error').allInnerTexts()).toEqual([
      '“María José Pérez” is already on your client list.',
      expect.stringMatching(/^Malformed X handle "not a handle!"/),
    ]);
    // The first field with an error has the focus.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('name');
    expect(await axeViolations(page, 'dialog')).toEqual([]);
    await form.getByLabel('Name', { exact: true }).fill('Robin Hale');
    await form.getByLabel('X handle').fill('https://x.com/RobinHale');
    await form.getByRole('button', { name: 'Add client' }).click();
    await form.waitFor({ state: 'detached' });

    await page.locator('[data-client-search]').fill('robinhale');
    await expect.poll(() => page.locator('[data-client-list] li').allInnerTexts()).toEqual([expect.stringContaining('X: @robinhale')]);
    await page.getByRole('button', { name: 'Edit Robin Hale' }).click();
    await form.getByLabel('Name', { exact: true }).fill('Robin Hale-Moss');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.locator('[data-client-search]').fill('hale moss');
    await expect.poll(() => page.locator('[data-client-list] li .client-name').allInnerTexts()).toEqual(['Robin Hale-Moss']);

    await page.getByRole('button', { name: 'Remove Robin Hale-Moss' }).click();
    // The safe answer has the focus in the confirmation.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.locator('dialog [data-confirm]').click();
    await expect.poll(() => page.locator('[data-client-list] li').count()).toBe(0);
  });

  it('exports the list as CSV in the import columns', async () => {
    const page = await options('clients');
    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(file.name).toMatch(/^boundary-guard-clients-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('name,aliases,facebook,x,instagram,yelp,google,linkedin');
    expect(lines).toContain("Chris O'Neil,,id:100009876543210,,,,,");
  });

  it('stays responsive with 2,000 clients', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `Person${i} Testname${i % 97},,p_${i}`);
    const page = await options('clients');
    await page.locator('input[type=file][data-import="clients"]').setInputFiles({
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['name,aliases,x', ...rows].join('\n')),
    });
    await page.locator('[data-import-confirm]').click();
    await page.locator('[data-import-result]').waitFor();

    // First render of the page with the whole list.
    const reload = Date.now();
    await page.reload();
    await page.locator('[data-client-list] li').first().waitFor();
    await expect.poll(() => page.locator('#tab-clients .tab-badge').textContent()).toMatch(/^2,\d{3}$/);
    const firstRender = Date.now() - reload;

    // Each keystroke: input event to the next painted frame, measured in the page.
    const keystrokes = await page.evaluate(async () => {
      const input = document.querySelector<HTMLInputElement>('[data-client-search]') as HTMLInputElement;
      const times: number[] = [];
      for (const value of ['t', 'te', 'tes', 'test', 'testn', 'testname', 'testname1', 'testname12']) {
        const start = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        times.push(performance.now() - start);
      }
      return times;
    });
    const rendered = await page.locator('[data-client-list] li').count();
    console.log(
      `[measure] 2,000 clients: page load to list ${firstRender} ms; keystroke to paint ${keystrokes.map((t) => t.toFixed(0)).join(', ')} ms (max ${Math.max(...keystrokes).toFixed(0)}); rows in DOM ${rendered}`,
    );
    expect(rendered).toBeLessThanOrEqual(100);
    expect(await page.locator('[data-client-count]').textContent()).toMatch(/^21 matches/);
    // About two frames per keystroke on this 2-core machine; a freeze would be a second or more. The bound on
    // the slowest allows for other work on the machine (parallel builds and tests), the median is the real figure.
    const median = [...keystrokes].sort((a, b) => a - b)[Math.floor(keystrokes.length / 2)] as number;
    expect(median).toBeLessThan(100);
    expect(Math.max(...keystrokes)).toBeLessThan(400);
  });
});

describe('log', () => {
  it('shows 10,000 entries a page at a time, filters them, counts weeks, exports and clears', async () => {
    const page = await options('clients');
    const now = Date.now();
    const platforms = ['facebook', 'x', 'instagram', 'yelp'];
    const choices = ['stopped', 'proceeded', 'noticed', 'blocked'];
    const entries = Array.from({ length: 10_000 }, (_, i) => ({
      at: now - i * 7 * 60_000,
      platform: platforms[i % 4],
      kind: i % 4 === 3 ? 'review.respond' : 'follow',
      level: 'confirm',
      client: i % 3 === 0 ? 'yes' : 'no',
      choice: choices[i % 4 === 3 ? 3 : i % 3],
      ...(i === 0 ? { reason: '<img src=x onerror=alert(1)>' } : {}),
    }));
    await seedLog(page, entries, { replace: true });

    const start = Date.now();
    await page.getByRole('tab', { name: 'Log' }).click();
    await page.locator('[data-log-table] tbody tr').first().waitFor();
    const firstRender = Date.now() - start;
    console.log(`[measure] 10,000 log entries: tab click to table ${firstRender} ms`);
    expect(await page.locator('[data-log-count]').textContent()).toMatch(/^1–50 of 10,000 entries/);
    expect(await page.locator('[data-log-table] tbody tr').count()).toBe(50);
    expect(await page.locator('[data-log-table] img').count()).toBe(0);
    expect(await page.locator('[data-log-table]').textContent()).toContain('Reason: <img src=x onerror=alert(1)>');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-log-filter="platform"]').selectOption('yelp');
    expect(await page.locator('[data-log-count]').textContent()).toMatch(/of 2,500 entries/);
    await page.locator('[data-log-filter="choice"]').selectOption('proceeded');
    expect(await page.locator('[data-log-count]').textContent()).toBe('No entries match the filter.');
    await page.locator('[data-log-filter="platform"]').selectOption('all');
    const proceeded = entries.filter((e) => e.choice === 'proceeded').length;
    expect(await page.locator('[data-log-count]').textContent()).toMatch(new RegExp(`of ${proceeded.toLocaleString('en-US')} entries`));
    await page.locator('[data-log-filter="choice"]').selectOption('all');

    // Week counts: the newest week's figures match the entries in it.
    const week = page.locator('[data-log-weeks] tbody tr').first();
    const counted =
      Number(await week.locator('[data-count="stopped"]').textContent()) +
      Number(await week.locator('[data-count="proceeded"]').textContent());
    expect(counted).toBeGreaterThan(0);

    const file = await downloadText(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
    expect(file.text.split('\r\n')).toHaveLength(10_001);

    await page.getByRole('button', { name: 'Clear log…' }).click();
    await page.locator('dialog [data-confirm]').click();
    await expect.poll(() => page.locator('[data-log-count]').textContent()).toMatch(/^The log is empty\./);
  });

  it('keeps 90 days by default and deletes older entries when the period is shortened', async () => {
    const page = await options('log');
    expect(await page.locator('[data-setting="logRetentionDays"]').inputValue()).toBe('90');
    const day = 86_400_000;
    await seedLog(
      page,
      [10, 45, 80].map((d) => ({
        at: Date.now() - d * day,
        platform: 'x',
        kind: 'follow',
        level: 'confirm',
        client: 'no',
        choice: 'stopped',
      })),
      { replace: true },
    );
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect.poll(() => page.locator('[data-log-count]').textContent()).toMatch(/of 3 entries/);
    await page.locator('[data-setting="logRetentionDays"]').selectOption('30');
    await expect.poll(() => page.locator('[data-log-count]').textContent()).toMatch(/of 1 entry.*2 entries older than 30 days deleted/);
    await saved(page);
    expect((await storageGet<Settings>(page, STORAGE_KEYS.settings)).logRetentionDays).toBe(30);
    await page.locator('[data-setting="logRetentionDays"]').selectOption('90');
    await saved(page);
  });
});

describe('settings file', () => {
  async function importSettings(page: Page, name: string, text: string): Promise<void> {
    await page
      .locator('input[type=file][data-import="settings"]')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  it('exports and re-imports to the same settings, client list included when asked', async () => {
    const page = await options('policy');
    await page.locator('[data-clause-text="reviews"]').fill('No replies to reviews, not even thanks.');
    await page.locator('[data-rule-level="follow.back"]').selectOption('reason');
    await page.locator('[data-rule-scope="reply"]').selectOption('always');
    await page.locator('[data-platform="yelp"]').uncheck();
    await page.getByRole('tab', { name: 'Client document' }).click();
    await page.locator('[data-practice="practiceName"]').fill('Harbor Counseling');
    await page.locator('[data-practice="effectiveDate"]').fill('2026-01-15');
    await saved(page);
    const exported = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    const clientsBefore = await page.locator('#tab-clients .tab-badge').textContent();

    await page.getByRole('tab', { name: 'Settings file' }).click();
    await page.locator('[data-export-clients]').check();
    const file = await downloadText(page, () => page.locator('[data-export-settings]').click());
    expect(file.name).toMatch(/^boundary-guard-settings-with-clients-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(file.text) as { format: string; version: number; clients: unknown[] };
    expect(json.format).toBe('boundary-guard.settings');
    expect(json.clients).toHaveLength(Number(clientsBefore?.replace(/,/g, '')));

    // Start over (standard policy), and remove a client, then bring everything back from the file.
    await page.getByRole('button', { name: 'Restore the standard policy…' }).click();
    await page.locator('dialog [data-confirm]').click();
    await saved(page);
    expect((await storageGet<Settings>(page, STORAGE_KEYS.settings)).rules).toEqual(defaultSettings().rules);
    await page.getByRole('tab', { name: /^Clients/ }).click();
    await page.locator('[data-client-search]').fill('Chris');
    await page.getByRole('button', { name: "Remove Chris O'Neil" }).click();
    await page.locator('dialog [data-confirm]').click();
    await expect.poll(() => page.locator('#tab-clients .tab-badge').textContent()).not.toBe(clientsBefore);

    await importSettings(page, file.name, file.text);
    const preview = page.locator('[data-import-preview="settings"]');
    await preview.waitFor();
    expect(await preview.locator('.changes li').allInnerTexts()).toEqual(
      expect.arrayContaining(['Policy clause “Review sites”: new wording', 'Yelp: not guarded']),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-import-confirm]').click();
    expect(await page.locator('[data-import-result]').textContent()).toMatch(/^Settings imported from .*Your client list now holds/);
    await saved(page);
    expect(await storageGet<Settings>(page, STORAGE_KEYS.settings)).toEqual(exported);
    await expect.poll(() => page.locator('#tab-clients .tab-badge').textContent()).toBe(clientsBefore);
  });

  it('refuses an invalid file, naming the field, and changes nothing', async () => {
    const page = await options('backup');
    const before = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    const bad = {
      format: 'boundary-guard.settings',
      ...defaultSettings(),
      rules: { ...defaultSettings().rules, follow: { level: 'sometimes', scope: 'always' } },
    };
    await importSettings(page, 'bad.json', JSON.stringify(bad));
    const result = page.locator('[data-import-result]');
    expect(await result.textContent()).toMatch(
      /^Nothing changed: bad\.json was not imported\.\nFollowing someone: should be one of: .* \(rules\.follow\.level\)$/,
    );
    expect(await page.locator('[data-import-confirm]').count()).toBe(0);
    await importSettings(
      page,
      'clients.json',
      JSON.stringify({
        ...JSON.parse(JSON.stringify(bad)),
        rules: defaultSettings().rules,
        clients: [{ name: 'Sam', aliases: [], handles: { x: 'no good!' } }],
      }),
    );
    await expect
      .poll(() => result.textContent())
      .toMatch(/The X handle of client 1: “no good!” is not a handle or profile address\. \(clients\.0\.handles\.x\)$/);
    expect(await storageGet<Settings>(page, STORAGE_KEYS.settings)).toEqual(before);
  });

  it('says in plain words which setting is wrong and what it should be, the path in small print; a CSV is named as a client list', async () => {
    const page = await options('backup');
    const before = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    const result = page.locator('[data-import-result]');
    const seed = { format: 'boundary-guard.settings', ...defaultSettings() };
    await importSettings(page, 'days.json', JSON.stringify({ ...seed, logRetentionDays: 0, discreet: 'yes' }));
    await expect
      .poll(() => result.textContent())
      .toBe(
        [
          'Nothing changed: days.json was not imported.',
          'Discreet mode: should be on (true) or off (false). (discreet)',
          'Log kept for: should be a number of days from 1 to 3650. (logRetentionDays)',
        ].join('\n'),
      );
    expect(await result.locator('small').allInnerTexts()).toEqual(['(discreet)', '(logRetentionDays)']);
    expect(await page.locator('[data-import-confirm]').count()).toBe(0);

    await importSettings(
      page,
      'level.json',
      JSON.stringify({ ...seed, platformRules: { yelp: { 'review.respond': { level: 'never', scope: 'always' } } } }),
    );
    await expect
      .poll(() => result.textContent())
      .toMatch(
        /^Nothing changed: level\.json was not imported\.\nResponding to a review on Yelp: should be one of: Off \("off"\), Remind \("remind"\), .*Block \("block"\)\. \(platformRules\.yelp\.review\.respond\.level\)$/,
      );

    // A client list chosen here by mistake, under any name.
    for (const [name, text] of [
      ['clients.csv', 'First Name;Last Name\nAnna;Berg\n'],
      ['export.txt', 'Client Name,Email\nAnna Berg,anna@example.com\n'],
    ] as const) {
      await importSettings(page, name, text);
      await expect
        .poll(() => result.textContent())
        .toBe(
          `Nothing changed: ${name} was not imported.\nThis looks like a client list (CSV), not a settings file. Client lists are imported on the Clients tab.`,
        );
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(await storageGet<Settings>(page, STORAGE_KEYS.settings)).toEqual(before);
  });

  it('an export says where the file went', async () => {
    const page = await options('backup');
    const file = await downloadText(page, () => page.locator('[data-export-settings]').click());
    expect(file.name).toMatch(/^boundary-guard-settings-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await page.locator('[data-exported]').textContent()).toBe(`Saved to your Downloads folder as ${file.name}.`);
  });

  it('migrates a file from an older version', async () => {
    const page = await options('backup');
    await importSettings(page, 'v1.json', readFileSync('test/fixtures/settings/v1.json', 'utf8'));
    await page.locator('[data-import-preview="settings"]').waitFor();
    await page.locator('[data-import-confirm]').click();
    expect(await page.locator('[data-import-result]').textContent()).toMatch(/older version \(1\) and was brought up to date/);
    await saved(page);
    const stored = await storageGet<Settings>(page, STORAGE_KEYS.settings);
    expect(stored.version).toBe(5);
    expect(stored.platformRules).toEqual({});
    // Content checks (issue 14) arrive at their standard levels.
    expect(stored.rules.care).toEqual({ level: 'confirm', scope: 'always' });
    expect(stored.contentChecks).toEqual(defaultSettings().contentChecks);
    expect(stored.rules['connect.accept'].level).toBe('block');
    // Back to the seed policy for the tests that follow.
    await page.getByRole('button', { name: 'Restore the standard policy…' }).click();
    await page.locator('dialog [data-confirm]').click();
    await saved(page);
  });

  it.each(['v2.json', 'v3.json', 'v4.json', 'v5.json'])(
    'imports %s as version 5, per-site levels included, and exports version 5',
    async (name) => {
      const page = await options('backup');
      const text = readFileSync(`test/fixtures/settings/${name}`, 'utf8');
      const { format: _format, ...body } = JSON.parse(text) as Record<string, unknown>;
      await importSettings(page, name, text);
      const preview = page.locator('[data-import-preview="settings"]');
      await preview.waitFor();
      const changes = await preview.locator('.changes li').allInnerTexts();
      if (name !== 'v2.json') expect(changes).toContain('Following someone on X: as on all sites → Block (Every time)');
      else expect(changes.some((c) => c.includes(' on X:'))).toBe(false);
      await page.locator('[data-import-confirm]').click();
      expect(await page.locator('[data-import-result]').textContent()).toMatch(/^Settings imported from /);
      await saved(page);
      const stored = await storageGet<Settings>(page, STORAGE_KEYS.settings);
      // Older files gain the content checks (issue 14) at their standard levels, with the stock Marketing clause.
      const seed = defaultSettings();
      const withContentChecks = (b: Record<string, unknown>) => ({
        ...b,
        version: 5,
        clauses: { ...(b.clauses as object), marketing: seed.clauses.marketing },
        rules: {
          ...(b.rules as object),
          care: { level: 'confirm', scope: 'always' },
          'care.message': { level: 'confirm', scope: 'client' },
          marketing: { level: 'confirm', scope: 'always' },
        },
        contentChecks: seed.contentChecks,
      });
      // Files before version 5 gain Google and LinkedIn, guarded.
      const withNewSites = (b: Record<string, unknown>) => ({
        ...b,
        version: 5,
        platforms: { ...(b.platforms as object), google: true, linkedin: true },
      });
      expect(stored).toEqual(
        name === 'v5.json'
          ? body
          : withNewSites(
              name === 'v4.json' ? body : name === 'v3.json' ? withContentChecks(body) : withContentChecks({ ...body, platformRules: {} }),
            ),
      );
      const file = await downloadText(page, () => page.locator('[data-export-settings]').click());
      expect(JSON.parse(file.text)).toEqual({ format: 'boundary-guard.settings', ...stored });
      await page.getByRole('button', { name: 'Restore the standard policy…' }).click();
      await page.locator('dialog [data-confirm]').click();
      await saved(page);
    },
  );
});

describe('client document', () => {
  it('previews the document with practice details, prints one clean flow, and downloads HTML and Markdown', async () => {
    const page = await options('document');
    await page.locator('[data-practice="practiceName"]').fill('Harbor Counseling');
    await page.locator('[data-practice="therapistName"]').fill('Dr. Ana Ruiz, LMFT');
    await page.locator('[data-practice="contact"]').fill('(555) 010-2030 · office@harbor.example');
    await page.locator('[data-practice="effectiveDate"]').fill('2026-01-15');
    await saved(page);
    const doc = page.locator('[data-policy-document]');
    expect(await doc.locator('h2').allInnerTexts()).toEqual([
      'Why this policy exists',
      'Friending and following',
      'Contacting me',
      'Review sites',
      'Marketing',
      'Search engines',
      'Location check-ins',
      'Questions',
    ]);
    expect(await doc.textContent()).toContain('January 15, 2026');

    // Print: only the document is laid out.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter(
          (el) => el.getClientRects().length > 0 && !el.closest('[data-policy-document]') && !el.querySelector('[data-policy-document]'),
        )
        .map((el) => el.tagName),
    );
    expect(printed).toEqual([]);
    await page.emulateMedia({ media: 'screen' });

    const html = await downloadText(page, () => page.locator('[data-doc-html]').click());
    expect(html.name).toBe('social-media-policy-harbor-counseling.html');
    expect(html.text).toContain('<title>Social Media Policy · Harbor Counseling</title>');
    const md = await downloadText(page, () => page.locator('[data-doc-markdown]').click());
    expect(md.name).toBe('social-media-policy-harbor-counseling.md');
    expect(md.text).toContain('**Therapist:** Dr. Ana Ruiz, LMFT');
  });
});
