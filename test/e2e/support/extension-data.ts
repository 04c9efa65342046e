import type { BrowserContext, Page } from 'playwright-core';

/** What the extension stored, read from one of its own pages (the only place it can be read from). */

interface ExtensionGlobal {
  chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }> };
}

/** A tab on an extension page that reads storage without opening the options app (no first-run setup, no writes). */
export async function extensionTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/icon.svg`);
  return page;
}

/** Every record of one store of the extension's IndexedDB (empty if the store or database does not exist yet). */
export async function readStore(page: Page, store: 'clients' | 'log' | 'vault'): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('boundary-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(name)) {
            database.close();
            resolve([]);
            return;
          }
          const request = database.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** All of one storage area (local, sync, session) as the extension's pages see it. */
export async function storageArea(page: Page, area: 'local' | 'sync' | 'session'): Promise<Record<string, unknown>> {
  return page.evaluate((a) => (globalThis as unknown as ExtensionGlobal).chrome.storage[a].get(null), area);
}
