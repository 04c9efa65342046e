import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Loads an X fixture page into a document of the test's happy-dom window, at
 * the address X serves that page on (adapters read the path). The page's
 * scripts, styles and frames are not loaded: only the markup is under test.
 */
const settings = (window as unknown as { happyDOM: { settings: Record<string, unknown> } }).happyDOM.settings;
Object.assign(settings, {
  disableJavaScriptEvaluation: true,
  enableJavaScriptEvaluation: false,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
});

// The global URL here is happy-dom's: paths are built with node:path.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/x');
const cache = new Map<string, string>();

export function fixtureHtml(file: string): string {
  let html = cache.get(file);
  if (html === undefined) {
    html = readFileSync(join(FIXTURES, file), 'utf8');
    cache.set(file, html);
  }
  return html;
}

/** A fresh document for one fixture, with the window at `url`. */
export function loadX(file: string, url: string): Document {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  return new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
}

/** Where each fixture is served: the same addresses as the e2e route table (test/e2e/support/routes.ts). */
export const X_PAGES = {
  home: { file: 'home-2026-02.html', url: 'https://x.com/home' },
  profile: { file: 'profile-2026-02.html', url: 'https://x.com/badlogicgames' },
  profileFollowBack: { file: 'profile-follow-back.html', url: 'https://x.com/maria_perez' },
  followers: { file: 'followers.html', url: 'https://x.com/dana_therapist/followers' },
  hoverCard: { file: 'hover-card.html', url: 'https://x.com/search?q=running' },
  followerRequests: { file: 'follower-requests.html', url: 'https://x.com/follower_requests' },
  replyDialog: { file: 'reply-dialog.html', url: 'https://x.com/compose/post' },
  status: { file: 'status.html', url: 'https://x.com/maria_perez/status/1790000000000000001' },
  quote: { file: 'quote.html', url: 'https://x.com/compose/tweet' },
  composePost: { file: 'compose-post.html', url: 'https://twitter.com/compose/post' },
  chat: { file: 'chat.html', url: 'https://x.com/i/chat/1500000000-1500000001' },
  messagesLegacy: { file: 'messages-legacy.html', url: 'https://x.com/messages/1500000000-1500000001' },
  profileEs: { file: 'profile-es.html', url: 'https://x.com/lucia_gomez' },
  followerRequestsEs: { file: 'follower-requests-es.html', url: 'https://twitter.com/follower_requests' },
  chatRequest: { file: 'chat-request.html', url: 'https://x.com/i/chat/requests/1500000000-1500000009' },
  chatRequestEs: { file: 'chat-request-es.html', url: 'https://x.com/i/chat/requests/1500000000-1500000009?lang=es' },
  chatRequestFr: { file: 'chat-request-fr.html', url: 'https://x.com/i/chat/requests/1500000000-1500000009?lang=fr' },
  chatRequestDe: { file: 'chat-request-de.html', url: 'https://x.com/i/chat/requests/1500000000-1500000009?lang=de' },
  chatRequestPt: { file: 'chat-request-pt.html', url: 'https://x.com/i/chat/requests/1500000000-1500000009?lang=pt' },
  chatRequestIt: { file: 'chat-request-it.html', url: 'https://x.com/i/chat/requests/1500000000-1500000009?lang=it' },
} as const;

export type XPage = keyof typeof X_PAGES;

export function load(page: XPage): Document {
  const { file, url } = X_PAGES[page];
  return loadX(file, url);
}
