import { type MessageKey, t } from '../../core/i18n';

/** The pause lengths the popup offers (their words are messages). Pure, so the end times can be tested against any clock. */
export const PAUSE_CHOICES = [
  { id: '15m', label: 'pause_15m', prefix: 'pause_for' },
  { id: '1h', label: 'pause_1h', prefix: 'pause_for' },
  { id: 'tomorrow', label: 'pause_tomorrow', prefix: 'pause_prefix' },
] as const satisfies ReadonlyArray<{ id: string; label: MessageKey; prefix: MessageKey }>;

export type PauseChoice = (typeof PAUSE_CHOICES)[number]['id'];

/** When a pause chosen at `now` ends: 15 min or 1 h later, or at the next local midnight. */
export function pauseEnd(choice: PauseChoice, now: number): number {
  if (choice === '15m') return now + 15 * 60_000;
  if (choice === '1h') return now + 60 * 60_000;
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}

/** Local midnight that starts the day holding `now`: "reminders today" count from here. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** "14:35", "midnight", or "tomorrow at 09:10" for a pause end seen at `now` (in Spanish "las 14:35", "la medianoche"…). */
export function describeEnd(until: number, now: number, locale?: string): string {
  const end = new Date(until);
  const time = end.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (end.getHours() === 0 && end.getMinutes() === 0 && until - now <= 86_400_000) return t('pause_midnight');
  if (startOfDay(until) === startOfDay(now)) return t('pause_at', time);
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (startOfDay(until) === startOfDay(tomorrow.getTime())) return t('pause_tomorrowAt', time);
  return t('pause_dateAt', end.toLocaleDateString(locale, { day: 'numeric', month: 'short' }), time);
}
