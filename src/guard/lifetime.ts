import { browser } from 'wxt/browser';

/**
 * Replaces WXT's ContentScriptContext in content-script builds (wxt.config.ts points
 * `wxt/utils/content-script-context` here). WXT's tells older copies of a script to stop
 * with a DOM event and a window.postMessage that carry the extension's id: the page can
 * read both (and learn that this extension is installed), and can send the same event to
 * switch guarding off. This one says nothing to the page and listens to nothing from it.
 *
 * An old copy is orphaned when the extension is updated, reloaded or disabled (Chrome keeps
 * it running in open tabs; its extension API is gone): it notices at the next event, when the
 * engine reads isInvalid, and stops. Firefox unloads old copies itself.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && orphaned()) this.controller.abort('The extension was updated, reloaded or disabled');
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(callback: () => void): () => void {
    this.controller.signal.addEventListener('abort', callback);
    return () => this.controller.signal.removeEventListener('abort', callback);
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }
}

/** The extension API of an orphaned content script has no id (reading it may also throw). */
function orphaned(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}
