import { HEALTH_CHECKER, type HealthChecker, type HealthOutcome } from './health-watch';

/**
 * The health checker of this page, loaded on demand (issue 12): the first run asks the background to inject
 * the site's health script into this tab's top frame (it runs in this content script's isolated world and
 * leaves its checker on that world's global, which the page cannot see); every later run of the page calls
 * the checker already there. A failed injection rejects (the caller reports it) and is tried again next run.
 */
export function healthRunner(
  inject: () => Promise<unknown>,
  global: Record<symbol, unknown> = globalThis as Record<symbol, unknown>,
): (report: (error: unknown) => void) => Promise<HealthOutcome> {
  let loading: Promise<unknown> | null = null;
  const loaded = () => global[HEALTH_CHECKER] as HealthChecker | undefined;
  return async (report) => {
    if (!loaded()) {
      loading ??= inject().then((answer) => {
        if ((answer as { ok?: unknown } | undefined)?.ok !== true) throw new Error('The background did not load the health checks');
      });
      try {
        await loading;
      } catch (error) {
        loading = null;
        throw error;
      }
    }
    const check = loaded();
    if (!check) throw new Error('The health checks were injected but left no checker');
    return check(report);
  };
}
