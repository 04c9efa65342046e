import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { getMessageIn } from '../support/messages';
import { choose, fixtureRecord, waitForReminder } from './support/page';
import { type Session, startSession } from './support/session';

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
    const buttons = await page.locator('boundary-guard-reminder [data-choice]').allTextContents();
    expect(buttons).toEqual([es('reminder_proceed'), es('reminder_stop')]);
    await choose(page, 'stop');
    expect(await fixtureRecord(page)).toEqual(before);
  });
});
