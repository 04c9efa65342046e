import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, locale, messages, t, tn, tParts } from '../../src/core/i18n';
import { CLAUSE_IDS } from '../../src/core/vocabulary';
import { defaultSettings } from '../../src/policy/defaults';
import { settingsSchema } from '../../src/policy/schema';
import { SEED_CLAUSES } from '../../src/policy/seed';
import { useLanguage } from '../support/i18n-setup';
import { LOCALES_DIR, type Messages, readMessages } from '../support/messages';

const LANGUAGES = readdirSync(LOCALES_DIR);
const en = readMessages('en');

/** Placeholder names used in a message ($NAME$), lower-cased as the browser matches them. */
function used(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => (m[1] as string).toLowerCase()))].sort();
}

function declared(entry: Messages[string]): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const code = [...sources('src'), ...sources('entrypoints'), 'wxt.config.ts'].map((f) => [f, readFileSync(f, 'utf8')] as const);

describe('locales', () => {
  it('has English and Spanish, English being the default', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'es']));
    expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(/default_locale: 'en'/);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en').map((l) => [l]))('%s has exactly the English keys', (lang) => {
    expect(Object.keys(readMessages(lang)).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(LANGUAGES.map((l) => [l]))('%s: every message has text, and exactly the placeholders English declares', (lang) => {
    const messagesOf = readMessages(lang);
    for (const [key, entry] of Object.entries(messagesOf)) {
      const english = en[key];
      expect(entry.message.trim(), `${lang} ${key} is empty`).not.toBe('');
      // What the browser fills in: the same names, each standing for the same substitution.
      expect(declared(entry), `${lang} ${key}: placeholders`).toEqual(english ? declared(english) : {});
      expect(used(entry.message), `${lang} ${key}: placeholders used in the text`).toEqual(Object.keys(declared(entry)).sort());
      for (const content of Object.values(declared(entry))) expect(content, `${lang} ${key}`).toMatch(/^\$[1-9]$/);
    }
  });

  it('keys are what browsers accept, and distinct without regard to case (browsers ignore it)', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('every key the code uses exists, and every message is used', () => {
    const calls = [/\bt\(\s*'([^']+)'/g, /\btParts\(\s*'([^']+)'/g, /\btn\([^,()]+(?:\([^()]*\))?[^,()]*,\s*'([^']+)'/g];
    const usedKeys = new Set<string>();
    for (const [file, text] of code) {
      for (const pattern of calls) {
        for (const match of text.matchAll(pattern)) {
          const key = match[1] as string;
          const found = key in en || (`${key}_one` in en && `${key}_other` in en);
          expect(found, `${file}: unknown message "${key}"`).toBe(true);
          usedKeys.add(key);
        }
      }
    }
    expect(usedKeys.size).toBeGreaterThan(0);
    // A message no code names (a table of keys counts) is dead text a translator would still translate.
    const all = code.map(([, text]) => text).join('\n');
    const unused = Object.keys(en).filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return !all.includes(`'${key}'`) && !all.includes(`__MSG_${key}__`) && !(base !== key && all.includes(`'${base}'`));
    });
    expect(unused).toEqual([]);
  });
});

describe('t, tn, tParts', () => {
  afterEach(() => useLanguage('en'));

  it('reads the browser language’s messages, with substitutions', () => {
    expect(t('extName')).toBe('Boundary Guard');
    expect(locale()).toBe('en');
    useLanguage('es');
    expect(locale()).toBe('es');
    expect(t('extDescription')).toMatch(/^Muestra la política/);
  });

  it('counts with the language’s number format and plural', () => {
    expect(tn(1, 'popup_today', 'X')).toBe('1 reminder today on X.');
    expect(tn(0, 'popup_today', 'X')).toBe('0 reminders today on X.');
    expect(tn(2000, 'popup_today', 'X')).toBe('2,000 reminders today on X.');
    useLanguage('es');
    expect(formatNumber(2000)).toBe('2000');
    expect(tn(1, 'popup_today', 'X')).toBe('1 recordatorio hoy en X.');
    expect(tn(20000, 'popup_today', 'X')).toBe('20.000 recordatorios hoy en X.');
  });

  it('splits a message around parts that stay as they are, in the translation’s order', () => {
    const file = { file: 'intake.csv' };
    expect(tParts<unknown>('import_summary', file, '2 new', '3 updated', '1 rejected')).toEqual([
      file,
      ': ',
      '2 new',
      ', ',
      '3 updated',
      ', ',
      '1 rejected',
      '.',
    ]);
    useLanguage('es');
    const who = { name: 'Lucía' };
    expect(tParts('clients_removeBody', who)[0]).toBe(who);
    expect(tParts('log_bars', 'A', 'B')).toEqual([
      'Barras: ',
      'A',
      ' detenidas, ',
      'B',
      ' continuadas. “Detenidas” incluye las acciones que tu política bloqueó.',
    ]);
  });

  it('a table of messages follows the language when read', () => {
    const table = messages({ name: 'extName', lang: 'locale' });
    expect(table.lang).toBe('en');
    useLanguage('es');
    expect(table.lang).toBe('es');
    expect(Object.keys(table)).toEqual(['name', 'lang']);
  });
});

describe('the seed policy', () => {
  afterEach(() => useLanguage('en'));

  it.each(LANGUAGES.map((l) => [l]))('in %s: the stock wording of that language, valid settings as they are', (lang) => {
    useLanguage(lang);
    const texts = readMessages(lang);
    const settings = defaultSettings();
    expect(settingsSchema.parse(settings)).toEqual(settings);
    expect(settings.reviewReplyText).toBe(texts.seed_reviewReply?.message);
    for (const id of CLAUSE_IDS) {
      expect(settings.clauses[id].choice).toBe(SEED_CLAUSES[id].choice);
      expect(Object.values(texts).map((m) => m.message)).toContain(settings.clauses[id].text);
    }
  });

  it('switching language changes the stock wording, never the choices (what is stored stays the therapist’s)', () => {
    const english = defaultSettings();
    useLanguage('es');
    const spanish = defaultSettings();
    for (const id of CLAUSE_IDS) {
      expect(spanish.clauses[id].choice).toBe(english.clauses[id].choice);
      expect(spanish.clauses[id].text).not.toBe(english.clauses[id].text);
    }
    expect({ ...spanish, clauses: null, reviewReplyText: null }).toEqual({ ...english, clauses: null, reviewReplyText: null });
  });
});
