import type { BrowserContext, Request } from 'playwright-core';
import { PLATFORM_HOSTS } from './routes';
import type { FixtureServer } from './server';

const SENDING_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);

/**
 * Proves the privacy promise: records every request that does not go to the
 * fixture server or to the extension's own files. Playwright reports requests
 * from pages, from content scripts (they use the page's network stack) and from
 * the extension's service worker. The server side adds any request for a path
 * it has no route for (a request to a platform host that is not a fixture).
 */
export class NetworkRecorder {
  private readonly outside: string[] = [];
  private servedAtReset = 0;

  constructor(
    context: BrowserContext,
    private readonly extensionId: string,
    private readonly server: FixtureServer,
  ) {
    context.on('request', (request: Request) => {
      if (!this.allowed(request.url(), request.resourceType())) {
        this.outside.push(`${request.method()} ${request.url()} (${request.resourceType()})`);
      }
    });
  }

  private allowed(raw: string, type: string): boolean {
    const url = new URL(raw);
    if (url.protocol === 'chrome-extension:') return url.host === this.extensionId;
    if (url.protocol === 'data:' || url.protocol === 'blob:' || raw === 'about:blank') return true;
    // Fixture pages carry no scripts but the harness, which sends nothing: any fetch, XHR, socket or
    // beacon is someone else's, even to a platform host the server answers.
    if (SENDING_TYPES.has(type)) return false;
    return url.protocol === 'https:' && url.port === '' && (PLATFORM_HOSTS as readonly string[]).includes(url.hostname);
  }

  /** Requests that went anywhere but a fixture since the last reset; the privacy promise is that this is empty. */
  unexpected(): string[] {
    const unrouted = this.server.requests
      .slice(this.servedAtReset)
      .filter((r) => r.status === 404)
      .map((r) => `${r.method} https://${r.host}${r.path} (no fixture route)`);
    return [...this.outside, ...unrouted];
  }

  /** How many requests the fixture server has answered so far. */
  served(): number {
    return this.server.requests.length;
  }

  reset(): void {
    this.outside.length = 0;
    this.servedAtReset = this.server.requests.length;
  }
}
