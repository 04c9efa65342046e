import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClientMatcher } from '../../src/clients/matcher';
import type { Client } from '../../src/clients/types';
import type { LogEntry } from '../../src/core/log';
import type { SiteAdapter } from '../../src/guard/action';
import { type GuardEnv, type Lifetime, startGuard } from '../../src/guard/engine';
import { defaultSettings } from '../../src/policy/defaults';
import type { Settings } from '../../src/policy/schema';
import { facebook } from '../../src/sites/facebook/index';
import { type FacebookPage, fixtureText, loadFacebook, loadPage } from './support/fixture-page';
import { press, reminderHost, reminderRoot } from './support/reminder';

// ---- the page: a fixture with the site's own listeners (the e2e harness) ----

interface FixtureRecord {
  actions: string[];
  seen: string[];
}

const HARNESS = fixtureText('harness.js');

/** Runs test/fixtures/harness.js on the current document: the site's listeners on its app root, capture and bubble. */
function runHarness(): FixtureRecord {
  new Function(HARNESS)();
  return (window as unknown as { __fixture: FixtureRecord }).__fixture;
}

function page(name: FacebookPage): FixtureRecord {
  loadFacebook(name);
  return runHarness();
}

function el(selector: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

const control = (action: string) => el(`[data-fixture-action="${action}"]:not([contenteditable])`);
const editor = (action: string) => el(`[data-fixture-action="${action}"][contenteditable]`);

/** A click where a user's lands: on the innermost element of the control. Returns false when the default was prevented. */
function click(target: Element): boolean {
  let inner = target;
  while (inner.firstElementChild) inner = inner.firstElementChild;
  return inner.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, button: 0 }));
}

function keydown(target: Element, init: KeyboardEventInit): boolean {
  return target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
}

function type(target: Element, text: string): void {
  const p = document.createElement('p');
  p.textContent = text;
  target.replaceChildren(p);
}

// ---- the reminder, as a user and a screen reader meet it ----

function host(): HTMLElement | null {
  return reminderHost();
}

function shadow(): ShadowRoot {
  const root = reminderRoot();
  if (!root) throw new Error('no reminder');
  return root;
}

function dialog(): HTMLElement | null {
  return reminderRoot()?.querySelector<HTMLElement>('[role="alertdialog"]') ?? null;
}

function button(choice: 'stop' | 'proceed'): HTMLButtonElement | null {
  return reminderRoot()?.querySelector<HTMLButtonElement>(`[data-choice="${choice}"]`) ?? null;
}

function choose(choice: 'stop' | 'proceed'): void {
  const b = button(choice);
  if (!b) throw new Error(`no ${choice} button`);
  press(b);
}

/** What the reminder says (its text, not its style sheet). */
function reminderText(): string {
  return [...shadow().children]
    .filter((n) => n.localName !== 'style')
    .map((n) => n.textContent)
    .join(' ');
}

/** window.confirm answering `answer` (happy-dom has none of its own). */
function stubConfirm(answer: boolean) {
  const fn = vi.fn((_message?: string) => answer);
  Object.defineProperty(window, 'confirm', { value: fn, configurable: true, writable: true });
  return fn;
}

// ---- the extension around the engine ----

const MARIA: Client = {
  id: 'c-maria',
  name: 'María José Pérez',
  aliases: ['Majo'],
  handles: { facebook: 'id:100001234567890' },
};
const MARIA_BY_HANDLE: Client = { id: 'c-maria2', name: 'Maria Teresa Gonzalez', aliases: ['Tere'], handles: { facebook: 'maria.perez' } };

interface Harness {
  env: GuardEnv;
  log: LogEntry[];
  reports: Array<[unknown, string]>;
  lifetime: Lifetime & { invalidate(): void; isInvalid: boolean };
  stop: () => void;
}

let current: Harness | null = null;

function guard(
  options: { settings?: (s: Settings) => void; clients?: Client[]; adapter?: SiteAdapter; env?: Partial<GuardEnv>; paused?: boolean } = {},
): Harness {
  const settings = defaultSettings();
  options.settings?.(settings);
  const matcher = new ClientMatcher(options.clients ?? [MARIA]);
  const log: LogEntry[] = [];
  const reports: Array<[unknown, string]> = [];
  const callbacks: Array<() => void> = [];
  const lifetime = {
    isInvalid: false,
    onInvalidated(cb: () => void) {
      callbacks.push(cb);
    },
    invalidate() {
      this.isInvalid = true;
      for (const cb of callbacks) cb();
    },
  };
  const env: GuardEnv = {
    settings: () => settings,
    matcher: () => matcher,
    paused: () => options.paused ?? false,
    log: (e) => log.push(e),
    report: (error, where) => reports.push([error, where]),
    now: () => 1_700_000_000_000,
    ...options.env,
  };
  const stop = startGuard(options.adapter ?? facebook, env, lifetime);
  current = { env, log, reports, lifetime, stop };
  return current;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  current?.stop();
  current = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
  Reflect.deleteProperty(window, 'confirm');
  document.documentElement.replaceChildren();
});

// ---- the tests ----

describe('Stop', () => {
  it('a click: the page listeners (capture and bubble on the app root) never see it, the default is prevented', () => {
    const fixture = page('friends.html');
    const { log } = guard();
    const notPrevented = click(control('accept:maria'));
    expect(notPrevented).toBe(false);
    expect(dialog()).not.toBeNull();
    expect(dialog()?.getAttribute('aria-modal')).toBe('true');
    expect(fixture.seen).toEqual([]);
    choose('stop');
    expect(host()).toBeNull();
    expect(fixture.seen).toEqual([]);
    expect(fixture.actions).toEqual([]);
    expect(log).toEqual([expect.objectContaining({ kind: 'connect.accept', choice: 'stopped', level: 'confirm', client: 'yes' })]);
  });

  it('Enter in Messenger: the page never sees the keydown, the newline/send is prevented', () => {
    const fixture = page('messages.html');
    guard();
    const ed = editor('message:maria');
    type(ed, 'See you Tuesday');
    expect(keydown(ed, { key: 'Enter' })).toBe(false);
    expect(fixture.seen).toEqual([]);
    choose('stop');
    expect(fixture.seen).toEqual([]);
    expect(fixture.actions).toEqual([]);
    expect(ed.textContent).toBe('See you Tuesday');
  });

  it('Escape in the reminder is Stop', () => {
    const fixture = page('friends.html');
    const { log } = guard();
    click(control('accept:maria'));
    button('stop')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true }));
    expect(host()).toBeNull();
    expect(fixture.actions).toEqual([]);
    expect(log.map((e) => e.choice)).toEqual(['stopped']);
  });

  it('Stop is focused when the reminder opens', () => {
    page('friends.html');
    guard();
    click(control('accept:maria'));
    expect(shadow().activeElement).toBe(button('stop'));
  });
});

describe('Proceed', () => {
  it('replays a click exactly once, without bringing the reminder back', () => {
    const fixture = page('friends.html');
    const { log } = guard();
    click(control('accept:maria'));
    choose('proceed');
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(fixture.seen).toEqual(['click:accept:maria']);
    expect(host()).toBeNull();
    expect(log.map((e) => e.choice)).toEqual(['proceeded']);
    vi.runAllTimers();
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(host()).toBeNull();
  });

  it('replays Enter in Messenger once, sending the draft as it was', () => {
    const fixture = page('messages.html');
    guard();
    const ed = editor('message:maria');
    type(ed, 'See you Tuesday');
    keydown(ed, { key: 'Enter' });
    choose('proceed');
    expect(fixture.actions).toEqual(['message:maria=See you Tuesday']);
    expect(fixture.seen).toEqual(['keydown:message:maria']);
    expect(host()).toBeNull();
  });

  it('the same control again asks again (a Proceed is for one event)', () => {
    const fixture = page('friends.html');
    guard();
    click(control('accept:maria'));
    choose('proceed');
    click(control('accept:maria'));
    expect(dialog()).not.toBeNull();
    choose('stop');
    expect(fixture.actions).toEqual(['accept:maria']);
  });

  it('a Proceed at Reply covers the send to the same person, not to someone else', () => {
    const fixture = page('feed.html');
    const { log } = guard({ clients: [{ ...MARIA, handles: { facebook: 'maria.perez' } }] });
    click(control('reply:maria'));
    expect(dialog()).not.toBeNull();
    choose('proceed');
    expect(fixture.actions).toEqual(['reply:maria']);
    const ed = editor('send-reply:maria');
    type(ed, 'Thank you!');
    expect(keydown(ed, { key: 'Enter' })).toBe(false); // the harness sends, and prevents the newline itself
    expect(host()).toBeNull();
    expect(fixture.actions).toEqual(['reply:maria', 'send-reply:maria=Thank you!']);
    expect(log.map((e) => e.choice)).toEqual(['proceeded']);
    // The grant is used up: the next send asks again.
    type(ed, 'One more thing');
    keydown(ed, { key: 'Enter' });
    expect(dialog()).not.toBeNull();
  });

  it('a grant does not cover another client named in the draft', () => {
    const anna: Client = { id: 'c-anna', name: 'Anna Berg', aliases: [], handles: {} };
    const fixture = page('feed.html');
    guard({ clients: [{ ...MARIA, handles: { facebook: 'maria.perez' } }, anna] });
    click(control('reply:maria'));
    choose('proceed');
    const ed = editor('send-reply:maria');
    type(ed, 'Anna Berg says hi');
    keydown(ed, { key: 'Enter' });
    expect(dialog()).not.toBeNull();
    expect(reminderText()).toContain('Anna Berg');
    choose('stop');
    expect(fixture.actions).toEqual(['reply:maria']);
  });
});

describe('levels', () => {
  it('remind: a notice is shown and the action goes on untouched', () => {
    const fixture = page('friends.html');
    const { log } = guard({ settings: (s) => (s.rules['connect.accept'].level = 'remind') });
    expect(click(control('accept:maria'))).toBe(true);
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(reminderRoot()?.querySelector('[role="status"]')).not.toBeNull();
    expect(dialog()).toBeNull();
    expect(reminderText()).toContain(defaultSettings().clauses.friending.text);
    expect(log.map((e) => e.choice)).toEqual(['noticed']);
    vi.advanceTimersByTime(8000);
    expect(host(), 'still there after 8 s').not.toBeNull();
    vi.advanceTimersByTime(7000);
    expect(host()).toBeNull();
  });

  it('remind: the notice names the person and the action, says they are a client and that it went through, counts down, and closes', () => {
    page('friends.html');
    guard({ settings: (s) => (s.rules['connect.accept'].level = 'remind') });
    click(control('accept:maria'));
    const notice = reminderRoot()?.querySelector('[role="status"]');
    const text = (sel: string) => notice?.querySelector(sel)?.textContent;
    expect(text('[data-notice-what]')).toMatch(/^Accepting a friend, follow or connection request · María/);
    expect(text('[data-notice-client]')).toBe('On your client list');
    expect(text('[data-notice-done]')).toBe('It already went through: at this level Boundary Guard only reminds you.');
    expect(text('.sr-only')).toBe('This notice closes by itself in 15 seconds.');
    expect(text('.countdown')).toBe('Closes in 15 s');
    vi.advanceTimersByTime(5000);
    expect(text('.countdown')).toBe('Closes in 10 s');
    const close = notice?.querySelector<HTMLButtonElement>('[data-notice-close]');
    if (!close) throw new Error('no Close button');
    press(close);
    expect(host()).toBeNull();
  });

  it('block: no Proceed button, and the action never happens', () => {
    const fixture = page('friends.html');
    const { log } = guard({ settings: (s) => (s.rules['connect.accept'].level = 'block') });
    click(control('accept:maria'));
    expect(dialog()).not.toBeNull();
    expect(button('proceed')).toBeNull();
    expect(button('stop')).not.toBeNull();
    choose('stop');
    expect(fixture.actions).toEqual([]);
    expect(fixture.seen).toEqual([]);
    expect(log.map((e) => e.choice)).toEqual(['blocked']);
  });

  it('reason: Proceed stays disabled until a reason is typed, and the reason is logged', () => {
    const fixture = page('friends.html');
    const pageInputs: Event[] = [];
    document.addEventListener('input', (e) => pageInputs.push(e), true);
    const { log } = guard({ settings: (s) => (s.rules['connect.accept'].level = 'reason') });
    click(control('accept:maria'));
    const proceed = button('proceed') as HTMLButtonElement;
    const reason = shadow().querySelector<HTMLTextAreaElement>('[data-reason]') as HTMLTextAreaElement;
    expect(reason).not.toBeNull();
    expect(proceed.disabled).toBe(true);
    press(proceed);
    expect(dialog()).not.toBeNull();
    expect(fixture.actions).toEqual([]);

    reason.value = '   ';
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(proceed.disabled).toBe(true);

    reason.value = 'My sister; not a client';
    reason.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(proceed.disabled).toBe(false);
    expect(pageInputs).toEqual([]); // the reminder's own events never reach the page

    press(proceed);
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(log).toEqual([expect.objectContaining({ choice: 'proceeded', level: 'reason', reason: 'My sister; not a client' })]);
  });

  it('off, or not a client where the rule is for clients only: nothing happens at all', () => {
    const fixture = page('messages-stranger.html');
    const { log } = guard();
    const ed = editor('message:jordan');
    type(ed, 'Hello Jordan');
    expect(keydown(ed, { key: 'Enter' })).toBe(false); // prevented by the page's own handler, not by us
    expect(host()).toBeNull();
    expect(fixture.actions).toEqual(['message:jordan=Hello Jordan']);
    expect(log).toEqual([]);
  });

  it('Shift+Enter passes to the page untouched', () => {
    const fixture = page('messages.html');
    guard();
    const ed = editor('message:maria');
    type(ed, 'line one');
    expect(keydown(ed, { key: 'Enter', shiftKey: true })).toBe(true);
    expect(host()).toBeNull();
    expect(fixture.seen).toEqual(['keydown:message:maria']);
    expect(fixture.actions).toEqual([]);
  });

  it('paused: nothing is intercepted', () => {
    const fixture = page('friends.html');
    guard({ paused: true });
    expect(click(control('accept:maria'))).toBe(true);
    expect(host()).toBeNull();
    expect(fixture.actions).toEqual(['accept:maria']);
  });

  it('unguarded controls pass untouched', () => {
    const fixture = page('friends.html');
    guard();
    click(control('delete:maria'));
    click(control('like:page'));
    expect(host()).toBeNull();
    expect(fixture.actions).toEqual(['delete:maria', 'like:page']);
  });
});

describe('errors never break the site', () => {
  it('an error after recognition (settings that throw) falls back to a plain confirm; OK replays once', () => {
    const fixture = page('friends.html');
    const confirm = stubConfirm(true);
    const { log, reports } = guard({
      env: {
        settings: () => {
          throw new Error('storage gone');
        },
      },
    });
    expect(click(control('accept:maria'))).toBe(false);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]?.[0]).toMatch(/Boundary Guard: Accept this request\?/);
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(fixture.seen).toEqual(['click:accept:maria']);
    expect(host()).toBeNull();
    expect(reports.map(([, where]) => where)).toContain('intervene:facebook');
    expect(log).toEqual([expect.objectContaining({ choice: 'proceeded', fallback: true })]);
  });

  it('the fallback confirm answered Cancel: nothing happens', () => {
    const fixture = page('friends.html');
    const confirm = stubConfirm(false);
    const { log } = guard({
      env: {
        matcher: () => {
          throw new Error('matcher broken');
        },
      },
    });
    click(control('accept:maria'));
    expect(confirm).toHaveBeenCalledTimes(1);
    // The settings still work, so the confirm quotes the policy.
    expect(confirm.mock.calls[0]?.[0]).toContain(defaultSettings().clauses.friending.text);
    expect(fixture.actions).toEqual([]);
    expect(fixture.seen).toEqual([]);
    expect(log).toEqual([expect.objectContaining({ choice: 'stopped', fallback: true })]);
  });

  it('an adapter whose recognise throws: the event reaches the page untouched', () => {
    const fixture = page('friends.html');
    const broken: SiteAdapter = {
      platform: 'facebook',
      recognise() {
        throw new TypeError('selector rot');
      },
    };
    const confirm = stubConfirm(true);
    const { reports } = guard({ adapter: broken });
    expect(click(control('accept:maria'))).toBe(true);
    expect(fixture.seen).toEqual(['click:accept:maria']);
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(confirm).not.toHaveBeenCalled();
    expect(host()).toBeNull();
    expect(reports).toEqual([[expect.any(TypeError), 'recognise:facebook']]);
  });

  it('a failure while recording the choice never swallows a Proceed, and never reaches the page', () => {
    const fixture = page('friends.html');
    const { reports } = guard({
      env: {
        log: () => {
          throw new Error('background gone');
        },
      },
    });
    const pageErrors: unknown[] = [];
    const onError = (e: ErrorEvent) => pageErrors.push(e.error);
    window.addEventListener('error', onError);
    click(control('accept:maria'));
    choose('proceed');
    window.removeEventListener('error', onError);
    expect(fixture.actions).toEqual(['accept:maria']);
    expect(host()).toBeNull();
    expect(reports.map(([, where]) => where)).toEqual(['answer:facebook']);
    expect(pageErrors).toEqual([]);
  });

  it('after the extension is updated or disabled (lifetime invalid), no event is intercepted', () => {
    const fixture = page('friends.html');
    const h = guard();
    h.lifetime.isInvalid = true;
    expect(click(control('accept:maria'))).toBe(true);
    expect(host()).toBeNull();
    expect(fixture.actions).toEqual(['accept:maria']);
  });

  it('invalidation removes the listeners and any open reminder', () => {
    const fixture = page('friends.html');
    const h = guard();
    click(control('accept:maria'));
    expect(host()).not.toBeNull();
    h.lifetime.invalidate();
    expect(host()).toBeNull();
    click(control('accept:jordan'));
    expect(fixture.actions).toEqual(['accept:jordan']);
  });

  it('a Proceed after invalidation does not replay into a dead script', () => {
    const fixture = page('friends.html');
    const h = guard();
    click(control('accept:maria'));
    const proceed = button('proceed') as HTMLButtonElement;
    h.lifetime.isInvalid = true;
    press(proceed);
    expect(fixture.actions).toEqual([]);
  });
});

describe('what the reminder shows', () => {
  it('the person as the page shows them, the policy clause, and that they are on the client list', () => {
    page('friends.html');
    guard();
    click(control('accept:maria'));
    const text = reminderText();
    expect(text).toContain('María José Pérez');
    expect(text).toContain('Confirm');
    expect(text).toContain(defaultSettings().clauses.friending.text);
    expect(text).toContain('Friending');
    expect(text).toContain('On your client list');
  });

  it("the therapist's own clause text", () => {
    page('friends.html');
    guard({ settings: (s) => (s.clauses.friending.text = 'No friending clients. Ever. — Dana') });
    click(control('accept:jordan'));
    expect(reminderText()).toContain('No friending clients. Ever. — Dana');
    expect(reminderText()).toContain('Jordan Smith');
    expect(reminderText()).not.toContain('client list');
  });

  it('never a name that is only on the client list', () => {
    loadPage(
      `<html lang="en"><head><title>Friends | Facebook</title></head><body><div data-fixture-root><div role="main">
        <div class="card"><a href="/maria.perez" aria-hidden="true"><svg role="img"></svg></a>
          <div role="button" aria-label="Confirm" data-fixture-action="accept">Confirm</div>
          <div role="button" aria-label="Delete">Delete</div></div></div></div></body></html>`,
      'https://www.facebook.com/friends/',
    );
    runHarness();
    guard({ clients: [MARIA_BY_HANDLE] });
    click(control('accept'));
    const text = reminderText();
    expect(text).toContain('@maria.perez');
    expect(text).toContain('On your client list');
    for (const listOnly of ['Maria Teresa Gonzalez', 'Gonzalez', 'Teresa', 'Tere']) expect(text).not.toContain(listOnly);
  });

  it("a client named in a draft: the words as typed on the page, not the list's spelling", () => {
    page('messages-stranger.html');
    guard();
    const ed = editor('message:jordan');
    type(ed, 'did you hear from MAJO?');
    keydown(ed, { key: 'Enter' });
    const text = reminderText();
    expect(text).toContain('“MAJO”');
    expect(text).not.toContain('María José Pérez');
    expect(text).toContain('Jordan Smith');
  });

  it('discreet mode hides the person, the names in the draft and the client-list badge', () => {
    page('messages.html');
    guard({ settings: (s) => (s.discreet = true), clients: [MARIA, { id: 'c-anna', name: 'Anna Berg', aliases: [], handles: {} }] });
    const ed = editor('message:maria');
    type(ed, 'Anna Berg says hi');
    keydown(ed, { key: 'Enter' });
    expect(dialog()).not.toBeNull();
    const text = reminderText();
    expect(text).not.toContain('María');
    expect(text).not.toContain('Pérez');
    expect(text).not.toContain('Anna');
    expect(text).not.toMatch(/client list/i);
    expect(text).toContain(defaultSettings().clauses.interacting.text);
  });

  it('discreet mode: a draft naming a client to a stranger is stopped without saying why in names', () => {
    page('messages-stranger.html');
    guard({ settings: (s) => (s.discreet = true), clients: [{ id: 'c-anna', name: 'Anna Berg', aliases: [], handles: {} }] });
    const ed = editor('message:jordan');
    type(ed, 'Anna Berg says hi');
    keydown(ed, { key: 'Enter' });
    expect(dialog()).not.toBeNull();
    const text = reminderText();
    expect(text).not.toContain('Anna');
    expect(text).not.toContain('Jordan');
    expect(text).not.toMatch(/client list/i);
  });

  it('page text with markup in a name or a draft is shown as text, never as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    loadPage(
      `<html lang="en"><head><title>Friends | Facebook</title></head><body><div data-fixture-root><div role="main">
        <div class="card"><a href="/evil.person"></a>
          <div role="button" aria-label="Confirm" data-fixture-action="accept">Confirm</div>
          <div role="button" aria-label="Delete">Delete</div></div></div></div></body></html>`,
      'https://www.facebook.com/friends/',
    );
    el('a[href="/evil.person"]').textContent = evil;
    runHarness();
    guard({ clients: [{ id: 'c-img', name: 'img src', aliases: [], handles: {} }] });
    click(control('accept'));
    expect(reminderText()).toContain(evil);
    expect(shadow().querySelector('img')).toBeNull();
    choose('stop');

    loadFacebook('messages-stranger.html');
    runHarness();
    const ed = editor('message:jordan');
    type(ed, `${evil} and <script>img src</script><iframe src=x></iframe>`);
    keydown(ed, { key: 'Enter' });
    expect(dialog()).not.toBeNull();
    expect(reminderText()).toContain('img src');
    expect(shadow().querySelector('img, script, iframe')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('a tiny test adapter: forms', () => {
  const formAdapter: SiteAdapter = {
    platform: 'x',
    recognise(trigger) {
      if (trigger.type !== 'submit') return null;
      const field = trigger.form.querySelector('textarea');
      return { kind: 'message', platform: 'x', control: 'Send', step: 'send', person: { handle: 'mariajp' }, draft: field?.value ?? '' };
    },
  };

  function formPage(): FixtureRecord {
    loadPage(
      `<html lang="en"><body><div data-fixture-root><form data-fixture-action="dm"><textarea>Hi there</textarea>
        <button type="submit" data-fixture-action="dm-send">Send</button></form></div></body></html>`,
      'https://x.com/i/chat/1',
    );
    return runHarness();
  }

  it('Stop: the form is not submitted', () => {
    const fixture = formPage();
    guard({ adapter: formAdapter, clients: [{ ...MARIA, handles: { x: 'mariajp' } }] });
    el('button[type="submit"]').click();
    expect(dialog()).not.toBeNull();
    expect(reminderText()).toContain('@mariajp');
    choose('stop');
    expect(fixture.actions.filter((a) => a.startsWith('dm='))).toEqual([]);
  });

  it('Proceed: the form is submitted once, with its submit listeners', () => {
    const fixture = formPage();
    guard({ adapter: formAdapter, clients: [{ ...MARIA, handles: { x: 'mariajp' } }] });
    el('button[type="submit"]').click();
    choose('proceed');
    expect(fixture.actions.filter((a) => a.startsWith('dm='))).toEqual(['dm=Hi there']);
    expect(host()).toBeNull();
  });
});
