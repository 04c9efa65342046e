import { describe, expect, it } from 'vitest';
import { checkPage } from '../../src/guard/health';
import { describeElement, healthReport, MAX_NODES, redactLabel, redactTestId } from '../../src/guard/report';
import { facebookHealth } from '../../src/sites/facebook/health';
import { facebookLabels } from '../../src/sites/facebook/labels';
import { googleHealth } from '../../src/sites/google/health';
import { instagramHealth } from '../../src/sites/instagram/health';
import { linkedinHealth } from '../../src/sites/linkedin/health';
import { xHealth } from '../../src/sites/x/health';
import { yelpHealth } from '../../src/sites/yelp/health';
import { loadFacebook } from './support/fixture-page';
import { loadGoogle } from './support/google-pages';
import { loadInstagram } from './support/instagram-pages';
import { loadLinkedin } from './support/linkedin-pages';
import { loadYelp } from './support/yelp-pages';
import { load as loadXPage } from './x-load';

const known = facebookLabels;

/** Every run of two or more letters in the page's text and attributes: what a report must never contain of it. */
function wordsOfPage(doc: Document): Set<string> {
  const words = new Set<string>();
  const add = (text: string | null) => {
    for (const w of (text ?? '').match(/\p{L}{4,}/gu) ?? []) words.add(w);
  };
  add(doc.body.textContent);
  for (const el of doc.body.querySelectorAll('*')) for (const a of el.attributes) add(a.value);
  return words;
}

describe('redactLabel', () => {
  it('shows a label of the tables as it is (folded), in any language of the tables', () => {
    expect(redactLabel('Confirm', known)).toBe('"confirm"');
    expect(redactLabel('Confirmar solicitud', known)).toBe('"confirmar solicitud"');
    expect(redactLabel('Write a comment…', known)).toBe('"write a comment"');
  });

  it('shows the known start of a label and only the length of the rest (a name)', () => {
    expect(redactLabel('Comment as Dana Whitfield', known)).toBe('"comment as" + ‹15›');
    expect(redactLabel('Reply to María Pérez…', known)).toBe('"reply to" + ‹12›');
  });

  it('shows any other label as its length only', () => {
    expect(redactLabel('María José Pérez', known)).toBe('‹16›');
    expect(redactLabel('Approve', known)).toBe('‹7›');
    // A known word at the start of a longer word is not a known start.
    expect(redactLabel('Confirmation pending', known)).toBe('‹20›');
    expect(redactLabel('  ', known)).toBe('""');
  });
});

describe('redactTestId', () => {
  const ids = ['tweet', '#-follow', 'tweetTextarea_#', 'UserAvatar-Container-*'];
  it('shows declared test ids, digits as #', () => {
    expect(redactTestId('tweet', ids)).toBe('tweet');
    expect(redactTestId('1589339284217-follow', ids)).toBe('#-follow');
    expect(redactTestId('tweetTextarea_0', ids)).toBe('tweetTextarea_#');
  });
  it('keeps a declared start and shows the rest (a handle) as a length', () => {
    expect(redactTestId('UserAvatar-Container-maria_perez', ids)).toBe('UserAvatar-Container-‹11›');
  });
  it('hides any other test id', () => {
    expect(redactTestId('profile-maria_perez', ids)).toBe('‹test id 19›');
  });
});

describe('describeElement', () => {
  it('gives tag, role, test id, labels and a control’s text, never other text', () => {
    const doc = loadFacebook('friends.html');
    const confirm = doc.querySelector('[data-fixture-action="accept:maria"]');
    const link = doc.querySelector('a[href="/profile.php?id=100001234567890"][aria-hidden]');
    const svg = link?.querySelector('svg');
    if (!confirm || !link || !svg) throw new Error('fixture changed');
    expect(describeElement(confirm, facebookHealth)).toBe('div role=button aria-label="confirm"');
    expect(describeElement(link, facebookHealth)).toBe('a role=link href text=""');
    expect(describeElement(svg, facebookHealth)).toBe('svg role=img aria-label=‹16›');
  });
});

describe('healthReport', () => {
  it('the report of reworded request cards shows their structure and no name from the page', () => {
    const doc = loadFacebook('friends-changed.html');
    const result = checkPage(facebookHealth, doc);
    const failure = result.failures[0];
    if (!failure) throw new Error('the check did not fail');
    const report = healthReport(
      { platform: 'facebook', page: failure.check.page, expect: failure.check.expect, language: 'en' },
      failure.region,
      facebookHealth,
    );
    expect(report.split('\n').slice(0, 5)).toEqual([
      'site: facebook',
      'page: friend requests',
      'failed: Confirm or Add friend controls',
      'language: en',
      'above: html > body > div > div[role=main] > div > div',
    ]);
    expect(report).toContain('div role=button aria-label=‹7›');
    expect(report).toContain('a role=link href text=‹16›');
    for (const name of [
      'María',
      'José',
      'Pérez',
      'Jordan',
      'Smith',
      'Samuel',
      'Alex',
      'Dana',
      'Whitfield',
      'mutual',
      'Approve',
      'Dismiss',
    ]) {
      expect(report).not.toContain(name);
    }
  });

  it.each([
    ['facebook feed', () => loadFacebook('feed.html'), facebookHealth],
    ['facebook messages', () => loadFacebook('messages.html'), facebookHealth],
    ['instagram post', () => loadInstagram('post.html'), instagramHealth],
    ['instagram direct', () => loadInstagram('direct.html'), instagramHealth],
    ['x home (real saved page)', () => loadXPage('home'), xHealth],
    ['x profile (real saved page)', () => loadXPage('profile'), xHealth],
    ['yelp reviews', () => loadYelp('biz-reviews.html'), yelpHealth],
    ['google business reviews', () => loadGoogle('business-reviews.html'), googleHealth],
    ['google maps place', () => loadGoogle('maps-place.html'), googleHealth],
    ['linkedin my network', () => loadLinkedin('network.html'), linkedinHealth],
    ['linkedin feed', () => loadLinkedin('feed.html'), linkedinHealth],
    ['linkedin messaging', () => loadLinkedin('messaging.html'), linkedinHealth],
  ] as const)(
    '%s: a report of every region a check looks at holds no word of the page but the labels the tables know',
    (_name, load, health) => {
      const doc = load();
      const words = wordsOfPage(doc);
      let regions = 0;
      for (const check of health.checks) {
        const region = check.region(doc);
        if (!region) continue;
        regions += 1;
        const report = healthReport({ platform: 'x', page: check.page, expect: check.expect, language: 'en' }, region, health);
        expect(report.split('\n').length).toBeLessThanOrEqual(MAX_NODES + 8);
        // Every word of the report that is also on the page: a tag, a role, a declared test id or a known label.
        const leaked = (report.match(/\p{L}{4,}/gu) ?? []).filter(
          (w) =>
            words.has(w) &&
            !/^(site|page|failed|language|above|region|role|text|href|aria|label|type|testid|placeholder|contenteditable|true|false|html|body|main|article|section|form|button|span|textarea|input|header|footer|link|navigation|dialog|presentation|textbox|none|list|listitem|group|menu|menuitem|banner|complementary|heading|tablist|region|feed|more|inside|elements)$/i.test(
              w,
            ) &&
            !health.testIds.some((id) => id.includes(w)) &&
            health.labels.known(w) === null &&
            !check.page.includes(w) &&
            !check.expect.includes(w),
        );
        expect(leaked, report).toEqual([]);
      }
      expect(regions).toBeGreaterThan(0);
    },
    30_000,
  );
});
