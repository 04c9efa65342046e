import { t } from '../core/i18n';
import { PLATFORM_NAMES, type Platform } from '../core/vocabulary';
import {
  asUrl,
  FACEBOOK_HOST,
  facebookHandleFromPath,
  facebookHandleFromRelative,
  instagramHandle,
  xHandle,
  yelpHandle,
} from './site-handles';

export { facebookHandleFromPath };

/**
 * Handles arrive as "@maria", "maria", "https://x.com/maria",
 * "facebook.com/profile.php?id=1000123" or, for Yelp, a display name "Sam L.".
 * They are stored and compared in one normal form per platform (site-handles.ts); this adds the
 * message that says what is wrong with one that is not.
 */
export type HandleResult = { ok: true; handle: string } | { ok: false; error: string };

export function normaliseHandle(platform: Platform, input: string): HandleResult {
  const raw = input.trim();
  if (!raw) return { ok: false, error: t('handle_empty', PLATFORM_NAMES[platform]) };
  const handle =
    platform === 'x'
      ? xHandle(raw)
      : platform === 'instagram'
        ? instagramHandle(raw)
        : platform === 'facebook'
          ? facebookHandle(raw)
          : yelpHandle(raw);
  if (handle) return { ok: true, handle };
  return { ok: false, error: platform === 'yelp' ? t('handle_malformedYelp', raw) : t('handle_malformed', PLATFORM_NAMES[platform], raw) };
}

function facebookHandle(raw: string): string | null {
  const url = asUrl(raw);
  if (!url) return facebookHandleFromRelative(raw);
  return FACEBOOK_HOST.test(url.hostname) ? facebookHandleFromPath(url.pathname, url.search) : null;
}
