import type { Page } from 'playwright-core';
import type { AppProbe } from '../pages/kit/contract';

/**
 * What the page's own code did. On a hand-written page, what the fixture harness (test/fixtures/harness.js)
 * recorded; on an app page (test/e2e/pages/), the app's sent list from its React state and the events its
 * React root saw (pages/kit/contract.ts).
 */
export interface FixtureRecord {
  /** Actions that "happened" ("accept:maria", "message:maria=See you Tuesday"): on an app page, what it sent. */
  actions: string[];
  /** Every click/keydown/submit the page's own root listener saw, as "type:action" (app pages: "type:<data-e2e>"). */
  seen: string[];
}

type PageGlobals = { __fixture?: { actions: string[]; seen: string[] }; __app?: AppProbe };

export async function fixtureRecord(page: Page): Promise<FixtureRecord> {
  const record = await page.evaluate(() => {
    const w = window as unknown as PageGlobals;
    if (w.__app) {
      const { sent, seen } = w.__app.record();
      return { actions: sent, seen };
    }
    const f = w.__fixture;
    return f ? { actions: [...f.actions], seen: [...f.seen] } : null;
  });
  if (!record) throw new Error(`No fixture harness or app on ${page.url()} (window.__fixture and window.__app are missing)`);
  return record;
}

/** On an app page, waits until React has rendered it and its editors are attached; at once on any other page. */
export async function waitForApp(page: Page): Promise<void> {
  const isApp = await page.evaluate(() => document.querySelector('script[src^="/__pages/"]') !== null);
  if (isApp) await page.waitForFunction(() => (window as unknown as PageGlobals).__app?.ready === true, undefined, { timeout: 10_000 });
}

/** The draft in a field: a Lexical editor's text from its editor state on app pages, else a textarea's value or the text. */
export async function fieldText(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const fromEditor = (window as unknown as PageGlobals).__app?.editorText(el);
    if (typeof fromEditor === 'string') return fromEditor.trim();
    return (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim();
  });
}

/** Lets two frames pass, so anything the extension does after an event (it should be synchronous) has happened. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

/**
 * Evaluates an expression in the extension's content-script world of the
 * page's main frame (through CDP, as Playwright cannot reach isolated worlds).
 * Throws when the content script is not running on the page.
 */
export async function evaluateInContentScript(page: Page, extensionId: string, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) => {
      contexts.push(event.context);
    });
    // Enabling replays every existing execution context as an event before it returns.
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.origin === `chrome-extension://${extensionId}`,
    );
    if (!world) throw new Error(`The extension's content script is not running on ${page.url()}`);
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`In the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * Waits until the guard is live on the page: the content script runs and has
 * the client list. It asks the background for the list itself; the content
 * script asked first (at document_start) through the same channel, so once this
 * answer is back, the content script has its own. Returns the number of clients,
 * or "locked" when the client list is locked with a passphrase.
 */
export async function guardState(page: Page, extensionId: string): Promise<number | 'locked'> {
  const count = await evaluateInContentScript(
    page,
    extensionId,
    `chrome.runtime.sendMessage({ type: 'watchlist' }).then((r) => (r && Array.isArray(r.clients) ? r.clients.length : r && r.locked === true ? 'locked' : -1))`,
  );
  if (count === 'locked') return count;
  if (typeof count !== 'number' || count < 0) throw new Error(`The background did not answer the watchlist request on ${page.url()}`);
  return count;
}

/** As guardState, as a number: the clients the guard holds (0 also while the list is locked). */
export async function waitForGuard(page: Page, extensionId: string): Promise<number> {
  const state = await guardState(page, extensionId);
  return state === 'locked' ? 0 : state;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: Array<CdpNode & { shadowRootType?: string }>;
}

/**
 * Runs `fn` on the reminder's closed shadow root, reached from outside the page through the
 * DevTools protocol (DOM.getDocument with pierce sees closed roots; the page never can).
 * The reminder's host is the child of <html> or <body> that has a closed shadow root.
 * Resolves to null when no reminder (dialog or notice) is on the page.
 */
export async function onReminderRoot<T, A extends unknown[]>(
  page: Page,
  fn: (root: ShadowRoot, ...args: A) => T,
  ...args: A
): Promise<T | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: CdpNode };
    const html = root.children?.find((n) => n.localName === 'html');
    const body = html?.children?.find((n) => n.localName === 'body');
    const roots = [...(html?.children ?? []), ...(body?.children ?? [])].flatMap((n) =>
      (n.shadowRoots ?? []).filter((r) => r.shadowRootType === 'closed'),
    );
    if (roots.length > 1) throw new Error(`${roots.length} reminders on ${page.url()}`);
    const closed = roots[0];
    if (!closed) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: closed.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: `function (...args) { return (${fn.toString()})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`In the reminder: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The reminder as a person sees it, read from its closed shadow root (through the DevTools protocol). */
export interface ReminderView {
  /** All text of the dialog. */
  text: string;
  question: string;
  /** The line naming the person and the control ("María José Pérez · “Confirm”"). */
  who: string;
  /** "On your client list", "Names someone on your client list: …", or null. */
  badge: string | null;
  /** The quoted policy clause (title and text). */
  policy: string;
  role: string | null;
  modal: string | null;
  /** data-choice values of the buttons, in order. */
  choices: string[];
  /** data-choice of the focused button, if focus is on one. */
  focused: string | null;
  /** The phrases of the draft a content check flagged, as shown ([data-flag]), and their categories. */
  flags: string[];
  flagCategories: string[];
  /** The text of the "client list is locked" line, if shown. */
  locked: string | null;
  /** The text of each button, in order. */
  labels: string[];
}

export async function readReminder(page: Page): Promise<ReminderView | null> {
  const view = await onReminderRoot(page, (root) => {
    const dialog = root.querySelector<HTMLElement>('[role="alertdialog"]');
    if (!dialog) return null;
    const text = (selector: string) => root.querySelector<HTMLElement>(selector)?.textContent?.trim() ?? null;
    const active = root.activeElement as HTMLElement | null;
    const buttons = [...root.querySelectorAll<HTMLElement>('[data-choice]')];
    return {
      text: dialog.textContent ?? '',
      question: text('h2') ?? '',
      who: text('.who') ?? '',
      badge: text('.badge'),
      policy: text('blockquote') ?? '',
      role: dialog.getAttribute('role'),
      modal: dialog.getAttribute('aria-modal'),
      choices: buttons.map((b) => b.dataset.choice ?? ''),
      focused: active?.dataset.choice ?? null,
      flags: [...root.querySelectorAll<HTMLElement>('[data-flag]')].map((f) => f.textContent ?? ''),
      flagCategories: [...root.querySelectorAll<HTMLElement>('[data-flag]')].map((f) => f.dataset.flag ?? ''),
      locked: text('[data-locked]'),
      labels: buttons.map((b) => b.textContent ?? ''),
    };
  });
  return view ?? null;
}

/** Where an element of the reminder is on screen (CSS pixels of the viewport), to press it with real input. */
export async function reminderBox(page: Page, selector: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const box = await onReminderRoot(
    page,
    (root, sel) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    },
    selector,
  );
  return box ?? null;
}

/** The reminder that an action just opened; throws if there is none within a short time. */
export async function waitForReminder(page: Page, timeout = 2_000): Promise<ReminderView> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const view = await readReminder(page);
    if (view) return view;
    if (Date.now() > deadline) throw new Error(`No reminder appeared on ${page.url()}`);
    await settle(page);
  }
}

/** The text of the notice on the page (the remind level's, or "Click again…" after a Proceed that did not go through), or null. */
export async function readNotice(page: Page): Promise<string | null> {
  return onReminderRoot(page, (root) => {
    const notice = root.querySelector('[role="status"]');
    // What it says, without its countdown and Close button.
    return notice ? [...notice.querySelectorAll('p')].map((p) => p.textContent?.trim()).join('\n') : null;
  });
}

/** Is a reminder (dialog or notice) on the page, once the frames after the last event have passed? */
export async function reminderShown(page: Page): Promise<boolean> {
  await settle(page);
  return (await onReminderRoot(page, () => true)) === true;
}

/** Waits until no reminder (dialog or notice) is on the page. */
export async function waitForReminderGone(page: Page, timeout = 2_000): Promise<void> {
  await waitUntilGone(page, () => true, timeout);
}

/** Waits until no reminder dialog is on the page (a notice may follow it: "Click again…"). */
export async function waitForDialogGone(page: Page, timeout = 2_000): Promise<void> {
  await waitUntilGone(page, (root) => root.querySelector('[role="alertdialog"]') !== null, timeout);
}

async function waitUntilGone(page: Page, present: (root: ShadowRoot) => boolean, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await onReminderRoot(page, present)) === true) {
    if (Date.now() > deadline) throw new Error(`The reminder is still on ${page.url()}`);
    await settle(page);
  }
}

/** Clicks Stop or Proceed in the open reminder with the mouse (real input at the button's box) and waits until the dialog has gone. */
export async function choose(page: Page, choice: 'stop' | 'proceed'): Promise<void> {
  await press(page, choice);
  await waitForDialogGone(page);
}

/** Clicks Stop or Proceed with the mouse, at the centre of the button; does not wait. */
export async function press(page: Page, choice: 'stop' | 'proceed'): Promise<void> {
  const box = await reminderBox(page, `[data-choice="${choice}"]`);
  if (!box) throw new Error(`No ${choice} button in a reminder on ${page.url()}`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
