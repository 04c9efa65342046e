import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_NAMES, PLATFORMS, type Platform, RULE_KEYS } from '../../src/core/vocabulary';
import type { GuardedAction } from '../../src/guard/action';
import { siteContentScript } from '../../src/guard/content-script';
import { unsupportedLanguage } from '../../src/guard/language';
import { Labels } from '../../src/sites/labels';
import { SITES } from '../../src/sites/registry';
import { defineSite, type Site } from '../../src/sites/site';
import { TRANSLATIONS } from '../../src/sites/translations';
import { platformRules } from '../../src/ui/shared/platform-rules';
import { entrypointProblems, readmeCoverageProblems } from '../support/site-coverage';

const ROOT = resolve(__dirname, '../..');
const README = readFileSync(resolve(ROOT, 'README.md'), 'utf8');

describe('the site registry (src/sites/registry.ts)', () => {
  it('lists every platform of the vocabulary once, in its order', () => {
    // core/ may not import sites/, so PLATFORMS is written out there and checked here.
    expect(SITES.map((s) => s.platform)).toEqual([...PLATFORMS]);
  });

  it('each site guards known rules, on hosts the content script and the popup both read from it', () => {
    for (const site of SITES) {
      expect(site.adapter.platform).toBe(site.platform);
      expect(site.matches.length, site.platform).toBeGreaterThan(0);
      // A whole host, or the part of one that the site guards ("*://www.google.com/search*": not the rest of Google).
      for (const m of site.matches) expect(m, site.platform).toMatch(/^\*:\/\/[a-z0-9.-]+\/([a-z0-9_-]+\/?)*\*$/);
      for (const key of site.guards) expect(RULE_KEYS, site.platform).toContain(key);
      expect(siteContentScript(site).matches).toEqual(site.matches);
      expect(platformRules(SITES)[site.platform]).toEqual(site.guards);
    }
  });

  it('each site declares exactly the page languages whose tables the background hands out, with the keys of its English table', () => {
    for (const site of SITES) {
      const more = TRANSLATIONS[site.platform];
      expect(['en', ...Object.keys(more)].sort(), site.platform).toEqual([...site.labels.languages].sort());
      for (const [lang, table] of Object.entries(more)) {
        expect(Object.keys(table).sort(), `${site.platform} ${lang}`).toEqual(Object.keys(site.labels.english).sort());
      }
    }
  });

  it("a content script carries English only: a page language is known once the background's tables are learned", () => {
    const labels = new Labels({ en: { follow: ['Follow'] } }, ['en', 'es']);
    document.documentElement.lang = 'es';
    expect(unsupportedLanguage(labels, document)).toBeNull();
    expect(labels.is(document, 'follow', 'Seguir')).toBe(false);
    labels.learn({ es: { follow: ['Seguir'] }, de: { follow: ['Folgen'] } });
    expect(labels.is(document, 'follow', 'Seguir')).toBe(true);
    expect(labels.is(document, 'follow', 'Follow')).toBe(true);
    document.documentElement.lang = 'de';
    // A language the site does not declare is not learned: its page stays unsupported, read in English.
    expect(unsupportedLanguage(labels, document)).not.toBeNull();
    expect(labels.is(document, 'follow', 'Folgen')).toBe(false);
    document.documentElement.lang = '';
  });

  it('has a content script and a health script entry point per site, each importing only that site', () => {
    expect(entrypointProblems(ROOT, SITES)).toEqual([]);
    const scripts = readdirSync(resolve(ROOT, 'entrypoints')).filter((f) => f.endsWith('.content.ts'));
    expect(scripts.sort()).toEqual(SITES.flatMap((s) => [`${s.platform}.content.ts`, `${s.platform}-health.content.ts`]).sort());
  });

  it('README.md has a coverage row per site naming its hosts, and none for a site that is not registered', () => {
    expect(readmeCoverageProblems(README, SITES, PLATFORM_NAMES)).toEqual([]);
  });
});

describe("README.md's 'Add a site' steps, followed for a made-up site", () => {
  // Steps 1–2: a folder with an adapter, labels and a site.ts declaration, and a line in the registry.
  const labels = new Labels({ en: { befriend: ['Befriend'] } });
  const demo: Site = defineSite({
    platform: 'mastodemo' as Platform,
    matches: ['*://mastodemo.example/*', '*://www.mastodemo.example/*'],
    adapter: {
      platform: 'mastodemo' as Platform,
      recognise: (trigger, doc): GuardedAction | null =>
        trigger.type === 'activate' && labels.is(doc, 'befriend', trigger.target.textContent ?? '')
          ? { kind: 'connect.request', platform: 'mastodemo' as Platform, control: 'Befriend' }
          : null,
    },
    labels,
    guards: ['connect.request', 'post'],
  });
  const registry = [...SITES, demo];

  it('its content script runs on its hosts, and the popup lists what it guards', () => {
    expect(siteContentScript(demo)).toMatchObject({ matches: demo.matches, runAt: 'document_start' });
    expect(platformRules(registry)['mastodemo' as Platform]).toEqual(['connect.request', 'post']);
  });

  it('step 3: the entry points are missing until their one line each is written', () => {
    expect(entrypointProblems(ROOT, registry)).toEqual([
      'entrypoints/mastodemo.content.ts is missing',
      'entrypoints/mastodemo-health.content.ts is missing',
    ]);
  });

  it('step 4: the README check asks for its row and hosts, and is content once they are there', () => {
    const names = { ...PLATFORM_NAMES, mastodemo: 'Mastodemo' };
    expect(readmeCoverageProblems(README, registry, names)).toEqual([
      'README.md has no row for Mastodemo in "What is guarded, on which site"',
    ]);
    const row = '| **Mastodemo** (mastodemo.example) | Befriend | — |';
    // The row goes where a contributor puts it: in the coverage table, after the last site's row.
    const withRow = README.replace(/(\| \*\*Yelp\*\* \([^\n]*\n)/, `$1${row}\n`);
    expect(withRow).not.toBe(README);
    expect(readmeCoverageProblems(withRow, registry, names)).toEqual([]);
    expect(readmeCoverageProblems(withRow, SITES, PLATFORM_NAMES)).toEqual([
      'README.md has a row for Mastodemo, which is not in src/sites/registry.ts',
    ]);
  });

  it('its adapter is the one the registry hands out', () => {
    const doc = document.implementation.createHTMLDocument('demo');
    const button = doc.createElement('button');
    button.textContent = 'Befriend';
    expect(registry.at(-1)?.adapter.recognise({ type: 'activate', target: button }, doc)?.kind).toBe('connect.request');
  });
});
