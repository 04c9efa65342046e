import type { Settings } from '../../policy/schema';

/** How a panel changes the settings: a pure change, saved at once or after a pause (typing). */
export type Edit = (change: (s: Settings) => Settings, delayMs?: number) => void;

/** Typing pauses this long before a text edit is saved (and reaches open tabs). */
export const TEXT_SAVE_DELAY = 400;
