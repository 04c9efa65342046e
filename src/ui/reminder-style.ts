/** Styles of the reminder, inside its shadow root: nothing from the page reaches in, nothing leaks out. */
export const REMINDER_CSS = `
:host { all: initial !important; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: flex-start; justify-content: center;
  padding: 12vh 16px 16px; box-sizing: border-box; overflow: auto;
  background: rgba(15, 23, 42, 0.45);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.dialog, .notice {
  --bg: #ffffff; --fg: #1f2937; --muted: #4b5563; --line: #d1d5db; --accent: #0f5f59; --accent-fg: #ffffff;
  --quote: #f1f5f4; --badge: #fde68a; --badge-fg: #713f12; --focus: #2563eb;
  color: var(--fg); background: var(--bg); box-sizing: border-box;
  border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 20px 50px rgba(0, 0, 0, 0.35);
}
@media (prefers-color-scheme: dark) {
  .dialog, .notice {
    --bg: #1e2326; --fg: #eef2f1; --muted: #b7c2c0; --line: #3f4a4d; --accent: #7fd1c7; --accent-fg: #0b1f1d;
    --quote: #263033; --badge: #854d0e; --badge-fg: #fef3c7; --focus: #93c5fd;
  }
}
.dialog { width: min(460px, 100%); padding: 20px 22px; }
.brand { margin: 0 0 6px; font-size: 12px; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
h2 { margin: 0 0 4px; font-size: 20px; line-height: 1.3; font-weight: 650; }
.who { margin: 0 0 10px; color: var(--muted); overflow-wrap: anywhere; }
.badge, .notice-client { display: inline-block; margin: 0 0 10px; padding: 2px 8px; border-radius: 999px; background: var(--badge); color: var(--badge-fg); font-size: 13px; font-weight: 600; }
.risk { margin: 0 0 10px; }
.flags { margin: 0 0 10px; font-size: 14px; } .flags p { margin: 0 0 4px; } .flags ul { margin: 0; padding-left: 18px; }
.flags mark { background: var(--badge); color: var(--badge-fg); padding: 0 2px; border-radius: 2px; }
.locked { margin: 0 0 10px; padding-left: 10px; border-left: 3px solid var(--muted); color: var(--muted); font-size: 14px; }
blockquote { margin: 0 0 12px; padding: 10px 12px; border-left: 4px solid var(--accent); background: var(--quote); border-radius: 4px; }
blockquote b { display: block; margin-bottom: 2px; font-size: 13px; color: var(--muted); }
.suggest { margin: 0 0 12px; font-size: 14px; }
.suggest q { display: block; margin-top: 4px; padding: 8px 10px; border: 1px dashed var(--line); border-radius: 4px; quotes: none; }
label { display: block; margin: 0 0 12px; font-weight: 600; }
textarea { display: block; box-sizing: border-box; width: 100%; min-height: 64px; margin-top: 4px; padding: 8px; font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; resize: vertical; }
.buttons { display: flex; flex-wrap: wrap; gap: 10px; justify-content: flex-end; margin-top: 8px; }
button { font: inherit; font-weight: 600; padding: 8px 16px; border-radius: 8px; cursor: pointer; border: 1px solid var(--line); background: transparent; color: var(--fg); }
button[data-choice="stop"] { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:disabled { opacity: .5; cursor: not-allowed; }
button:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; width: min(360px, calc(100vw - 32px)); padding: 12px 14px; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.notice p { margin: 0 0 4px; }
.notice-foot { display: flex; align-items: center; justify-content: space-between; gap: 10px; margin-top: 6px; }
.notice-foot button { padding: 4px 12px; }
.countdown { font-size: 12px; opacity: .8; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
