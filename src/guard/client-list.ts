import { ClientMatcher } from '../clients/matcher';
import type { Client } from '../clients/types';

/**
 * Where the tab's copy of the client list stands. "loading": not here yet (the first page of a session
 * asks a service worker that may be starting); "ready" / "locked": the background answered; "failed": the
 * last attempt failed and another is scheduled. Client rules can only fire once it is "ready".
 */
export type ClientListState = 'loading' | 'ready' | 'locked' | 'failed';

/** Waits before each new attempt; the last one repeats until an attempt succeeds. */
export const LOAD_DELAYS = [100, 250, 500, 1000, 2000, 5000, 10_000, 30_000] as const;
/** An attempt without an answer by then counts as failed (a worker stopped mid-request may never answer). */
export const ATTEMPT_TIMEOUT_MS = 4000;

export interface ClientListDeps {
  /** Asks the background for the list (a WatchlistResponse, or anything else when something went wrong). */
  ask(): Promise<unknown>;
  report(error: unknown, where: string): void;
  /** False once the content script is invalidated: no more attempts. */
  alive(): boolean;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
}

function clientsOf(answer: unknown): Client[] | 'locked' | null {
  const a = answer as { clients?: unknown; locked?: unknown } | null | undefined;
  if (a?.locked === true) return 'locked';
  return Array.isArray(a?.clients) ? (a.clients as Client[]) : null;
}

/**
 * The tab's copy of the client list, kept only in the content script's memory (never in the page's storage
 * or DOM). Loaded at document_start and again whenever the list changes, each load retried with backoff
 * until the background answers; every failure is reported. `state` and `onChange` tell the rest of the
 * extension (the toolbar badge) whether client checks are on.
 */
export class ClientList {
  matcher: ClientMatcher | null = null;
  state: ClientListState = 'loading';
  /** When the list first reached the tab (deps.now()), for the start-up figures; null until then. */
  readyAt: number | null = null;
  readonly startedAt: number;
  /** Attempts that failed so far (each one reported). */
  failures = 0;
  private generation = 0;
  private waiters: Array<() => void> = [];
  private listeners: Array<(state: ClientListState) => void> = [];

  constructor(private readonly deps: ClientListDeps) {
    this.startedAt = deps.now();
  }

  /** Has the background answered (the list, or that it is locked)? Then a decision about clients can be made. */
  get known(): boolean {
    return this.readyAt !== null;
  }

  get locked(): boolean {
    return this.state === 'locked';
  }

  /** Resolves once the list is known (at once when it already is). */
  whenKnown(): Promise<void> {
    if (this.known) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  onChange(listener: (state: ClientListState) => void): void {
    this.listeners.push(listener);
  }

  /** Starts loading (again); a newer load supersedes an older one still retrying. The copy held stays in use meanwhile. */
  load(): void {
    const generation = ++this.generation;
    const attempt = (n: number): void => {
      if (!this.deps.alive() || generation !== this.generation) return;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled || generation !== this.generation) return;
        settled = true;
        this.failures += 1;
        this.deps.report(error, `watchlist (attempt ${n + 1})`);
        if (!this.known) this.set('failed');
        const delay = LOAD_DELAYS[Math.min(n, LOAD_DELAYS.length - 1)] ?? 30_000;
        this.deps.setTimeout(() => attempt(n + 1), delay);
      };
      this.deps.setTimeout(() => fail(new Error(`No answer from the background within ${ATTEMPT_TIMEOUT_MS} ms`)), ATTEMPT_TIMEOUT_MS);
      let request: Promise<unknown>;
      try {
        request = this.deps.ask();
      } catch (error) {
        fail(error);
        return;
      }
      request.then(
        (answer) => {
          const got = clientsOf(answer);
          if (got === null) {
            fail(new Error('The background answered the watchlist request without a list'));
            return;
          }
          if (settled || generation !== this.generation) return;
          try {
            this.accept(got);
            settled = true;
          } catch (error) {
            // A list this script cannot read (malformed entries): reported and asked for again, never thrown.
            fail(error);
          }
        },
        (error) => fail(error),
      );
    };
    attempt(0);
  }

  private accept(got: Client[] | 'locked'): void {
    const matcher = got === 'locked' ? null : new ClientMatcher(got);
    this.matcher = matcher;
    this.readyAt ??= this.deps.now();
    this.set(got === 'locked' ? 'locked' : 'ready');
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  private set(state: ClientListState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) {
      try {
        listener(state);
      } catch (error) {
        this.deps.report(error, 'watchlist-state');
      }
    }
  }
}
