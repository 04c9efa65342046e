import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, withContentChecks, withNewSites } from '../../src/policy/defaults';
import type { Settings } from '../../src/policy/schema';
import { STORAGE_KEYS } from '../../src/storage/keys';
import { canonical, SettingsSync } from '../../src/ui/options/settings-sync';

/** Two options pages (two windows) share one storage.local, as in the browser. */
async function page(): Promise<SettingsSync> {
  const sync = new SettingsSync();
  await sync.start();
  return sync;
}

async function stored(): Promise<Settings | undefined> {
  return (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings] as Settings | undefined;
}

const friending = (text: string) => (s: Settings) => ({ ...s, clauses: { ...s.clauses, friending: { choice: 'custom', text } } });

/** Lets storage events reach the listeners. */
const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('SettingsSync', () => {
  it('starts from the seed policy when nothing is stored, and writes nothing by itself', async () => {
    const sync = await page();
    expect(sync.current.status).toBe('saved');
    expect(sync.current.settings).toEqual(defaultSettings());
    expect(await stored()).toBeUndefined();
  });

  it('saves an edit, validated, to storage.local', async () => {
    const sync = await page();
    sync.edit(friending('Never, with anyone.'));
    expect(sync.current.status).toBe('pending');
    await sync.flush();
    expect(sync.current.status).toBe('saved');
    expect((await stored())?.clauses.friending.text).toBe('Never, with anyone.');
  });

  it('waits for a pause in typing before saving a text edit', async () => {
    const sync = await page();
    sync.edit(friending('a'), 40);
    sync.edit(friending('ab'), 40);
    expect(await stored()).toBeUndefined();
    await new Promise((r) => setTimeout(r, 80));
    await sync.flush();
    expect((await stored())?.clauses.friending.text).toBe('ab');
  });

  it('refuses invalid settings with the field named, and stores nothing', async () => {
    const sync = await page();
    sync.edit(friending('x'.repeat(2001)));
    await sync.flush();
    expect(sync.current.status).toBe('error');
    expect(sync.current.message).toMatch(/^clauses\.friending\.text: /);
    expect(await stored()).toBeUndefined();
  });

  it('takes over a change made in another window when nothing is being edited here', async () => {
    const a = await page();
    const b = await page();
    a.edit(friending('From window A.'));
    await a.flush();
    await tick();
    expect(b.current.settings.clauses.friending.text).toBe('From window A.');
    expect(b.current.external).toBe(true);
    expect(b.current.status).toBe('saved');
  });

  it('does not overwrite a change from another window silently: unsaved edits here become a conflict', async () => {
    const a = await page();
    const b = await page();
    b.edit(friending('Typed in B.'), 10_000);
    a.edit((s) => ({ ...s, discreet: true }));
    await a.flush();
    await tick();
    expect(b.current.status).toBe('conflict');
    expect(b.current.message).toMatch(/changed in another window/);
    // B's edit stays on screen and unsaved; A's change stays stored.
    expect(b.current.settings.clauses.friending.text).toBe('Typed in B.');
    await b.flush();
    expect((await stored())?.discreet).toBe(true);
    expect((await stored())?.clauses.friending.text).toBe(defaultSettings().clauses.friending.text);
  });

  it('detects a write from elsewhere at save time too (no event seen yet)', async () => {
    const sync = new SettingsSync(browser.storage.local, { addListener() {}, removeListener() {} });
    await sync.start();
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: { ...defaultSettings(), logRetentionDays: 30 } });
    sync.edit(friending('Mine.'));
    await sync.flush();
    expect(sync.current.status).toBe('conflict');
    expect((await stored())?.logRetentionDays).toBe(30);
    expect((await stored())?.clauses.friending.text).not.toBe('Mine.');
  });

  it('resolves a conflict either way', async () => {
    const a = await page();
    const b = await page();
    b.edit(friending('B wins?'), 10_000);
    a.edit((s) => ({ ...s, logRetentionDays: 30 }));
    await a.flush();
    await tick();
    expect(b.current.status).toBe('conflict');
    await b.resolve('theirs');
    expect(b.current.status).toBe('saved');
    expect(b.current.settings.logRetentionDays).toBe(30);
    expect(b.current.settings.clauses.friending.text).toBe(defaultSettings().clauses.friending.text);

    b.edit(friending('B again.'), 10_000);
    a.edit((s) => ({ ...s, logRetentionDays: 180 }));
    await a.flush();
    await tick();
    expect(b.current.status).toBe('conflict');
    await b.resolve('mine');
    expect(b.current.status).toBe('saved');
    expect((await stored())?.clauses.friending.text).toBe('B again.');
    // "Keep mine" writes this window's settings as a whole: A's 180 days give way to the 30 B showed.
    expect((await stored())?.logRetentionDays).toBe(30);
    await tick();
    expect(a.current.settings.clauses.friending.text).toBe('B again.');
  });

  it('brings an older stored version up to date on the first save', async () => {
    await browser.storage.local.set({
      [STORAGE_KEYS.settings]: { version: 1, levels: { follow: 'block' }, clientOnly: [], policyText: {}, sites: ['x'] },
    });
    const sync = await page();
    expect(sync.current.settings.rules.follow.level).toBe('block');
    expect(sync.current.settings.platforms).toEqual({
      facebook: false,
      x: true,
      instagram: false,
      yelp: false,
      google: true,
      linkedin: true,
    });
    sync.edit((s) => ({ ...s, discreet: true }));
    await sync.flush();
    expect((await stored())?.version).toBe(5);
    expect((await stored())?.platformRules).toEqual({});
  });

  it('brings stored version 2 settings up to date on the first save, keeping every field', async () => {
    // Version 2: no per-site exceptions, no content checks, no Marketing clause, no content rules.
    const { platformRules: _none, contentChecks: _checks, clauses, rules, ...rest } = { ...defaultSettings(), logRetentionDays: 45 };
    const { marketing: _marketing, ...v2Clauses } = clauses;
    const { care: _care, 'care.message': _careMessage, marketing: _marketingRule, ...v2Rules } = rules;
    const { google: _google, linkedin: _linkedin, ...v2Platforms } = rest.platforms;
    const v2 = { ...rest, version: 2, clauses: v2Clauses, rules: v2Rules, platforms: v2Platforms };
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: v2 });
    const sync = await page();
    const current = withNewSites(withContentChecks({ ...v2, version: 3, platformRules: {} }));
    expect(sync.current.settings).toEqual(current);
    sync.edit((s) => ({ ...s, platformRules: { x: { follow: { level: 'block', scope: 'always' } } } }));
    await sync.flush();
    expect(await stored()).toEqual({ ...current, platformRules: { x: { follow: { level: 'block', scope: 'always' } } } });
  });

  it('replaces everything at once for an import', async () => {
    const sync = await page();
    const next = { ...defaultSettings(), logNames: true, practice: { ...defaultSettings().practice, practiceName: 'Harbor' } };
    const state = await sync.replace(next);
    expect(state.status).toBe('saved');
    expect(canonical(await stored())).toBe(canonical(next));
  });

  it('compares settings regardless of key order', () => {
    expect(canonical({ a: 1, b: { c: 2, d: [1, { f: 1, e: 2 }] } })).toBe(canonical({ b: { d: [1, { e: 2, f: 1 }], c: 2 }, a: 1 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
  });
});
