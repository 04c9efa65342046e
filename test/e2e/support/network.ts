import type { BrowserContext, CDPSession, Request } from 'playwright-core';
import type { SessionFigures } from './ledger';
import { PLATFORM_HOSTS } from './routes';
import type { FixtureServer } from './server';

const SENDING_TYPES = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping']);
const WORKER_TARGETS = new Set(['service_worker', 'shared_worker', 'worker']);

/**
 * Proves the privacy promise: records every request that does not go to the
 * fixture server or to the extension's own files. Playwright reports requests
 * from pages, from content scripts (they use the page's network stack), from
 * the extension's pages (options, popup) and from its service worker; a second,
 * independent observer attaches to the extension's service worker targets over
 * CDP (Network and Log domains, so attempts the CSP blocked are seen too) and
 * stays attached across the worker's restarts. The server side adds any request
 * for a path it has no route for (a request to a platform host that is not a fixture).
 *
 * Over the whole session (whatever `reset` did), anything outside the fixtures
 * that is neither the page's own (named in the HTML the server sent) nor a
 * probe a test excused is a leak: `assertClean()` (run by Session.close)
 * fails the test file, so the whole suite holds the promise, not only the
 * cases that check after each step.
 */
export class NetworkRecorder {
  private readonly outside: string[] = [];
  private servedAtReset = 0;
  private readonly leaks: string[] = [];
  private readonly probes: string[] = [];
  private readonly blocked: string[] = [];
  private counts = { requests: 0, extensionFiles: 0 };
  /** Requests by the extension's pages or worker (Playwright), and network events on its worker (CDP): the promise is none. */
  private readonly byExtension: string[] = [];
  private readonly workerEvents: string[] = [];

  constructor(
    context: BrowserContext,
    private readonly extensionId: string,
    private readonly server: FixtureServer,
  ) {
    context.on('request', (request: Request) => this.onRequest(request));
    context.on('console', (message) => {
      const url = message.location().url;
      if (url.startsWith(this.origin) && /Content Security Policy/.test(message.text())) this.onBlocked(`${url}: ${message.text()}`);
    });
  }

  private get origin(): string {
    return `chrome-extension://${this.extensionId}/`;
  }

  private onRequest(request: Request): void {
    const raw = request.url();
    this.counts.requests += 1;
    if (raw.startsWith(this.origin)) {
      this.counts.extensionFiles += 1;
      return;
    }
    // A navigation is the test's (page.goto), even in a tab that showed an extension page before.
    const fromExtension = !request.isNavigationRequest() && this.fromExtension(request);
    if (this.allowed(raw, request.resourceType()) && !fromExtension) return;
    const line = `${request.method()} ${raw} (${request.resourceType()}${fromExtension ? ', from the extension' : ''})`;
    if (fromExtension) this.byExtension.push(line);
    this.outside.push(line);
    // A real saved page asks for its own images and scripts, which fail to load here: those are the page's.
    if (fromExtension || SENDING_TYPES.has(request.resourceType()) || !this.pagesOwn(raw)) this.leaks.push(line);
  }

  /** Made by the service worker or by one of the extension's pages (options, popup)? */
  private fromExtension(request: Request): boolean {
    if (request.serviceWorker()) return true;
    try {
      return request.frame().url().startsWith(this.origin);
    } catch {
      // Requests without a frame (a worker's) that are not the page's.
      return true;
    }
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

  /** Is this address named in a page the server sent (a saved page's own resource)? */
  private pagesOwn(raw: string): boolean {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    const forms = [raw, `${url.origin}${url.pathname}`, `${url.pathname.slice(1)}${url.search}`].filter((f) => f.length > 1);
    for (const html of this.server.pages) {
      const text = html.replaceAll('&amp;', '&');
      if (forms.some((f) => text.includes(f))) return true;
    }
    return false;
  }

  private onBlocked(line: string): void {
    this.blocked.push(line);
    this.outside.push(`blocked by the CSP: ${line}`);
    this.leaks.push(`blocked by the CSP: ${line}`);
  }

  /**
   * Attaches the second observer to every service worker (and worker) of the extension, now and later, through a
   * browser-level CDP session. Non-flattened sessions, so the observer is independent of Playwright's own.
   */
  async observeWorkers(browserCdp: CDPSession): Promise<void> {
    const attached = new Map<string, string>();
    let nextId = 1;
    const send = (sessionId: string, method: string) =>
      browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: nextId++, method }) }).catch(() => {});
    const consider = async (info: { targetId: string; type: string; url: string }) => {
      if (!WORKER_TARGETS.has(info.type) || !info.url.startsWith(this.origin) || attached.has(info.targetId)) return;
      attached.set(info.targetId, '');
      try {
        const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false });
        attached.set(info.targetId, sessionId);
        await send(sessionId, 'Network.enable');
        await send(sessionId, 'Log.enable');
      } catch {
        attached.delete(info.targetId);
      }
    };
    browserCdp.on('Target.targetCreated', (e) => {
      consider(e.targetInfo).catch(() => {});
    });
    browserCdp.on('Target.detachedFromTarget', (e) => {
      for (const [target, session] of attached) if (session === e.sessionId) attached.delete(target);
    });
    browserCdp.on('Target.receivedMessageFromTarget', (e) => {
      const message = JSON.parse(e.message) as { method?: string; params?: Record<string, unknown> };
      if (message.method === 'Network.requestWillBeSent') {
        const request = (message.params as { request: { url: string; method: string } }).request;
        if (request.url.startsWith(this.origin)) return;
        const line = `${request.method} ${request.url} (service worker, seen over CDP)`;
        this.workerEvents.push(line);
        this.outside.push(line);
        this.leaks.push(line);
      } else if (message.method === 'Log.entryAdded') {
        const entry = (message.params as { entry: { source: string; text: string; url?: string } }).entry;
        // One "security" entry per blocked attempt (a second, "javascript" one repeats it for fetch).
        if (entry.source === 'security') this.onBlocked(`service worker: ${entry.text}`);
      }
    });
    await browserCdp.send('Target.setDiscoverTargets', { discover: true });
    const { targetInfos } = await browserCdp.send('Target.getTargets');
    await Promise.all(targetInfos.map(consider));
  }

  /** Requests that went anywhere but a fixture since the last reset; the privacy promise is that this is empty. */
  unexpected(): string[] {
    const unrouted = this.server.requests
      .slice(this.servedAtReset)
      .filter((r) => r.status === 404)
      .map((r) => `${r.method} https://${r.host}${r.path} (no fixture route)`);
    return [...this.outside, ...unrouted];
  }

  /** What the CSP blocked since the session started (attempts that never left the browser). */
  blockedAttempts(): string[] {
    return [...this.blocked];
  }

  /** How many requests the fixture server has answered so far. */
  served(): number {
    return this.server.requests.length;
  }

  reset(): void {
    this.leakUnrouted();
    this.outside.length = 0;
    this.servedAtReset = this.server.requests.length;
  }

  /**
   * For the recorder's own tests only: the requests since the last reset were made on purpose by the test
   * (a probe showing that the recorder sees them); they are listed as probes, not as leaks. Returns them.
   */
  excuseProbes(): string[] {
    const probes = this.unexpected();
    const drop = (list: string[], line: string) => {
      const at = list.indexOf(line);
      if (at >= 0) list.splice(at, 1);
    };
    for (const line of probes) {
      for (const list of [this.leaks, this.byExtension, this.workerEvents]) drop(list, line);
      drop(this.blocked, line.replace(/^blocked by the CSP: /, ''));
      this.probes.push(line);
    }
    this.outside.length = 0;
    this.servedAtReset = this.server.requests.length;
    return probes;
  }

  /** 404s since the last reset that are not the page's own count as leaks too. */
  private leakUnrouted(): void {
    for (const r of this.server.requests.slice(this.servedAtReset)) {
      if (r.status !== 404) continue;
      const url = `https://${r.host}${r.path}`;
      if (!this.pagesOwn(url)) this.leaks.push(`${r.method} ${url} (no fixture route)`);
    }
    this.servedAtReset = this.server.requests.length;
  }

  /** The session's figures for the suite ledger. */
  figures(file: string): SessionFigures {
    this.leakUnrouted();
    return {
      file,
      browser: 'chromium',
      ...this.counts,
      fromExtension: this.byExtension.length,
      workerNetworkEvents: this.workerEvents.length,
      probes: [...this.probes],
      cspBlocked: [...this.blocked],
      leaked: [...new Set(this.leaks)],
    };
  }

  /** Throws, listing them, if the extension made any request over the whole session. */
  assertClean(): void {
    this.leakUnrouted();
    const leaks = [...new Set(this.leaks)];
    if (leaks.length)
      throw new Error(`Requests outside the fixtures during this session (the extension must make none):\n- ${leaks.join('\n- ')}`);
  }
}
