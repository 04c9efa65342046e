import { afterEach, describe, expect, it } from 'vitest';
import { badgeOf, readTabState } from '../../src/background/badge';
import type { TabState } from '../../src/background/protocol';
import { useLanguage } from '../support/i18n-setup';

/** The toolbar icon of a tab from its state (DESIGN.md: no badge while guarding normally, else a badge and why). */

const NOW = new Date(2026, 11, 6, 14, 0).getTime();
const normal: TabState = { platform: 'facebook', clients: 'ready' };

afterEach(() => useLanguage('en'));

describe('badgeOf', () => {
  it('no badge while the guard works normally, nor while the list is still loading', () => {
    expect(badgeOf(normal, NOW)).toBeNull();
    expect(badgeOf({ ...normal, clients: 'loading' }, NOW)).toBeNull();
    // A pause that has ended is no pause.
    expect(badgeOf({ ...normal, pausedUntil: NOW - 1 }, NOW)).toBeNull();
  });

  it('paused, with until when', () => {
    const badge = badgeOf({ ...normal, pausedUntil: new Date(2026, 11, 6, 15, 30).getTime() }, NOW);
    expect(badge?.text).toBe('II');
    expect(badge?.title).toMatch(
      /^Boundary Guard\nPaused on Facebook until 0?3:30 PM: nothing is guarded here until then\.$|^Boundary Guard\nPaused on Facebook until 15:30: nothing is guarded here until then\.$/,
    );
  });

  it.each([
    ['locked', 'The client list is locked: client checks are off until you unlock it.'],
    ['empty', 'No clients yet: client checks are off until you add your client list.'],
    ['failed', 'The client list could not be loaded: client checks are off on this page.'],
  ] as const)('client list %s: client checks off, said so', (clients, line) => {
    expect(badgeOf({ ...normal, clients }, NOW)).toEqual({ text: '!', color: '#a05a00', title: `Boundary Guard\n${line}` });
  });

  it('a language the tables lack, named in the UI language', () => {
    expect(badgeOf({ ...normal, platform: 'x', language: 'nl' }, NOW)?.title).toBe(
      'Boundary Guard\nThis page is in Dutch (nl), which Boundary Guard does not know on X: its controls may not be recognised.',
    );
    useLanguage('es');
    expect(badgeOf({ ...normal, platform: 'x', language: 'nl' }, NOW)?.title).toBe(
      'Boundary Guard\nEsta página está en neerlandés (nl), un idioma que Boundary Guard no conoce en X: puede que no reconozca sus controles.',
    );
  });

  it('every reason in the title, one a line; the badge shows the first (guarding off before recognition before clients)', () => {
    const badge = badgeOf({ ...normal, clients: 'locked', unrecognised: [{ page: 'friend requests', failed: ['x'] }], off: true }, NOW);
    expect(badge?.text).toBe('OFF');
    expect(badge?.title.split('\n')).toEqual([
      'Boundary Guard',
      'Turned off on Facebook in the settings: nothing is guarded here.',
      "This page's controls were not recognised on Facebook (friend requests): the site may have changed, and actions here may not be guarded.",
      'The client list is locked: client checks are off until you unlock it.',
    ]);
  });
});

describe('readTabState', () => {
  it('keeps a well-formed state and refuses anything else', () => {
    expect(readTabState({ ...normal, pausedUntil: NOW, language: 'nl' })).toEqual({ ...normal, pausedUntil: NOW, language: 'nl' });
    expect(readTabState({ platform: 'myspace', clients: 'ready' })).toBeNull();
    expect(readTabState({ platform: 'x', clients: 'lots' })).toBeNull();
    expect(readTabState(null)).toBeNull();
    expect(readTabState({ ...normal, pausedUntil: 'soon', off: 'yes' })).toEqual(normal);
  });
});
