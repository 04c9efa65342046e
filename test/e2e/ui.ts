import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { optionsUrl } from './support/options';
import { onReminderRoot } from './support/page';

/** Helpers for the end-to-end tests of the extension's own pages (options page, popup). */

/** Opens the options page on a tab, with the first-run setup dismissed unless asked to keep it. */
export async function openOptions(context: BrowserContext, extensionId: string, tab = 'policy', keepSetup = false): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${optionsUrl(extensionId)}#${tab}`);
  await page.locator('[data-save-status="saved"]').waitFor();
  if (!keepSetup) {
    const skip = page.locator('[data-setup-skip]');
    // The setup shows once per profile; once skipped it stays away.
    if (await skip.isVisible()) await skip.click();
  }
  return page;
}

/** Waits until the options page has written every edit to storage. */
export async function saved(page: Page): Promise<void> {
  await page.locator('[data-save-status="saved"]').waitFor({ timeout: 5_000 });
}

/** The extension API as its own pages have it (the test's TypeScript does not know the chrome global). */
interface ExtensionGlobal {
  chrome: {
    storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(values: Record<string, unknown>): Promise<void> } };
  };
}

/** storage.local as the extension sees it, read from one of its pages. */
export async function storageGet<T = unknown>(page: Page, key: string): Promise<T> {
  return page.evaluate(async (k) => (await (globalThis as unknown as ExtensionGlobal).chrome.storage.local.get(k))[k], key) as Promise<T>;
}

export async function storageSet(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (v) => (globalThis as unknown as ExtensionGlobal).chrome.storage.local.set(v), values);
}

/** axe-core on the page (or a part of it): the violations, as short lines a failing test prints. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * axe-core on the reminder. Its root is closed, so axe (a page script) cannot walk into it: an exact copy of the
 * root's content and style sheets, reached through the DevTools protocol, is mounted in an open root on the same
 * page, checked, and removed. The copy is the dialog as shipped (same markup, same styles, same page).
 */
export async function reminderAxeViolations(page: Page): Promise<string[]> {
  const copied = await onReminderRoot(page, (root) => {
    const host = document.createElement('div');
    host.id = 'reminder-axe-copy';
    const open = host.attachShadow({ mode: 'open' });
    open.adoptedStyleSheets = root.adoptedStyleSheets;
    for (const node of root.childNodes) open.append(node.cloneNode(true));
    document.body.append(host);
    return true;
  });
  if (!copied) throw new Error(`No reminder on ${page.url()}`);
  try {
    return await axeViolations(page, '#reminder-axe-copy');
  } finally {
    await page.evaluate(() => document.getElementById('reminder-axe-copy')?.remove());
  }
}

/** The text of a file the page downloads when `click` runs. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

/** Log entries written straight into the extension's IndexedDB (as the background would), from one of its pages. */
export async function seedLog(page: Page, entries: unknown[], { replace = false } = {}): Promise<void> {
  await page.evaluate(
    ({ list, replace }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('boundary-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('log', 'readwrite');
          if (replace) tx.objectStore('log').clear();
          for (const e of list) tx.objectStore('log').add(e);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { list: entries, replace },
  );
}
