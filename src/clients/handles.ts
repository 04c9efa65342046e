import { INSTAGRAM_APP_PATHS, X_APP_PATHS } from '../core/app-paths';
import { t } from '../core/i18n';
import { PLATFORM_NAMES, type Platform } from '../core/vocabulary';
import { normaliseName } from './normalise';

/**
 * Handles arrive as "@maria", "maria", "https://x.com/maria",
 * "facebook.com/profile.php?id=1000123" or, for Yelp, a display name "Sam L.".
 * They are stored and compared in one normal form per platform.
 */
export type HandleResult = { ok: true; handle: string } | { ok: false; error: string };

const X_HANDLE = /^[a-z0-9_]{1,15}$/;
const INSTAGRAM_HANDLE = /^[a-z0-9._]{1,30}$/;
const FACEBOOK_USERNAME = /^[a-z0-9.]{1,50}$/;
const FACEBOOK_ID = /^\d{1,20}$/;

/** Facebook paths that are pages of the app, not people. */
const FACEBOOK_RESERVED = new Set([
  'friends',
  'groups',
  'marketplace',
  'watch',
  'gaming',
  'messages',
  'notifications',
  'settings',
  'events',
  'pages',
  'photo',
  'photo.php',
  'permalink.php',
  'story.php',
  'home.php',
  'login',
  'search',
  'bookmarks',
  'saved',
  'reel',
  'reels',
  'stories',
  'hashtag',
  'help',
  'policies',
  'privacy',
]);

function asUrl(raw: string): URL | null {
  const withScheme = /^[a-z]+:\/\//i.test(raw)
    ? raw
    : /^(www\.|m\.|web\.|mobile\.)?[a-z]+\.(com|net)\//i.test(raw)
      ? `https://${raw}`
      : null;
  if (!withScheme) return null;
  try {
    return new URL(withScheme);
  } catch {
    return null;
  }
}

/** The sites a profile link of each platform may point to: a link to another site is not a handle there. */
const HOSTS: Record<'facebook' | 'x' | 'instagram', RegExp> = {
  facebook: /^((www|m|web|mobile)\.)?(facebook|fb)\.com$/,
  x: /^((www|mobile)\.)?(x|twitter)\.com$/,
  instagram: /^(www\.)?instagram\.com$/,
};

/** A cell a spreadsheet would run as a formula; handles never start like this ("@" is handled per platform). */
const FORMULA = /^[=+\-\t\r]/;

/** A Facebook profile link or typed handle to "username" or "id:N"; null when it is not a person. */
export function facebookHandleFromPath(pathname: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const segments = pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase();
  if (first === 'profile.php') {
    const id = params.get('id');
    return id && FACEBOOK_ID.test(id) ? `id:${id}` : null;
  }
  if (first === 'friends' || first === 'people') {
    const id = params.get('profile_id') ?? (first === 'people' ? segments[2] : undefined);
    return id && FACEBOOK_ID.test(id) ? `id:${id}` : null;
  }
  if (!first || FACEBOOK_RESERVED.has(first) || first.endsWith('.php')) return null;
  return FACEBOOK_USERNAME.test(first) ? first : null;
}

/** App pages whose path looks like a handle ("x.com/home", "instagram.com/explore/"). */
const APP_PATHS: Record<'x' | 'instagram', ReadonlySet<string>> = { x: X_APP_PATHS, instagram: INSTAGRAM_APP_PATHS };

function simpleHandle(platform: 'x' | 'instagram', raw: string): HandleResult {
  const url = asUrl(raw);
  const candidate = (url ? (url.pathname.split('/').filter(Boolean)[0] ?? '') : raw).replace(/^@/, '').toLowerCase();
  const valid = platform === 'x' ? X_HANDLE : INSTAGRAM_HANDLE;
  return valid.test(candidate) && !(url && APP_PATHS[platform].has(candidate)) && (!url || HOSTS[platform].test(url.hostname))
    ? { ok: true, handle: candidate }
    : { ok: false, error: t('handle_malformed', PLATFORM_NAMES[platform], raw) };
}

/** "profile.php?id=N", "/friends/requests/?profile_id=N" or "maria.perez": a path on facebook.com typed without the host. */
function facebookHandleFromRelative(raw: string): string | null {
  if (/^id:\d{1,20}$/.test(raw)) return raw; // the stored form, as clientsToCsv writes it
  if (FACEBOOK_ID.test(raw)) return `id:${raw}`;
  const url = new URL(`/${raw.replace(/^[@/]+/, '')}`, 'https://www.facebook.com');
  return facebookHandleFromPath(url.pathname, url.search);
}

export function normaliseHandle(platform: Platform, input: string): HandleResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: t('handle_empty', PLATFORM_NAMES[platform]) };
  switch (platform) {
    case 'x':
    case 'instagram':
      return simpleHandle(platform, raw);
    case 'facebook': {
      const url = asUrl(raw);
      const handle = url
        ? HOSTS.facebook.test(url.hostname)
          ? facebookHandleFromPath(url.pathname, url.search)
          : null
        : facebookHandleFromRelative(raw);
      return handle ? { ok: true, handle } : { ok: false, error: t('handle_malformed', PLATFORM_NAMES.facebook, raw) };
    }
    case 'yelp': {
      const name = normaliseName(raw);
      return name && !FORMULA.test(raw) ? { ok: true, handle: name } : { ok: false, error: t('handle_malformedYelp', raw) };
    }
  }
}
