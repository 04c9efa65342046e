import { pageLanguage } from '../core/page-language';
import type { SiteAdapter } from './action';

/**
 * The page's language when the adapter has no labels for it (controls known only by their text are then not
 * recognised), or null when it has them, when the page names no language, or when the adapter reads no text.
 * The toolbar's "page language not supported" state and the error report both start here.
 */
export function unsupportedLanguage(adapter: Pick<SiteAdapter, 'languages'>, doc: Document): string | null {
  const lang = pageLanguage(doc);
  if (!lang || !adapter.languages) return null;
  return adapter.languages.includes(lang) ? null : lang;
}
