/** The pause lengths the popup offers. Pure, so the end times can be tested against any clock. */
export const PAUSE_CHOICES = [
  { id: '15m', label: '15 min', prefix: 'Pause for' },
  { id: '1h', label: '1 hour', prefix: 'Pause for' },
  { id: 'tomorrow', label: 'Until tomorrow', prefix: 'Pause' },
] as const;

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

/** "14:35", "midnight", or "tomorrow at 09:10" for a pause end seen at `now`. */
export function describeEnd(until: number, now: number, locale?: string): string {
  const end = new Date(until);
  const time = end.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  if (end.getHours() === 0 && end.getMinutes() === 0 && until - now <= 86_400_000) return 'midnight';
  if (startOfDay(until) === startOfDay(now)) return time;
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  if (startOfDay(until) === startOfDay(tomorrow.getTime())) return `tomorrow at ${time}`;
  return `${end.toLocaleDateString(locale, { day: 'numeric', month: 'short' })} at ${time}`;
}
