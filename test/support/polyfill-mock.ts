/**
 * webextension-polyfill in unit and DOM tests: WXT's fake browser, the same object `wxt/browser` is there
 * (src/storage/browser.ts imports the polyfill itself; outside an extension it would refuse to load).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
