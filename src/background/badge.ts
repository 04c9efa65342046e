import { t } from '../core/i18n';
import { languageName } from '../core/language';
import { PLATFORM_NAMES, PLATFORMS } from '../core/vocabulary';
import { describeEnd } from '../core/when';
import type { ClientsState, TabState } from './protocol';

/**
 * The toolbar icon of one tab (DESIGN.md's contract): no badge while its guard works normally; otherwise a
 * badge and a title that says why. Every reason is in the title, one a line; the badge shows the first:
 * guarding off (paused, turned off) before recognition (language, controls) before client checks.
 */
export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Grey: guarding is off by the therapist's choice. Red: the page is not recognised. Amber: client checks are off. */
const GREY = '#5f6368';
const RED = '#b3261e';
const AMBER = '#a05a00';

const CLIENT_PROBLEMS: Partial<Record<ClientsState, 'badge_locked' | 'badge_empty' | 'badge_failed'>> = {
  locked: 'badge_locked',
  empty: 'badge_empty',
  failed: 'badge_failed',
};

/** The badge for a tab's state, or null when it guards normally (then the badge is cleared). */
export function badgeOf(state: TabState, now: number): Badge | null {
  const site = PLATFORM_NAMES[state.platform];
  const reasons: Array<{ text: string; color: string; line: string }> = [];
  if (state.pausedUntil !== undefined && state.pausedUntil > now) {
    reasons.push({ text: 'II', color: GREY, line: t('badge_paused', site, describeEnd(state.pausedUntil, now)) });
  }
  if (state.off) reasons.push({ text: t('badge_offText'), color: GREY, line: t('badge_off', site) });
  if (state.language !== undefined) reasons.push({ text: '?', color: RED, line: t('badge_language', languageName(state.language), site) });
  for (const { page } of state.unrecognised ?? []) reasons.push({ text: '!', color: RED, line: t('badge_unrecognised', page, site) });
  const clients = CLIENT_PROBLEMS[state.clients];
  if (clients) reasons.push({ text: '!', color: AMBER, line: t(clients) });
  const first = reasons[0];
  if (!first) return null;
  return { text: first.text, color: first.color, title: [t('extName'), ...reasons.map((r) => r.line)].join('\n') };
}

/** A tab state as a content script sent it, checked field by field (a message is input like any other). */
export function readTabState(value: unknown): TabState | null {
  const v = value as Partial<TabState> | null;
  if (typeof v !== 'object' || v === null) return null;
  if (!(PLATFORMS as readonly unknown[]).includes(v.platform)) return null;
  if (!['loading', 'ready', 'empty', 'locked', 'failed'].includes(v.clients as string)) return null;
  const text = (s: unknown, max: number) => (typeof s === 'string' ? s.slice(0, max) : '');
  const unrecognised = Array.isArray(v.unrecognised)
    ? v.unrecognised.slice(0, 10).map((u) => ({
        page: text(u?.page, 60),
        failed: Array.isArray(u?.failed) ? u.failed.slice(0, 10).map((f) => text(f, 120)) : [],
      }))
    : [];
  return {
    platform: v.platform as TabState['platform'],
    clients: v.clients as ClientsState,
    ...(typeof v.pausedUntil === 'number' && Number.isFinite(v.pausedUntil) ? { pausedUntil: v.pausedUntil } : {}),
    ...(v.off === true ? { off: true } : {}),
    ...(typeof v.language === 'string' ? { language: text(v.language, 20) } : {}),
    ...(unrecognised.length ? { unrecognised } : {}),
  };
}
