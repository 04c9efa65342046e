import { defineConfig } from 'wxt';

// Everything the extension is allowed to do is declared here; PERMISSIONS.md says why.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: process.env.BG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifest: ({ command }) => ({
    name: 'Boundary Guard',
    description:
      "Shows a therapist's own social media policy before a risky click: accepting a client's friend request, following back, replying to a review.",
    permissions: ['storage'],
    minimum_chrome_version: '116',
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
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // Chromium preloads modules natively; the polyfill would fetch() our own chunks.
    build: { sourcemap: false, modulePreload: { polyfill: false } },
  }),
});
