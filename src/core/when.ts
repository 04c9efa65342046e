import { t } from './i18n';

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
