import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Request } from '../../src/background/protocol';
import type { Client } from '../../src/clients/types';
import type { SiteAdapter } from '../../src/guard/action';
import { bootGuard } from '../../src/guard/content';
import type { Lifetime } from '../../src/guard/engine';
import { PHRASE_TABLES } from '../../src/policy/content-checks/index';
import { lockedNote } from '../../src/ui/reminder-view';
import { loadPage } from './support/fixture-page';
import { press, reminderRoot } from './support/reminder';

/**
 * The content script around the engine (src/guard/content.ts): log entries
 * survive a service worker that stops mid-message, and a locked client list
 * gives reminders for the rules for everyone that say the list is locked.
 */

const MARIA: Client = { id: 'c-maria', name: 'María José Pérez', aliases: [], handles: { x: 'maria_perez' } };

/** Two controls: an accept (a rule for everyone by default) and a follow (a rule for clients only by default). */
const adapter: SiteAdapter = {
  platform: 'x',
  recognise(trigger) {
    if (trigger.type !== 'activate') return null;
    const control = trigger.target.closest<HTMLElement>('[data-act]');
    if (!control) return null;
    const person = { name: 'María José Pérez', handle: 'maria_perez' };
    return control.dataset.act === 'accept'
      ? { kind: 'connect.accept', platform: 'x', control: 'Accept', person }
      : { kind: 'follow', platform: 'x', control: 'Follow', person };
  },
};

function lifetime(): Lifetime & { invalidate(): void } {
  const callbacks: Array<() => void> = [];
  return {
    isInvalid: false,
    onInvalidated(cb) {
      callbacks.push(cb);
    },
    invalidate() {
      (this as { isInvalid: boolean }).isInvalid = true;
      for (const cb of callbacks) cb();
    },
  };
}

let current: ReturnType<typeof lifetime> | null = null;
let sent: Request[] = [];

/** What a test's background returns for the tables and styles the real background always has. */
const DEFAULT = Symbol('the real answer');

/** The background as the content script sees it: `answer` decides what each message gets. */
function background(answer: (request: Request, nth: number) => unknown) {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (request: Request) => {
    sent.push(request);
    const nth = sent.filter((r) => r.type === request.type).length;
    const own = answer(request, nth);
    if (own !== DEFAULT && ['phrases', 'labels', 'reminderStyles'].includes(request.type)) {
      if (own instanceof Error) throw own;
      return own;
    }
    // The phrase tables of the content checks: the real background's answer, unless the test's background says otherwise.
    if (request.type === 'phrases') return { tables: [...PHRASE_TABLES] };
    if (request.type === 'labels') return {};
    if (request.type === 'reminderStyles') return { css: '' };
    const result = answer(request, nth);
    if (result instanceof Error) throw result;
    return result;
  }) as never);
}

async function boot(): Promise<ReturnType<typeof lifetime>> {
  loadPage(
    '<html lang="en"><body><button data-act="accept">Accept</button><button data-act="follow">Follow</button></body></html>',
    'https://x.com/follower_requests',
  );
  current = lifetime();
  bootGuard(adapter, current);
  // The settings and the watchlist arrive asynchronously.
  await vi.advanceTimersByTimeAsync(0);
  return current;
}

const root = () => reminderRoot();
const click = (act: string) => document.querySelector<HTMLElement>(`[data-act="${act}"]`)?.click();
const choose = (choice: string) => {
  const button = root()?.querySelector<HTMLElement>(`[data-choice="${choice}"]`);
  if (button) press(button);
};
const logs = () => sent.filter((r): r is Extract<Request, { type: 'log' }> => r.type === 'log');

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  current?.invalidate();
  current = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.documentElement.replaceChildren();
});

describe('log entries and a service worker that stops mid-message', () => {
  it('are sent again until the background says they are stored, always with the same uid', async () => {
    const lost = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed');
    background((request, nth) => {
      if (request.type === 'watchlist') return { clients: [MARIA] };
      if (request.type === 'log') return nth <= 2 ? lost : nth === 3 ? undefined : { ok: true };
      return { ok: true };
    });
    await boot();
    click('accept');
    choose('stop');
    await vi.advanceTimersByTimeAsync(0);
    expect(logs()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    // Two failures, one empty answer (the worker died after reading the message), then the acknowledgement.
    expect(logs()).toHaveLength(4);
    expect(new Set(logs().map((r) => r.uid)).size).toBe(1);
    expect(logs()[0]?.uid).toMatch(/^[0-9a-f]{24}$/);
    expect(logs()[0]?.entry).toMatchObject({ kind: 'connect.accept', choice: 'stopped', client: 'yes' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(logs()).toHaveLength(4);
    // Delivered entries are not reported as errors.
    expect(sent.filter((r) => r.type === 'error' && r.where === 'log')).toEqual([]);
  });

  it('each entry has its own uid', async () => {
    background((request) => (request.type === 'watchlist' ? { clients: [MARIA] } : { ok: true }));
    await boot();
    click('accept');
    choose('stop');
    click('accept');
    choose('stop');
    await vi.advanceTimersByTimeAsync(0);
    expect(new Set(logs().map((r) => r.uid)).size).toBe(2);
  });

  it('gives up after the extension is reloaded or removed (the old script must not keep running), and never throws into the page', async () => {
    background((request) => (request.type === 'watchlist' ? { clients: [MARIA] } : new Error('Extension context invalidated.')));
    const life = await boot();
    click('accept');
    choose('stop');
    await vi.advanceTimersByTimeAsync(0);
    life.invalidate();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(logs()).toHaveLength(1);
  });
});

describe("what a content script asks for as it starts (label tables, phrase tables, the reminder's styles)", () => {
  const lost = new Error('Could not establish connection. Receiving end does not exist.');
  const asked = (type: Request['type']) => sent.filter((r) => r.type === type).length;
  const errors = () => sent.filter((r): r is Extract<Request, { type: 'error' }> => r.type === 'error');

  it('is asked for again when the worker was stopping, and then used; nothing is reported', async () => {
    background((request, nth) => {
      if (request.type === 'watchlist') return { clients: [MARIA] };
      if (request.type === 'phrases') return nth <= 2 ? lost : { tables: [...PHRASE_TABLES] };
      if (request.type === 'reminderStyles') return nth === 1 ? undefined : { css: ':host{--probe:1}' };
      return request.type === 'labels' ? DEFAULT : { ok: true };
    });
    await boot();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(asked('phrases')).toBe(3);
    expect(asked('reminderStyles')).toBe(2);
    expect(asked('labels')).toBe(0); // this adapter has no other languages: nothing to ask for
    expect(errors()).toEqual([]);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(asked('phrases')).toBe(3);
  });

  it('never answered: reported once, after the resends (about 45 s), naming what is missing; the guard keeps working', async () => {
    background((request) => {
      if (request.type === 'watchlist') return { clients: [MARIA] };
      if (request.type === 'phrases') return lost;
      return request.type === 'reminderStyles' ? DEFAULT : { ok: true };
    });
    await boot();
    await vi.advanceTimersByTimeAsync(40_000);
    expect(errors().filter((e) => e.where === 'phrases')).toEqual([]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked('phrases')).toBe(7);
    expect(errors().filter((e) => e.where === 'phrases')).toEqual([expect.objectContaining({ message: `Error: ${lost.message}` })]);
    click('accept');
    expect(root()).not.toBeNull();
  });
});

describe('a locked client list', () => {
  it('a rule for everyone still reminds, and the reminder says that the list is locked', async () => {
    background((request) => (request.type === 'watchlist' ? { locked: true } : { ok: true }));
    await boot();
    click('accept');
    expect(root()?.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(root()?.querySelector('[data-locked]')?.textContent).toBe(lockedNote());
    // Nothing from the list, which is not readable anyway.
    expect(root()?.querySelector('.badge')).toBeNull();
    choose('stop');
  });

  it('a rule for clients only cannot fire: the follow goes through', async () => {
    background((request) => (request.type === 'watchlist' ? { locked: true } : { ok: true }));
    await boot();
    click('follow');
    expect(root()).toBeNull();
  });

  it('unlocked again (the list changed): client rules fire, and the note is gone', async () => {
    let locked = true;
    background((request) => (request.type === 'watchlist' ? (locked ? { locked: true } : { clients: [MARIA] }) : { ok: true }));
    await boot();
    locked = false;
    await fakeBrowser.storage.local.set({ clientsRevision: Date.now() });
    await vi.advanceTimersByTimeAsync(0);
    click('follow');
    expect(root()?.querySelector('.badge')?.textContent).toBe('On your client list');
    expect(root()?.querySelector('[data-locked]')).toBeNull();
    choose('stop');
  });
});
