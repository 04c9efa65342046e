import type Browser from 'webextension-polyfill';

/**
 * Content scripts use the browser's own promise-based extension API (Chrome
 * MV3 and Firefox both return promises for what they call: storage.local,
 * runtime.sendMessage) instead of webextension-polyfill, which would be a fifth
 * of each script's 15 kB budget. wxt.config.ts points `wxt/browser` here for
 * content-script builds only; the background and pages keep the polyfill.
 * Listeners answer through sendResponse, which both browsers support.
 */
const api = (globalThis as { browser?: unknown; chrome?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;

export const browser = api as typeof Browser;
