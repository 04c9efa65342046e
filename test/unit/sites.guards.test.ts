import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS } from '../../src/core/vocabulary';
import { SITES } from '../../src/sites/registry';

const root = join(import.meta.dirname, '../../src/sites');

/**
 * The rules a site's adapter can set off (src/guard/decide.ts, rulesFor): each action kind it
 * reports (a `'kind'` literal in its own code), "follow.back"
 * where it marks a follow `back: true`, and where an action carries the draft being sent: "post" (text
 * naming a client), the content checks "care" and "marketing", and "care.message" where that draft is a message.
 */
function rulesOfAdapter(platform: string): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(join(root, platform))) {
    // site.ts declares; labels.ts and selectors.ts hold the page's words ("Message") and selectors, not kinds.
    if (!file.endsWith('.ts') || ['site.ts', 'labels.ts', 'translations.ts', 'selectors.ts'].includes(file)) continue;
    const text = readFileSync(join(root, platform, file), 'utf8');
    for (const kind of ACTION_KINDS) if (text.includes(`'${kind}'`)) found.add(kind);
    if (/\bback: true\b/.test(text)) found.add('follow.back');
    if (/\bdraft: /.test(text)) found.add('post');
  }
  // Every draft that can name a client is read by the content checks too.
  if (found.has('post')) for (const rule of ['care', 'marketing']) found.add(rule);
  if (found.has('post') && found.has('message')) found.add('care.message');
  return [...found].sort();
}

describe('what the popup and the options page list per site', () => {
  it.each(SITES.map((s) => [s.platform, s] as const))('%s lists exactly the actions its adapter recognises', (platform, site) => {
    expect([...site.guards].sort()).toEqual(rulesOfAdapter(platform));
  });

  it('Yelp lists answering a review first; "Sending a direct message" is the Inbox reply to a customer (a private reply about a review is a review response: test/dom/yelp.adapter.test.ts)', () => {
    const guards = SITES.find((s) => s.platform === 'yelp')?.guards ?? [];
    expect(guards[0]).toBe('review.respond');
    expect(guards).toContain('message');
  });
});
