import polyfill from 'webextension-polyfill';
import type { browser as native } from 'wxt/browser';

/**
 * The extension API for the background and the extension pages: webextension-polyfill, whose
 * runtime.onMessage takes a listener's returned promise as its answer in Chrome too (the background's
 * message handler relies on that). Content scripts never import this: they use `wxt/browser`, which WXT
 * (0.20 and later) makes the browser's own API, to stay within their size budget; test/build/bundle.test.ts
 * checks that no content script carries the polyfill. Typed as `wxt/browser` so both read the same.
 * In unit tests, vitest.config.ts points this import at WXT's fake browser, as it does `wxt/browser`.
 */
export const browser = polyfill as unknown as typeof native;
