/**
 * The reminder's basic styles, in every content script: a plain dialog above the page, legible and usable,
 * for the moment before the full styles (reminder-style.ts) have come from the background, or if they never
 * come. Nothing from the page reaches in, nothing leaks out.
 */
export const BASIC_REMINDER_CSS = `
:host { all: initial !important; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647; display: flex; justify-content: center; align-items: flex-start;
  padding: 12vh 16px 16px; overflow: auto; background: rgba(15, 23, 42, 0.45);
}
.dialog, .notice { width: min(460px, 100%); padding: 16px; color: #1f2937; background: #fff; font: 15px/1.45 system-ui, sans-serif; }
.notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: min(360px, calc(100vw - 32px)); }
textarea { display: block; width: 100%; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
