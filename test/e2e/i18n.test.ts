import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { getMessageIn } from '../support/messages';
import { choose, fixtureRecord, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';
import { axeViolations, openOptions } from './ui';

/**
 * The extension in a Spanish browser (Chromium started in Spanish, with its translations installed):
 * the reminder, the popup and the options page speak Spanish, with the Spanish seed policy, and the
 * page's own words (names, button labels) stay as the page has them.
 */

const es = getMessageIn('es');
const FRIENDS = 'https://www.facebook.com/friends/';

let s: Session;
const pages: Page[] = [];

beforeAll(async () => {
  // Without its Spanish translations Chromium runs in English whatever it is told, and so would the extension.
  if (!existsSync('/usr/lib/chromium/locales/es.pak')) {
    throw new Error('Chromium has no Spanish translations: apt-get install -y chromium-l10n (.ci/run does).');
  }
  s = await startSession({ certDir: inject('e2eCertDir'), language: 'es' });
  await s.importClients('name,facebook\r\nMaría José Pérez,https://www.facebook.com/profile.php?id=100001234567890\r\n');
});

afterAll(async () => {
  await s?.close();
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close();
  expect(s.network.unexpected()).toEqual([]);
  s.network.reset();
});

async function open(url: string): Promise<Page> {
  const page = await s.open(url);
  pages.push(page);
  return page;
}

/** The extension's id of the tab in front (popup.test.ts does the same). */
async function frontTabId(page: Page): Promise<number> {
  await page.bringToFront();
  const tabs = (await s.browser.serviceWorker.evaluate(() =>
    (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    }),
  )) as Array<{ id: number }>;
  const id = tabs[0]?.id;
  if (id === undefined) throw new Error('No active tab');
  return id;
}

async function popupFor(tabId: number): Promise<Page> {
  const page = await s.context.newPage();
  pages.push(page);
  await page.setViewportSize({ width: 368, height: 600 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabId}`);
  await page.locator('[data-popup-state]').waitFor();
  return page;
}

describe('in a Spanish browser', () => {
  it('the browser is Spanish, and so is the extension', async () => {
    const language = await s.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getMessage(key: string): string } } }).chrome.i18n.getMessage('locale'),
    );
    expect(language).toBe('es');
  });

  it('the reminder asks in Spanish and quotes the Spanish seed policy; Stop still stops', async () => {
    const page = await open(FRIENDS);
    const before = await fixtureRecord(page);
    await page.locator('[data-fixture-action="accept:maria"]').click();
    const view = await waitForReminder(page);
    expect(view.question).toBe(es('ask_connectAccept'));
    expect(view.who).toBe('María José Pérez · “Confirm”');
    expect(view.badge).toBe(es('reminder_onList'));
    expect(view.policy).toContain(es('clauseTitle_friending'));
    expect(view.policy).toContain(es('clause_friending_never'));
    expect(view.text).toContain(es('risk_connectAccept'));
    expect(view.labels).toEqual([es('reminder_proceed'), es('reminder_stop')]);
    await choose(page, 'stop');
    expect(await fixtureRecord(page)).toEqual(before);
  });

  it('the popup says what is guarded, the reminders of the day and the pause in Spanish', async () => {
    const fb = await open(FRIENDS);
    const popup = await popupFor(await frontTabId(fb));
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await popup.locator('[data-status]').textContent()).toBe(es('popup_statusGuarding'));
    const lines = (await popup.locator('[data-guarded-actions] li').allInnerTexts()).map((line) => line.replace(/\s+/g, ' '));
    expect(lines[0]).toBe(`${es('rule_connectAccept')} ${es('level_confirm')}`);
    expect(lines[2]).toBe(`${es('rule_follow')} ${es('popup_levelClients', es('level_confirm'))}`);
    // The reminder the case above stopped.
    await expect.poll(() => popup.locator('[data-reminders-today]').textContent()).toBe('1 recordatorio hoy en Facebook.');
    await popup.locator('[data-pause="1h"]').click();
    expect(await popup.locator('[data-pause="tomorrow"]').count()).toBe(0);
    expect(await popup.locator('[data-paused-until]').textContent()).toMatch(
      /^En pausa hasta las \d\d:\d\d\. Entonces la protección se reactiva sola\.$/,
    );
    expect(await popup.locator('[data-status]').textContent()).toBe(es('popup_statusPaused'));
    expect(await axeViolations(popup)).toEqual([]);
    await popup.locator('[data-resume]').click();
    expect(await popup.locator('[data-pause="tomorrow"]').textContent()).toBe(`${es('pause_prefix')} ${es('pause_tomorrow')}`);
  });

  it('the options page: the setup, the policy with the Spanish seed wording, the clients and the client document', async () => {
    const page = await openOptions(s.context, s.extensionId, 'policy', true);
    pages.push(page);
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['es', es('app_pageTitle')]);
    expect(await page.locator('#setup-title').textContent()).toBe(es('setup_welcome'));
    await page.locator('[data-setup-skip]').click();
    expect(await page.locator('[data-clause="friending"] legend').textContent()).toBe(es('clauseTitle_friending'));
    expect(await page.locator('[data-clause-text="friending"]').inputValue()).toBe(es('clause_friending_never'));
    expect(await page.locator('[data-setting="reviewReplyText"]').inputValue()).toBe(es('seed_reviewReply'));
    expect(await page.locator('[data-rule="follow"] strong').first().textContent()).toBe(es('rule_follow'));
    expect(await page.locator('[data-rule-level="follow"] option:checked').textContent()).toBe(es('level_confirm'));
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('#tab-clients').click();
    expect(await page.locator('[data-client-list] li').allInnerTexts()).toEqual([expect.stringContaining('María José Pérez')]);
    expect(await page.locator('[data-client-list] li button').first().getAttribute('aria-label')).toBe('Editar a María José Pérez');

    await page.locator('#tab-document').click();
    expect(await page.locator('#tab-document').textContent()).toBe(es('tab_document'));
    const doc = page.locator('[data-policy-document]');
    expect(await doc.locator('h1').textContent()).toBe(es('doc_title'));
    const text = (await doc.textContent()) ?? '';
    for (const key of [
      'doc_whyHeading',
      'doc_intro',
      'clauseWhy_friending',
      'clause_friending_never',
      'doc_acknowledgement',
      'doc_signature',
    ]) {
      expect(text).toContain(es(key));
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});
