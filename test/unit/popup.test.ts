import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/policy/defaults';
import { pausedUntil } from '../../src/storage/pauses';
import { describeEnd, pauseEnd, startOfDay } from '../../src/ui/popup/pause';
import { guardedRules } from '../../src/ui/shared/platform-rules';

const now = new Date(2026, 10, 27, 14, 20).getTime();

describe('pause', () => {
  it('ends 15 minutes, an hour, or at the next local midnight later', () => {
    expect(pauseEnd('15m', now) - now).toBe(15 * 60_000);
    expect(pauseEnd('1h', now) - now).toBe(3_600_000);
    expect(pauseEnd('tomorrow', now)).toBe(new Date(2026, 10, 28).getTime());
    expect(startOfDay(now)).toBe(new Date(2026, 10, 27).getTime());
  });

  it('says when guarding comes back', () => {
    expect(describeEnd(pauseEnd('tomorrow', now), now)).toBe('midnight');
    expect(describeEnd(pauseEnd('1h', now), now, 'en-GB')).toBe('15:20');
    expect(describeEnd(new Date(2026, 10, 28, 9, 5).getTime(), now, 'en-GB')).toBe('tomorrow at 09:05');
  });

  it('counts a pause only until it ends', () => {
    expect(pausedUntil({ facebook: now + 1 }, 'facebook', now)).toBe(now + 1);
    expect(pausedUntil({ facebook: now }, 'facebook', now)).toBe(null);
    expect(pausedUntil({ x: now + 1 }, 'facebook', now)).toBe(null);
  });
});

describe('guardedRules (what the popup lists)', () => {
  it('lists the rules that are on, for the actions the site has', () => {
    const s = defaultSettings();
    s.rules.post.level = 'off';
    expect(guardedRules(s, 'yelp').map((r) => r.key)).toEqual(['review.respond', 'message', 'care', 'care.message', 'marketing']);
    expect(guardedRules(s, 'facebook').map((r) => `${r.key}:${r.levelName}:${r.scope}`)).toEqual([
      'connect.accept:Confirm:always',
      'connect.request:Confirm:always',
      'follow:Confirm:client',
      'reply:Confirm:client',
      'message:Confirm:client',
      'care:Confirm:always',
      'care.message:Confirm:client',
      'marketing:Confirm:always',
    ]);
    expect(guardedRules(s, 'x').map((r) => r.key)).toContain('follow.back');
  });

  it('lists the level in force on that site: its exception, else the rule for every site', () => {
    const s = defaultSettings();
    s.platformRules = { x: { follow: { level: 'block', scope: 'always' }, reply: { level: 'off', scope: 'client' } } };
    const line = (r: ReturnType<typeof guardedRules>[number]) => `${r.key}:${r.levelName}:${r.scope}:${r.siteOnly ? 'site' : 'all'}`;
    expect(guardedRules(s, 'x').map(line)).toEqual([
      'connect.accept:Confirm:always:all',
      'follow:Block:always:site',
      'follow.back:Confirm:always:all',
      'message:Confirm:client:all',
      'post:Confirm:client:all',
      'care:Confirm:always:all',
      'care.message:Confirm:client:all',
      'marketing:Confirm:always:all',
    ]);
    // Facebook keeps the rule for every site.
    expect(guardedRules(s, 'facebook').find((r) => r.key === 'follow')).toMatchObject({
      level: 'confirm',
      scope: 'client',
      siteOnly: false,
    });
    // An exception can switch on, on one site, what is off everywhere else.
    s.rules.message.level = 'off';
    s.platformRules = { instagram: { message: { level: 'reason', scope: 'always' } } };
    expect(guardedRules(s, 'instagram').find((r) => r.key === 'message')).toMatchObject({
      levelName: 'Confirm with a reason',
      siteOnly: true,
    });
    expect(guardedRules(s, 'x').map((r) => r.key)).not.toContain('message');
  });

  it('lists nothing for a site that is switched off', () => {
    const s = defaultSettings();
    s.platforms.instagram = false;
    expect(guardedRules(s, 'instagram')).toEqual([]);
  });
});
