import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** browser.i18n in English outside a browser (test/support/i18n-setup.ts). */
const I18N_SETUP = 'test/support/i18n-setup.ts';
/** Every site's labels in all its languages, as the background hands them to a started content script. */
const TRANSLATIONS_SETUP = 'test/support/translations-setup.ts';
/** The background's and pages' webextension-polyfill (src/storage/browser.ts) is WXT's fake browser in tests too. */
const POLYFILL_MOCK = { alias: { 'webextension-polyfill': resolve(__dirname, 'test/support/polyfill-mock.ts') } };

/**
 * Three projects: unit (pure logic, fake browser + fake IndexedDB), dom
 * (adapters against fixture pages in happy-dom), e2e (the built extension in
 * Debian's Chromium). `npm test` runs them all after typecheck, lint and build.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        resolve: POLYFILL_MOCK,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', I18N_SETUP, TRANSLATIONS_SETUP],
        },
      },
      {
        plugins: [WxtVitest()],
        resolve: POLYFILL_MOCK,
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.ts'],
          environment: 'happy-dom',
          // Closed shadow roots readable from the test side, and test events trusted (see the file).
          setupFiles: [I18N_SETUP, TRANSLATIONS_SETUP, 'test/dom/support/closed-roots.ts'],
        },
      },
      {
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/support/global-setup.ts'],
          setupFiles: [I18N_SETUP],
        },
      },
    ],
  },
});
