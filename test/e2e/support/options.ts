import type { BrowserContext } from 'playwright-core';

export function optionsUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/options.html`;
}

/**
 * Imports a clients CSV as a therapist would, through the options page's
 * contract: the file input, the confirm button, then the result text.
 * Returns the result text (it names rejected rows); throws when the file is
 * refused outright (no confirm button appears).
 */
export async function importClients(context: BrowserContext, extensionId: string, csv: string): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(optionsUrl(extensionId));
    await page.locator('input[type=file][data-import="clients"]').setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const confirm = page.locator('[data-import-confirm]');
    const result = page.locator('[data-import-result]');
    await page.waitForFunction(
      () => document.querySelector('[data-import-confirm]') || document.querySelector('[data-import-result]')?.textContent?.trim(),
    );
    if ((await confirm.count()) === 0) throw new Error(`The CSV was refused: ${await result.textContent()}`);
    await confirm.click();
    await page.waitForFunction(() => document.querySelector('[data-import-result]')?.textContent?.trim());
    return ((await result.textContent()) ?? '').trim();
  } finally {
    await page.close();
  }
}
