import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageIn } from './messages';

/**
 * browser.i18n for tests, in English (the test browser's language): WXT's fake browser (unit, dom)
 * leaves getMessage unimplemented, and Node (e2e, for the seed policy it writes) has no browser at all.
 * A test may switch language with `useLanguage('es')`, and back with `useLanguage('en')`.
 */
type Api = { i18n?: unknown };
const g = globalThis as { browser?: Api; chrome?: Api };

export function useLanguage(lang: string): void {
  const i18n = { getMessage: getMessageIn(lang), getUILanguage: () => lang, getAcceptLanguages: async () => [lang] };
  Object.assign(fakeBrowser.i18n, i18n);
  // The fake browser becomes the global one in unit and dom tests (WXT's own setup, before or after this one).
  if (g.browser === undefined && g.chrome === undefined) g.chrome = { i18n: {} };
  for (const api of [g.browser, g.chrome]) if (api && api !== fakeBrowser) api.i18n = { ...(api.i18n as object), ...i18n };
}

useLanguage('en');
