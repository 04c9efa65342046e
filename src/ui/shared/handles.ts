import { t } from '../../core/i18n';
import { PLATFORM_NAMES, type Platform } from '../../core/vocabulary';

/**
 * A stored handle as the site shows it: "@samlee" on X and Instagram, "samuel.lee.5" or "Facebook
 * profile 100001234567890" on Facebook, "linkedin.com/in/maria-perez" on LinkedIn, "Google profile 110…" on Google,
 * "Sam L." on Yelp (stored folded as "sam l", shown with the
 * capitals and the initial's full stop that Yelp prints).
 */
export function shownHandle(platform: Platform, handle: string): string {
  switch (platform) {
    case 'facebook':
      return handle.startsWith('id:') ? t('clients_facebookProfile', handle.slice(3)) : handle;
    case 'yelp':
      return handle
        .split(' ')
        .map((w, i, all) => {
          const word = w.charAt(0).toLocaleUpperCase() + w.slice(1);
          return i === all.length - 1 && i > 0 && w.length === 1 ? `${word}.` : word;
        })
        .join(' ');
    case 'google':
      return t('clients_googleProfile', handle);
    case 'linkedin':
      return `linkedin.com/in/${handle}`;
    default:
      return `@${handle}`;
  }
}

/** "X: @samlee", "Yelp: Sam L.", "Facebook profile 100001234567890" (which names its site already). */
export function handleLine(platform: Platform, handle: string): string {
  const shown = shownHandle(platform, handle);
  const namesItsSite = (platform === 'facebook' && handle.startsWith('id:')) || platform === 'google' || platform === 'linkedin';
  return namesItsSite ? shown : t('clients_handleLine', PLATFORM_NAMES[platform], shown);
}
