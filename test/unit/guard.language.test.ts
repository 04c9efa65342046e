import { describe, expect, it } from 'vitest';
import { pageLanguage } from '../../src/core/page-language';
import { unsupportedLanguage } from '../../src/guard/language';
import { facebook } from '../../src/sites/facebook/index';
import { instagram } from '../../src/sites/instagram/index';
import { Labels } from '../../src/sites/labels';

function page(lang: string | null): Document {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  return doc;
}

describe('the page language and the label tables', () => {
  it('reads the primary subtag of html[lang]', () => {
    expect(pageLanguage(page('pt-BR'))).toBe('pt');
    expect(pageLanguage(page('es_LA'))).toBe('es');
    expect(pageLanguage(page(' DE '))).toBe('de');
    expect(pageLanguage(page(''))).toBeNull();
    expect(pageLanguage(page(null))).toBeNull();
  });

  it('a page the guard counts as supported is read with its own table: "pt_BR" and "es_LA" as well as "pt-BR"', () => {
    const labels = new Labels({ en: { send: ['Send'] }, pt: { send: ['Enviar'] }, es: { send: ['Enviar'] } });
    for (const lang of ['pt-BR', 'pt_BR', 'PT', 'es_LA']) {
      expect(unsupportedLanguage({ languages: labels.languages }, page(lang))).toBeNull();
      expect(labels.is(page(lang), 'send', 'Enviar'), lang).toBe(true);
    }
    expect(labels.is(page(null), 'send', 'Send')).toBe(true);
    expect(labels.is(page(null), 'send', 'Enviar')).toBe(false);
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
