import type { MessageKey } from '../../core/i18n';

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

// The pause end in words is shared with the toolbar title (src/background/badge.ts), so it lives in core.
export { describeEnd, startOfDay } from '../../core/when';
