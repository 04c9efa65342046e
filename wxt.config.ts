import { resolve } from 'node:path';
import { type Plugin, transformWithEsbuild } from 'vite';
import { defineConfig } from 'wxt';

/** The add-on id on addons.mozilla.org: Firefox keys storage and IndexedDB to it, so it must never change. */
export const GECKO_ID = 'boundary-guard@boundaryguard.app';
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));

// Everything the extension is allowed to do is declared here; PERMISSIONS.md says why.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: process.env.BG_OUT_DIR ?? '.output',
  // MV3 for Firefox too (WXT's Firefox default is MV2): one manifest shape, one CSP shape and one permission
  // model for both stores; Firefox grants MV3 content-script hosts at install since 127. STORE.md says more.
  manifestVersion: 3,
  // No WXT module for webextension-polyfill: `wxt/browser` is the browser's own API (WXT 0.20+), which
  // content scripts use to stay small; the background and pages import the polyfill themselves
  // (src/storage/browser.ts). test/build/bundle.test.ts checks that no content script carries it.
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifest: ({ command, browser }) => ({
    // Name and description in the browser's language, from public/_locales (English by default). Each
    // description is at most 132 characters (Chrome Web Store); the long description is in STORE.md.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    icons,
    action: { default_icon: icons, default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // MV3 content-script hosts granted at install (127+), the data-consent key below (140+, 142 on
              // Android, which the linter checks too). Every supported Firefox is newer (ESR 153 in Nov 2026).
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          minimum_chrome_version: '116',
          // A practice's administrator may push its policy through Chrome's managed storage; ADMIN.md says how.
          // (Firefox reads the same policy from its enterprise policies and takes no schema.)
          storage: { managed_schema: 'managed-schema.json' },
        }),
    // Defence in depth for the privacy promise: extension pages may load nothing remote and connect nowhere.
    // (Only in builds: the dev server's live reload needs a connection.)
    ...(command === 'build'
      ? {
          content_security_policy: {
            extension_pages:
              "script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'",
          },
        }
      : {}),
  }),
  zip: {
    // The sources addons.mozilla.org asks for: only what the build reads, plus how to run it. A list of what
    // goes in (everything else is excluded), so test fixtures, keys, local notes or .env files never slip in.
    sourcesRoot: '.',
    excludeSources: ['**/*'],
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'src/**',
      'public/**',
      'STORE.md',
      'PRIVACY.md',
      'PERMISSIONS.md',
      'README.md',
      'LICENSE',
    ],
  },
  vite: () => ({
    plugins: [minifyReminderCss()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Chromium preloads modules natively; the polyfill would fetch() our own chunks.
    // Terser, two passes: content scripts come out ~5% smaller gzipped than with esbuild's minifier, which
    // keeps each within its 15 kB budget (test/build/bundle.test.ts) now that it carries content checks.
    build: {
      // BG_SOURCEMAP=1: hidden source maps beside each script, for test/bench/content-size.ts (none in a release).
      sourcemap: process.env.BG_SOURCEMAP === '1' ? 'hidden' : false,
      modulePreload: { polyfill: false },
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3 } },
    },
    resolve: {
      // WXT's content-script context tells older copies of a script to stop with a DOM event and a postMessage
      // that name the extension's id, and stops on an event the page can forge. Ours (src/guard/lifetime.ts)
      // says nothing to the page and hears nothing from it. Only WXT's content-script entry imports this module;
      // test/build/bundle.test.ts fails if WXT's signal is back in a content script.
      alias: [{ find: /^wxt\/utils\/content-script-context$/, replacement: resolve('src/guard/lifetime.ts') }],
    },
  }),
});

/**
 * The reminder's styles are template literals (src/ui/reminder-style.ts, which the background hands to content
 * scripts, and the basic ones every content script carries) so that they need no web-accessible file; in the
 * build they go through esbuild's CSS minifier, as a .css file would.
 */
function minifyReminderCss(): Plugin {
  return {
    name: 'minify-reminder-css',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/ui\/reminder-style(-basic)?\.ts$/.test(id)) return null;
      const start = code.indexOf('`');
      const end = code.lastIndexOf('`');
      if (start < 0 || end <= start || code.slice(start, end).includes('${'))
        throw new Error(`${id}: expected one plain template literal of CSS`);
      const css = (await transformWithEsbuild(code.slice(start + 1, end), 'reminder.css', { loader: 'css', minify: true })).code.trim();
      return { code: `${code.slice(0, start)}${JSON.stringify(css)}${code.slice(end + 1)}`, map: null };
    },
  };
}
