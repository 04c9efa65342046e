import { t } from '../core/i18n';
import { BASIC_REMINDER_CSS } from './reminder-style-basic';
import { dialogView, el, NOTICE_SECONDS, noticeLines, noticeView, type ReminderChoice, type ReminderContent } from './reminder-view';

/** Events that never reach the page while they come from the reminder. */
const ISOLATED_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'focusin',
  'focusout',
  'focus',
  'blur',
  'paste',
  'copy',
  'cut',
] as const;

/**
 * The reminder: a modal alertdialog in a closed shadow root, built with plain
 * DOM so the content script stays small. The page sees only a bare <div> (no
 * attribute, no text) while it is up: not who, not why, not whose it is.
 * The engine routes every event that comes from it here, in the capture phase
 * on window, before any page listener; only trusted input (the therapist's own
 * mouse, keys or touch) answers it, so a page script cannot press, fill or close it.
 */
export class Reminder {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private onChoice: ((choice: ReminderChoice) => void) | null = null;
  private noticeTimer = 0;
  /** The element inside the dialog that last had focus (a closed root hides it from the event's path). */
  private lastFocus: HTMLElement | null = null;

  /**
   * `styles`: the reminder's full styles (src/ui/reminder-style.ts), which a content script receives from the
   * background at start-up to stay small; null until they arrive, and the basic styles serve meanwhile.
   */
  constructor(
    private readonly doc: Document,
    private readonly styles: () => string | null = () => null,
  ) {}

  /** The engine routes these to handle() while they come from the reminder (see Asker). */
  readonly events: readonly string[] = ISOLATED_EVENTS;

  get isOpen(): boolean {
    return this.onChoice !== null;
  }

  /** Did this event start inside the reminder (or its notice)? */
  owns(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  open(content: ReminderContent, onChoice: (choice: ReminderChoice) => void): void {
    this.close();
    const d = this.doc;
    const root = this.mount();
    const dialog = dialogView(d, content);
    root.append(el(d, 'div', { class: 'backdrop' }, dialog));
    this.onChoice = onChoice;
    root.querySelector<HTMLElement>('[data-choice="stop"]')?.focus();
  }

  /**
   * A non-blocking notice for the "remind" level: who and what, whether they are a client, that the
   * action already went through, and the policy. It stays NOTICE_SECONDS (counting down where it can
   * be seen; said once to screen readers) or until its Close button.
   */
  notice(content: ReminderContent): void {
    this.showNotice(...noticeLines(this.doc, content));
  }

  /** A short message in a notice ("Click again…"). */
  tell(message: string): void {
    this.showNotice(el(this.doc, 'p', { 'data-tell': '' }, message));
  }

  /** A page event the reminder caused: the pointer or focus left a page element for it (its related target is ours). */
  caused(event: Event): boolean {
    const related = (event as MouseEvent | FocusEvent).relatedTarget;
    return this.host !== null && related instanceof Node && (related === this.host || this.host.contains(related));
  }

  /**
   * A notice, with its countdown and Close button; beside a question still waiting for its answer it is
   * added, never in its place.
   */
  private showNotice(...children: Node[]): void {
    const d = this.doc;
    if (!this.isOpen) this.close();
    this.dropNotice();
    const root = this.root ?? this.mount();
    const { box, countdown } = noticeView(d, children);
    root.append(box);
    let left = NOTICE_SECONDS;
    const tick = () => {
      left -= 1;
      if (left <= 0) return this.endNotice();
      countdown.textContent = t('notice_closesIn', left);
      this.noticeTimer = window.setTimeout(tick, 1000);
    };
    this.noticeTimer = window.setTimeout(tick, 1000);
  }

  private dropNotice(): void {
    window.clearTimeout(this.noticeTimer);
    this.root?.querySelector('.notice')?.remove();
  }

  /** The notice goes; a question still waiting for its answer stays. */
  private endNotice(): void {
    if (this.isOpen) this.dropNotice();
    else this.close();
  }

  close(): void {
    window.clearTimeout(this.noticeTimer);
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.onChoice = null;
    this.lastFocus = null;
  }

  /** Handles an event that came from the reminder; the engine has already kept it from the page. */
  handle(event: Event): void {
    const root = this.root;
    // The notice's Close button, pressed by the therapist (a page script's click is ignored like any other).
    if (root && event.type === 'click' && event.isTrusted && pressed(event as MouseEvent, root)?.closest('[data-notice-close]')) {
      this.endNotice();
      return;
    }
    if (!root || !this.onChoice) return;
    if (event.type === 'focusin') {
      this.lastFocus = root.activeElement instanceof HTMLElement ? root.activeElement : this.lastFocus;
      return;
    }
    if (event.type === 'focusout') {
      this.keepFocus(event as FocusEvent, root);
      return;
    }
    // Anything a page script dispatches at the host (its only way in) is ignored.
    if (!event.isTrusted) return;
    if (event.type === 'input') {
      const reason = root.querySelector<HTMLTextAreaElement>('[data-reason]');
      const proceed = root.querySelector<HTMLButtonElement>('[data-choice="proceed"]');
      if (reason && proceed) proceed.disabled = reason.value.trim().length === 0;
      return;
    }
    if (event.type === 'click') {
      const button = pressed(event as MouseEvent, root)?.closest<HTMLButtonElement>('[data-choice],[data-copy]');
      if (!button || button.disabled) return;
      // The generic reply to the clipboard, for the therapist to paste where it belongs; the dialog stays.
      if (button.dataset.copy === '') {
        navigator.clipboard.writeText(button.previousSibling?.textContent ?? '').then(
          () => {
            button.textContent = t('reminder_copied');
          },
          () => {},
        );
        return;
      }
      this.choose(button.dataset.choice === 'proceed' ? 'proceed' : 'stop');
      return;
    }
    if (event.type === 'keydown') this.key(event as KeyboardEvent, root);
  }

  private key(event: KeyboardEvent, root: ShadowRoot): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.choose('stop');
    } else if (event.key === 'Tab') {
      // Focus stays inside the dialog, as aria-modal promises.
      const focusable = [...root.querySelectorAll<HTMLElement>('textarea, button:not(:disabled)')];
      if (focusable.length === 0) return;
      const index = focusable.indexOf(root.activeElement as HTMLElement);
      const next = (index + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length;
      event.preventDefault();
      focusable[next]?.focus();
    }
  }

  /** Focus taken out of the dialog (a page script's blur()) comes back to where it was. */
  private keepFocus(event: FocusEvent, root: ShadowRoot): void {
    const next = event.relatedTarget;
    if (next instanceof Node && root.contains(next)) return;
    queueMicrotask(() => {
      if (this.root !== root || root.activeElement) return;
      // The window losing focus keeps the active element: only a focus moved to the page lands here.
      const last = this.lastFocus;
      const back = last?.isConnected && root.contains(last) ? last : root.querySelector<HTMLElement>('[data-choice="stop"]');
      back?.focus({ preventScroll: true });
    });
  }

  private choose(choice: 'stop' | 'proceed'): void {
    const done = this.onChoice;
    const reason = this.root?.querySelector<HTMLTextAreaElement>('[data-reason]')?.value.trim();
    this.close();
    done?.(choice === 'proceed' ? { choice, ...(reason ? { reason } : {}) } : { choice });
  }

  private mount(): ShadowRoot {
    // A bare <div>: nothing in its name, attributes or text says what it is or whose.
    const host = this.doc.createElement('div');
    const css = this.styles() ?? BASIC_REMINDER_CSS;
    const root = host.attachShadow({ mode: 'closed' });
    // A constructed sheet, not a <style>: Firefox holds a <style> that a content script inserts to the
    // page's CSP, so on a site without style-src 'unsafe-inline' the dialog would be unstyled, off screen.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el(this.doc, 'style', {}, css));
    }
    (this.doc.body ?? this.doc.documentElement).append(host);
    this.host = host;
    this.root = root;
    return root;
  }
}

/**
 * Where a trusted click landed inside the closed root: from the window, the event's path stops at the
 * host. A pointer click (detail ≥ 1) is found by its position; a click made by Enter or Space (detail 0)
 * lands on the focused element.
 */
function pressed(event: MouseEvent, root: ShadowRoot): Element | null {
  if (event.detail > 0) return root.elementFromPoint(event.clientX, event.clientY);
  return root.activeElement;
}
