import { describe, expect, it } from 'vitest';
import { pageLanguageOf, unsupportedLanguage } from '../../src/guard/language';
import { facebook } from '../../src/sites/facebook/index';
import { instagram } from '../../src/sites/instagram/index';

function page(lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('the page language and the label tables', () => {
  it('reads the primary subtag of html[lang]', () => {
    expect(pageLanguageOf(page('pt-BR'))).toBe('pt');
    expect(pageLanguageOf(page('es_LA'))).toBe('es');
    expect(pageLanguageOf(page(' DE '))).toBe('de');
    expect(pageLanguageOf(page(''))).toBeNull();
    expect(pageLanguageOf(page(null))).toBeNull();
  });

  it.each([facebook, instagram])('$platform has labels for English, Spanish, French, German, Portuguese and Italian', (adapter) => {
    expect([...(adapter.languages ?? [])].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
    for (const lang of ['en', 'es-MX', 'fr-CA', 'de', 'pt-BR', 'it']) expect(unsupportedLanguage(adapter, page(lang))).toBeNull();
  });

  it('names a language without a table; says nothing when the page names none or the adapter reads no text', () => {
    expect(unsupportedLanguage(facebook, page('nl-NL'))).toBe('nl');
    expect(unsupportedLanguage(instagram, page('ar'))).toBe('ar');
    expect(unsupportedLanguage(facebook, page(null))).toBeNull();
    expect(unsupportedLanguage({}, page('nl'))).toBeNull();
  });
});
