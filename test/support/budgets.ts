/**
 * Gzipped size budgets of the content scripts, held by test/build/bundle.test.ts and reported by `npm run bench`.
 *
 * The guard runs from document_start on every page of a site, so it is kept small: 15 kB until issue 12, whose
 * promises must be in the guard itself to hold from the first click (the event held until the client list
 * arrives, the list loaded with retries, the tab's state for the toolbar, Proceed's delivery check and "Click
 * again"). They cost ~2 kB; the health checks and their redacted report went to a second script that runs
 * when the page is idle. 17 kB is what that leaves with ~1 kB of room.
 */
export const GUARD_BUDGET_BYTES = 17 * 1024;
/** Each site's health checks (entrypoints/<site>-health.content.ts), run at document_idle. */
export const HEALTH_BUDGET_BYTES = 4 * 1024;

/** The budget of a built content script, by its file name. */
export function budgetOf(file: string): number {
  return file.endsWith('-health.js') ? HEALTH_BUDGET_BYTES : GUARD_BUDGET_BYTES;
}
