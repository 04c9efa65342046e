import { INSTAGRAM_APP_PATHS, X_APP_PATHS } from '../core/app-paths';
import { normaliseName } from './normalise';

/**
 * Each platform's handle in its normal form, or null: the parsing alone, without the error messages of
 * handles.ts. Content scripts read handles on the page with these, one function a platform, so that each
 * script carries its own platform's rules and reserved paths only (their size budget).
 */

const X_HANDLE = /^[a-z0-9_]{1,15}$/;
const INSTAGRAM_HANDLE = /^[a-z0-9._]{1,30}$/;
const FACEBOOK_USERNAME = /^[a-z0-9.]{1,50}$/;
const FACEBOOK_ID = /^\d{1,20}$/;

/** The sites a profile link of each platform may point to: a link to another site is not a handle there. */
export const FACEBOOK_HOST = /^((www|m|web|mobile)\.)?(facebook|fb)\.com$/;
const X_HOST = /^((www|mobile)\.)?(x|twitter)\.com$/;
const INSTAGRAM_HOST = /^(www\.)?instagram\.com$/;
/** Google's own hosts (a reviewer's profile is on www.google.com/maps, whatever the country domain of the search). */
const GOOGLE_HOST = /^((www|maps)\.)?google\.[a-z.]{2,6}$/;
const LINKEDIN_HOST = /^([a-z]{2,3}\.|www\.)?linkedin\.com$/;
/** A Google account's public number ("contributor id"): 21 digits today; a little room either side. */
const GOOGLE_ID = /^\d{15,25}$/;
/** A LinkedIn public profile address ("/in/maria-perez-4b1a2c"): letters of any script, digits and hyphens. */
const LINKEDIN_SLUG = /^[\p{L}\p{N}-]{3,100}$/u;

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

/** A cell a spreadsheet would run as a formula; handles never start like this ("@" is handled per platform). */
const FORMULA = /^[=+\-\t\r]/;

/** Text that is a link ("https://x.com/maria", "instagram.com/maria"), as a URL; null for anything else. */
export function asUrl(raw: string): URL | null {
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

/** "profile.php?id=N", "/friends/requests/?profile_id=N" or "maria.perez": a path on facebook.com typed without the host. */
export function facebookHandleFromRelative(raw: string): string | null {
  if (/^id:\d{1,20}$/.test(raw)) return raw; // the stored form, as clientsToCsv writes it
  if (FACEBOOK_ID.test(raw)) return `id:${raw}`;
  const url = new URL(`/${raw.replace(/^[@/]+/, '')}`, 'https://www.facebook.com');
  return facebookHandleFromPath(url.pathname, url.search);
}

/** "@maria", "maria" or a profile link on one of the platform's hosts; app pages ("x.com/home") are no handle. */
function simpleHandle(raw: string, valid: RegExp, host: RegExp, appPaths: ReadonlySet<string>): string | null {
  const url = asUrl(raw);
  const candidate = (url ? (url.pathname.split('/').filter(Boolean)[0] ?? '') : raw).replace(/^@/, '').toLowerCase();
  return valid.test(candidate) && !(url && appPaths.has(candidate)) && (!url || host.test(url.hostname)) ? candidate : null;
}

/** An X handle from trimmed, non-empty text. */
export function xHandle(raw: string): string | null {
  return simpleHandle(raw, X_HANDLE, X_HOST, X_APP_PATHS);
}

/** An Instagram username from trimmed, non-empty text. */
export function instagramHandle(raw: string): string | null {
  return simpleHandle(raw, INSTAGRAM_HANDLE, INSTAGRAM_HOST, INSTAGRAM_APP_PATHS);
}

/**
 * A Google reviewer: the number of their public profile ("google.com/maps/contrib/110…", as the review's
 * name links to it), from the link or the bare number. A display name is no handle on Google: the
 * reviewer's name is matched as a name.
 */
export function googleHandle(input: string): string | null {
  const raw = input.trim();
  if (GOOGLE_ID.test(raw)) return raw;
  const url = asUrl(raw.replace(/^(maps\.)?google\.[a-z.]{2,6}\//i, (host) => `www.${host.replace(/^maps\./i, '')}`));
  if (!url || !GOOGLE_HOST.test(url.hostname)) return null;
  const id = /^\/maps\/contrib\/(\d+)/.exec(url.pathname)?.[1];
  return id && GOOGLE_ID.test(id) ? id : null;
}

/** A LinkedIn member: the part of their public profile address after "/in/", lower-case ("maria-perez-4b1a2c"). */
export function linkedinHandle(input: string): string | null {
  const raw = input.trim();
  const url = asUrl(raw);
  let slug: string | undefined;
  if (url) {
    if (!LINKEDIN_HOST.test(url.hostname)) return null;
    slug = /^\/in\/([^/?#]+)/.exec(url.pathname)?.[1];
  } else slug = raw.replace(/^\/?in\//, '').replace(/\/$/, '');
  if (!slug) return null;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    return null;
  }
  slug = slug.toLocaleLowerCase();
  return LINKEDIN_SLUG.test(slug) ? slug : null;
}

/** A Yelp reviewer as a handle: their display name, folded ("Sam L." → "sam l"). */
export function yelpHandle(input: string): string | null {
  const raw = input.trim();
  const name = normaliseName(raw);
  return name && !FORMULA.test(raw) ? name : null;
}
