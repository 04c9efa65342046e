/** @jsxImportSource react */

import { $getRoot, getNearestEditorFromDOMNode } from 'lexical';
import {
  type ComponentType,
  createContext,
  type ReactNode,
  type SyntheticEvent,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { createRoot } from 'react-dom/client';
import { APP_GLOBAL, type AppProbe, type AppRecord } from './contract';
import { readRegisteredEditor } from './editors';
import { atomic, underscored } from './names';

/**
 * The app shell every page runs in: one React root (react-dom 19, which delegates every event to the root
 * container in the capture and bubble phases, as on the live sites), the app's sent list in React state, and
 * `window.__app` (contract.ts) for the tests to read it.
 */

interface AppApi {
  /** The app sends something (a message, a comment, a request accepted): it goes into the sent list. */
  send(channel: string, text?: string): void;
}

const AppContext = createContext<AppApi | null>(null);

export function useApp(): AppApi {
  const api = useContext(AppContext);
  if (!api) throw new Error('useApp() outside <App>');
  return api;
}

/** Atomic class names made once per mount (names.ts): new on every page load, stable across re-renders. */
export function useAtomic(count?: number): string {
  return useState(() => atomic(count))[0];
}

export function useUnderscored(count?: number): string {
  return useState(() => underscored(count))[0];
}

function nameOf(target: EventTarget | null): string {
  const el = target instanceof Element ? target.closest('[data-e2e]') : null;
  return el?.getAttribute('data-e2e') ?? '?';
}

export function App({ children }: { children: ReactNode }) {
  const [sent, setSent] = useState<string[]>([]);
  const seen = useRef<string[]>([]);
  const committed = useRef<string[]>([]);
  const ready = useRef(false);
  const send = useCallback((channel: string, text?: string) => {
    setSent((list) => [...list, text === undefined ? channel : `${channel}=${text}`]);
  }, []);
  // The committed sent list is what the test reads: state React has rendered, not a flag set in a handler.
  useLayoutEffect(() => {
    committed.current = sent;
  }, [sent]);
  // Children's effects (editors attaching) run before this one: once it has run, the page is ready.
  useLayoutEffect(() => {
    const probe: AppProbe = {
      get ready() {
        return ready.current;
      },
      record: (): AppRecord => ({ sent: [...committed.current], seen: [...seen.current] }),
      editorText(el: Element): string | null {
        const editor = getNearestEditorFromDOMNode(el);
        return editor ? editor.getEditorState().read(() => $getRoot().getTextContent()) : readRegisteredEditor(el);
      },
    };
    (window as unknown as Record<string, unknown>)[APP_GLOBAL] = probe;
    ready.current = true;
  }, []);
  const saw = (e: SyntheticEvent) => {
    seen.current.push(`${e.type}:${nameOf(e.target)}`);
  };
  return (
    <AppContext.Provider value={{ send }}>
      <div onClickCapture={saw} onKeyDownCapture={saw} onSubmitCapture={saw}>
        {children}
      </div>
    </AppContext.Provider>
  );
}

/** Mounts a page into #root (the shell the fixture server writes for app routes). */
export function mount(Page: ComponentType): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root in the page shell');
  createRoot(container).render(
    <App>
      <Page />
    </App>,
  );
}
