import { describe, expect, it } from 'vitest';
import { facebookHandleFromPath, normaliseHandle } from '../../src/clients/handles';
import { fold, normaliseName, tokenize, words } from '../../src/clients/normalise';
import { INSTAGRAM_APP_PATHS, X_APP_PATHS } from '../../src/core/app-paths';
import type { Platform } from '../../src/core/vocabulary';

function handle(platform: Platform, input: string): string {
  const result = normaliseHandle(platform, input);
  if (!result.ok) expect.fail(`expected ${platform} "${input}" to be accepted, got: ${result.error}`);
  return result.handle;
}

function error(platform: Platform, input: string): string {
  const result = normaliseHandle(platform, input);
  if (result.ok) expect.fail(`expected ${platform} "${input}" to be rejected, got "${result.handle}"`);
  return result.error;
}

describe('fold / tokenize / normaliseName', () => {
  it('ignores case and diacritics', () => {
    expect(normaliseName('María José Pérez')).toBe('maria jose perez');
    expect(normaliseName('MARÍA JOSÉ PÉREZ')).toBe(normaliseName('maria jose perez'));
    expect(fold('Ñandú')).toBe('nandu');
    expect(fold('Łukasz')).toBe('łukasz');
    expect(normaliseName('Zoë Brontë-Smith')).toBe('zoe bronte smith');
  });

  it('treats precomposed and combining accents alike', () => {
    expect(normaliseName('Jose\u0301')).toBe(normaliseName('Jos\u00e9'));
    expect(normaliseName('Jose\u0301')).toBe('jose');
  });

  it('ignores punctuation and spacing', () => {
    expect(normaliseName('  María-José   PÉREZ. ')).toBe('maria jose perez');
    expect(words("O'Brien")).toEqual(['o', 'brien']);
    expect(normaliseName('O’Brien')).toBe(normaliseName("O'Brien"));
    expect(normaliseName('Dr. Sam L.')).toBe('dr sam l');
    expect(normaliseName('!!! ---')).toBe('');
  });

  it('keeps letters of every script and digits', () => {
    expect(words('李小龙 and Σωκράτης 2nd')).toEqual(['李小龙', 'and', 'σωκρατης', '2nd']);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hi, María-José! ¿Qué tal, O’Brien?';
    for (const t of tokenize(text)) expect(fold(text.slice(t.start, t.end))).toBe(t.word);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['Hi', 'María', 'José', 'Qué', 'tal', 'O', 'Brien']);
  });

  it('keeps offsets right when combining marks are in the text', () => {
    const text = 'dear Jose\u0301 Pe\u0301rez';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(['dear', 'jose', 'perez']);
    expect(text.slice(tokens[1]?.start, tokens[2]?.end)).toBe('Jose\u0301 Pe\u0301rez');
  });
});

describe('normaliseHandle: X', () => {
  it.each([
    ['@maria', 'maria'],
    ['maria', 'maria'],
    ['@Maria_P', 'maria_p'],
    ['https://x.com/Maria', 'maria'],
    ['https://twitter.com/maria', 'maria'],
    ['http://www.twitter.com/maria/', 'maria'],
    ['twitter.com/maria', 'maria'],
    ['x.com/Maria', 'maria'],
    ['https://mobile.twitter.com/maria/status/123', 'maria'],
    ['https://x.com/maria?s=20', 'maria'],
    ['  @maria  ', 'maria'],
  ])('%s -> %s', (input, expected) => {
    expect(handle('x', input)).toBe(expected);
  });

  it.each([
    'maria perez',
    '@',
    '@this_is_far_too_long_for_x',
    'https://x.com/',
    'mar-ia',
    'https://www.instagram.com/maria/',
    '=HYPERLINK("x")',
  ])('rejects %j, naming the platform', (input) => {
    expect(error('x', input)).toMatch(/\bX\b/);
  });
});

describe('normaliseHandle: Instagram', () => {
  it.each([
    ['@maria.perez', 'maria.perez'],
    ['Maria_Perez', 'maria_perez'],
    ['https://www.instagram.com/maria.perez/', 'maria.perez'],
    ['instagram.com/maria.perez', 'maria.perez'],
  ])('%s -> %s', (input, expected) => {
    expect(handle('instagram', input)).toBe(expected);
  });

  it.each(['maria perez', 'maría', 'https://x.com/maria', 'a'.repeat(31)])('rejects %j, naming the platform', (input) => {
    expect(error('instagram', input)).toMatch(/Instagram/);
  });
});

describe('normaliseHandle: Facebook', () => {
  it.each([
    ['https://www.facebook.com/profile.php?id=100001234567890', 'id:100001234567890'],
    ['https://www.facebook.com/profile.php?id=100001234567890&sk=about', 'id:100001234567890'],
    ['facebook.com/profile.php?id=100001234567890', 'id:100001234567890'],
    ['www.facebook.com/profile.php?id=100001234567890', 'id:100001234567890'],
    ['profile.php?id=100001234567890', 'id:100001234567890'],
    ['/profile.php?id=100001234567890', 'id:100001234567890'],
    ['100001234567890', 'id:100001234567890'],
    ['id:100001234567890', 'id:100001234567890'],
    ['facebook.com/maria.perez', 'maria.perez'],
    ['https://www.facebook.com/Maria.Perez/', 'maria.perez'],
    ['https://m.facebook.com/maria.perez', 'maria.perez'],
    ['https://web.facebook.com/maria.perez?ref=bookmarks', 'maria.perez'],
    ['maria.perez', 'maria.perez'],
    ['@maria.perez', 'maria.perez'],
    ['/friends/requests/?profile_id=100009876543210', 'id:100009876543210'],
    ['https://www.facebook.com/friends/requests/?profile_id=100009876543210', 'id:100009876543210'],
    ['https://www.facebook.com/people/Maria-Perez/100001234567890/', 'id:100001234567890'],
  ])('%s -> %s', (input, expected) => {
    expect(handle('facebook', input)).toBe(expected);
  });

  it.each([
    'María Pérez',
    'https://www.facebook.com/',
    'https://www.facebook.com/groups/12345',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/friends/',
    'https://www.facebook.com/messages/t/100001234567890',
    'https://x.com/maria',
    '=HYPERLINK("https://facebook.com/maria")',
    'id:abc',
  ])('rejects %j, naming the platform', (input) => {
    expect(error('facebook', input)).toMatch(/Facebook/);
  });
});

describe('normaliseHandle: Yelp (a display name)', () => {
  it('folds the name as names are folded', () => {
    expect(handle('yelp', 'Sam L.')).toBe('sam l');
    expect(handle('yelp', 'José P.')).toBe(handle('yelp', 'jose p'));
  });

  it('rejects a name without letters or digits, naming the platform', () => {
    expect(error('yelp', '...')).toMatch(/Yelp/);
  });

  it('rejects a cell a spreadsheet would run as a formula', () => {
    expect(error('yelp', '=HYPERLINK("https://evil.example","Sam L.")')).toMatch(/Yelp/);
    expect(error('yelp', '+1+1')).toMatch(/Yelp/);
  });
});

describe("normaliseHandle: Google (a reviewer's profile number)", () => {
  const ID = '110123456789012345678';

  it("reads the number from the profile link a review's name leads to, on any Google host, or the number alone", () => {
    for (const input of [
      ID,
      `https://www.google.com/maps/contrib/${ID}`,
      `https://www.google.com/maps/contrib/${ID}/reviews?hl=en`,
      `google.com/maps/contrib/${ID}/reviews`,
      `https://www.google.co.uk/maps/contrib/${ID}`,
      `https://maps.google.com/maps/contrib/${ID}`,
      `  ${ID} `,
    ])
      expect(handle('google', input)).toBe(ID);
  });

  it("rejects a display name, another site's link, a place and a short number, saying what to use", () => {
    for (const input of [
      'Sam L.',
      `https://evil.example/maps/contrib/${ID}`,
      'https://www.google.com/maps/place/Harbor',
      '12345',
      `=${ID}`,
    ]) {
      expect(error('google', input)).toMatch(/^not a Google reviewer profile: ".*" \(use the link to the reviewer’s profile/);
    }
  });
});

describe('normaliseHandle: LinkedIn (the part of a profile address after /in/)', () => {
  it('reads it from a profile link on any LinkedIn host, typed with or without /in/, in lower case', () => {
    for (const input of [
      'maria-perez-4b1a2c',
      'Maria-Perez-4B1A2C',
      'in/maria-perez-4b1a2c',
      '/in/maria-perez-4b1a2c/',
      'https://www.linkedin.com/in/maria-perez-4b1a2c/',
      'https://www.linkedin.com/in/maria-perez-4b1a2c/details/experience/',
      'linkedin.com/in/maria-perez-4b1a2c',
      'https://es.linkedin.com/in/maria-perez-4b1a2c?trk=people',
    ])
      expect(handle('linkedin', input)).toBe('maria-perez-4b1a2c');
  });

  it('reads a profile address in another script, as LinkedIn writes it encoded', () => {
    expect(handle('linkedin', 'https://www.linkedin.com/in/mar%C3%ADa-p%C3%A9rez')).toBe('maría-pérez');
  });

  it('rejects a company page, a post, another site and text that is no address, naming the platform', () => {
    for (const input of [
      'https://www.linkedin.com/company/harbor-counseling',
      'https://www.linkedin.com/feed/update/urn:li:activity:1',
      'https://evil.example/in/maria-perez',
      'María Pérez',
      'ab',
      'https://www.linkedin.com/in/%E0%A4%A',
    ]) {
      expect(error('linkedin', input)).toMatch(/^malformed LinkedIn handle /);
    }
  });
});

describe('normaliseHandle: empty input', () => {
  it.each<[Platform, string]>([
    ['facebook', 'Facebook'],
    ['x', 'X'],
    ['instagram', 'Instagram'],
    ['yelp', 'Yelp'],
  ])('%s: rejected, naming the platform', (platform, name) => {
    expect(error(platform, '   ')).toBe(`empty ${name} handle`);
  });
});

describe('facebookHandleFromPath (profile links on the page)', () => {
  it.each([
    ['/maria.perez', '', 'maria.perez'],
    ['/profile.php', '?id=100001234567890', 'id:100001234567890'],
    ['/friends/requests/', '?profile_id=100009876543210', 'id:100009876543210'],
    ['/people/Maria-Perez/100001234567890/', '', 'id:100001234567890'],
  ])('%s%s -> %s', (path, search, expected) => {
    expect(facebookHandleFromPath(path, search)).toBe(expected);
  });

  it.each([
    ['/', ''],
    ['/friends/', ''],
    ['/messages/t/100001234567890', ''],
    ['/groups/123/', ''],
    ['/photo/', '?fbid=5551'],
    ['/permalink.php', '?story_fbid=1'],
    ['/watch/', ''],
  ])('%s%s is not a person', (path, search) => {
    expect(facebookHandleFromPath(path, search)).toBeNull();
  });
});

describe('app pages: one list per platform, for typed handles and for the adapters', () => {
  // Before one list, the adapters knew pages the importer did not ("follower_requests", "web") and back.
  it.each([
    ['x', X_APP_PATHS, 'https://x.com/'],
    ['instagram', INSTAGRAM_APP_PATHS, 'https://www.instagram.com/'],
  ] as const)('%s: a link to any app page is not a handle', (platform, paths, base) => {
    expect(paths.size).toBeGreaterThan(10);
    for (const page of paths) expect(normaliseHandle(platform, `${base}${page}`).ok, page).toBe(false);
  });

  it('a typed name that happens to be an app page is still a handle (only a link is a page)', () => {
    expect(normaliseHandle('x', '@jobs')).toEqual({ ok: true, handle: 'jobs' });
    expect(normaliseHandle('instagram', 'web')).toEqual({ ok: true, handle: 'web' });
  });
});
