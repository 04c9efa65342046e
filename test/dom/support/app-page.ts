import { act, type ComponentType, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../e2e/pages/kit/app';

/**
 * Renders an app page (the default export of test/e2e/pages/<site>/<name>.tsx) into the test's happy-dom document at `url`, with the
 * same React and Lexical as in the browser, so that selector and adapter tests read the markup the e2e tests
 * click. `lang` and `title` are the shell's (support/pages.ts). Returns the document; `click` runs a React handler.
 */
let root: Root | null = null;

export async function renderAppPage(
  Page: ComponentType,
  url: string,
  { lang = 'en', title = '' }: { lang?: string; title?: string } = {},
): Promise<Document> {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  if (root) {
    const old = root;
    root = null;
    await act(async () => old.unmount());
  }
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  document.documentElement.setAttribute('lang', lang);
  document.title = title;
  document.body.innerHTML = '<div id="root"></div>';
  const container = document.getElementById('root') as HTMLElement;
  const r = createRoot(container);
  root = r;
  await act(async () => r.render(createElement(App, null, createElement(Page))));
  return document;
}

/** Clicks an element as a person would, and lets React render what it does (a panel, a menu). */
export async function clickIn(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('Nothing to click');
  await act(async () => {
    el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  });
}
