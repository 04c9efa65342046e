import { t } from '../core/i18n';
import { PLATFORM_NAMES, type Platform } from '../core/vocabulary';
import {
  asUrl,
  FACEBOOK_HOST,
  facebookHandleFromPath,
  facebookHandleFromRelative,
  googleHandle,
  instagramHandle,
  linkedinHandle,
  xHandle,
  yelpHandle,
} from './site-handles';

export { facebookHandleFromPath };

/**
 * Handles arrive as "@maria", "maria", "https://x.com/maria",
 * "facebook.com/profile.php?id=1000123", "linkedin.com/in/maria-perez", a Google reviewer's profile link
 * "google.com/maps/contrib/110…" or, for Yelp, a display name "Sam L.".
 * They are stored and compared in one normal form per platform (site-handles.ts); this adds the
 * message that says what is wrong with one that is not.
 */
export type HandleResult = { ok: true; handle: string } | { ok: false; error: string };

export function normaliseHandle(platform: Platform, input: string): HandleResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: t('handle_empty', PLATFORM_NAMES[platform]) };
  const handle = HANDLE_OF[platform](raw);
  if (handle) return { ok: true, handle };
  if (platform === 'yelp') return { ok: false, error: t('handle_malformedYelp', raw) };
  if (platform === 'google') return { ok: false, error: t('handle_malformedGoogle', raw) };
  return { ok: false, error: t('handle_malformed', PLATFORM_NAMES[platform], raw) };
}

const HANDLE_OF: Readonly<Record<Platform, (raw: string) => string | null>> = {
  facebook: (raw) => facebookHandle(raw),
  x: xHandle,
  instagram: instagramHandle,
  yelp: yelpHandle,
  google: googleHandle,
  linkedin: linkedinHandle,
};

function facebookHandle(raw: string): string | null {
  const url = asUrl(raw);
  if (!url) return facebookHandleFromRelative(raw);
  return FACEBOOK_HOST.test(url.hostname) ? facebookHandleFromPath(url.pathname, url.search) : null;
}
