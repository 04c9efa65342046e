/**
 * What an app page (test/e2e/pages/<site>/<page>.tsx) exposes to the tests as `window.__app`. Everything in it
 * is read from the libraries' own state: the sent list is React state, an editor's text is its Lexical editor
 * state. Types only: the support code (test/e2e/support/) and the pages share them.
 */
export interface AppRecord {
  /** What the app sent, in order, from its React state: "channel=text" for a draft, "channel" for an action. */
  sent: string[];
  /** Every click, keydown and submit the app's root saw (React's root delegation), as "type:name" of the nearest [data-e2e]. */
  seen: string[];
}

export interface AppProbe {
  /** True once React has committed the page and every editor is attached. */
  readonly ready: boolean;
  record(): AppRecord;
  /** The text of the editor this element belongs to, read from its library's state (Lexical's editor state, Draft.js's EditorState); null if none. */
  editorText(el: Element): string | null;
}

/** Where the probe lives on the page's window. */
export const APP_GLOBAL = '__app';
