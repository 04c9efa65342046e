/**
 * The one table of fixture pages the end-to-end server serves, by host and
 * path. Adding a page is one line here. Two kinds:
 * - `file`, relative to test/fixtures/: a hand-written or saved page. A page without
 *   `<script src="/__fixture/harness.js">` gets it injected, so a real saved page can be
 *   dropped into test/fixtures/<site>/ as it is.
 * - `page`, "<site>/<name>" of test/e2e/pages/<site>/<name>.tsx: an app page, React and
 *   Lexical doing the site's work (support/pages.ts), in a shell with `lang` and `docTitle`.
 */
interface RouteBase {
  host: string;
  /** The pathname, plus the query string when the route needs one ("/profile.php?id=1"). */
  path: string;
  /** What the page is for, printed by `npm run demo` beside its tab. */
  title?: string;
}

export interface FileRoute extends RouteBase {
  file: string;
  page?: never;
}

export interface AppRoute extends RouteBase {
  page: string;
  file?: never;
  /** html[lang] of the shell ("en" when not given): which label table the adapter reads. */
  lang?: string;
  /** The document's title (Facebook's "NAME | Facebook", Instagram's "NAME (@handle) • Instagram …"). */
  docTitle?: string;
}

export type Route = FileRoute | AppRoute;

export function isAppRoute(route: Route): route is AppRoute {
  return route.page !== undefined;
}

export const ROUTES: readonly Route[] = [
  // Routes with a query string come before the same path without one (findRoute takes the first that fits).
  { host: 'www.facebook.com', path: '/friends/?changed=1', file: 'facebook/friends-changed.html' },
  { host: 'www.facebook.com', path: '/friends/?hl=nl', file: 'facebook/friends-nl.html' },
  { host: 'www.facebook.com', path: '/friends/', file: 'facebook/friends.html', title: 'Facebook: friend requests' },
  { host: 'www.facebook.com', path: '/friends/requests/', file: 'facebook/requests.html' },
  { host: 'www.facebook.com', path: '/maria.perez', file: 'facebook/profile.html' },
  { host: 'www.facebook.com', path: '/alex.kim.9', file: 'facebook/stranger.html' },
  { host: 'www.facebook.com', path: '/', file: 'facebook/feed.html' },
  { host: 'www.facebook.com', path: '/messages/t/100001234567890', file: 'facebook/messages.html' },
  { host: 'www.facebook.com', path: '/messages/t/100007777777777', file: 'facebook/messages-stranger.html' },
  {
    host: 'www.facebook.com',
    path: '/home.php',
    page: 'facebook/home',
    docTitle: 'Facebook',
    title: 'Facebook (React, Lexical): feed, jewel, chat',
  },
  { host: 'www.facebook.com', path: '/home.php?locale=nl', page: 'facebook/home', lang: 'nl', docTitle: 'Facebook' },
  { host: 'www.facebook.com', path: '/samuel.lee.5', page: 'facebook/profile', docTitle: 'Samuel Lee | Facebook' },
  { host: 'www.facebook.com', path: '/samuel.lee.5?locale=fr', page: 'facebook/profile', lang: 'fr', docTitle: 'Samuel Lee | Facebook' },
  ...(['es', 'fr', 'de', 'pt', 'it'] as const).map((lang) => ({
    host: 'www.facebook.com',
    path: `/home.php?locale=${lang}`,
    page: 'facebook/home',
    lang: lang === 'pt' ? 'pt-BR' : lang,
    docTitle: 'Facebook',
  })),
  ...(['en', 'es', 'fr', 'de', 'pt', 'it'] as const).flatMap((lang) => {
    const shell = { host: 'www.instagram.com', lang: lang === 'pt' ? 'pt-BR' : lang };
    const q = lang === 'en' ? '' : `?hl=${lang}`;
    return [
      { ...shell, path: `/p/DAPPmaria1/${q}`, page: 'instagram/post', docTitle: 'María Pérez on Instagram' },
      { ...shell, path: `/explore/${q}`, page: 'instagram/activity', docTitle: 'Instagram' },
      { ...shell, path: `/direct/t/340282366841710300949128999/${q}`, page: 'instagram/direct', docTitle: 'Inbox • Direct' },
    ];
  }),
  { host: 'www.instagram.com', path: '/maria.perez/', file: 'instagram/profile-follow-back.html', title: 'Instagram: Follow Back' },
  { host: 'www.instagram.com', path: '/sam.lee/', file: 'instagram/profile-follow.html' },
  { host: 'www.instagram.com', path: '/dana.therapist/followers/', file: 'instagram/followers.html' },
  { host: 'www.instagram.com', path: '/accounts/activity/', file: 'instagram/follow-requests.html' },
  { host: 'www.instagram.com', path: '/', file: 'instagram/home.html' },
  { host: 'www.instagram.com', path: '/p/C0ABC123/', file: 'instagram/post.html' },
  { host: 'www.instagram.com', path: '/reels/C1REEL456/', file: 'instagram/reel.html' },
  { host: 'www.instagram.com', path: '/direct/t/340282366841710300949128132/', file: 'instagram/direct.html' },
  { host: 'www.instagram.com', path: '/direct/t/340282366841710300949128777/', file: 'instagram/direct-stranger.html' },
  { host: 'www.instagram.com', path: '/create/details/', file: 'instagram/create-post.html' },
  { host: 'instagram.com', path: '/maria.perez/', file: 'instagram/profile-follow-back.html' },
  { host: 'x.com', path: '/home', file: 'x/home-2026-02.html', title: 'X: a real saved home timeline' },
  { host: 'twitter.com', path: '/home', file: 'x/home-2026-02.html' },
  { host: 'x.com', path: '/badlogicgames', file: 'x/profile-2026-02.html' },
  { host: 'x.com', path: '/maria_perez', file: 'x/profile-follow-back.html' },
  { host: 'x.com', path: '/dana_therapist/followers', file: 'x/followers.html' },
  { host: 'x.com', path: '/search?q=running', file: 'x/hover-card.html' },
  { host: 'x.com', path: '/search?q=coffee', file: 'x/hover-card-closes.html' },
  { host: 'x.com', path: '/follower_requests', file: 'x/follower-requests.html' },
  { host: 'x.com', path: '/compose/post', file: 'x/reply-dialog.html' },
  { host: 'x.com', path: '/maria_perez/status/1790000000000000001', file: 'x/status.html' },
  { host: 'x.com', path: '/compose/tweet', file: 'x/quote.html' },
  { host: 'twitter.com', path: '/compose/post', file: 'x/compose-post.html' },
  { host: 'x.com', path: '/i/chat/1500000000-1500000001', file: 'x/chat.html' },
  { host: 'x.com', path: '/messages/1500000000-1500000001', file: 'x/messages-legacy.html' },
  { host: 'x.com', path: '/lucia_gomez', file: 'x/profile-es.html' },
  { host: 'twitter.com', path: '/follower_requests', file: 'x/follower-requests-es.html' },
  {
    host: 'x.com',
    path: '/maria_perez/status/1790000000000000002',
    page: 'x/status',
    docTitle: 'María Pérez on X: "Long run done." / X',
    title: 'X (React, Draft.js): a post and its reply composer',
  },
  { host: 'x.com', path: '/i/chat/requests/1500000000-1500000009?lang=es', file: 'x/chat-request-es.html' },
  { host: 'x.com', path: '/i/chat/requests/1500000000-1500000009?lang=fr', file: 'x/chat-request-fr.html' },
  { host: 'x.com', path: '/i/chat/requests/1500000000-1500000009?lang=de', file: 'x/chat-request-de.html' },
  { host: 'x.com', path: '/i/chat/requests/1500000000-1500000009?lang=pt', file: 'x/chat-request-pt.html' },
  { host: 'x.com', path: '/i/chat/requests/1500000000-1500000009?lang=it', file: 'x/chat-request-it.html' },
  { host: 'x.com', path: '/i/chat/requests/1500000000-1500000009', file: 'x/chat-request.html', title: 'X: a message request' },
  {
    host: 'biz.yelp.com',
    path: '/r2r/RcT7app0000000000000000/reviews',
    page: 'yelp/reviews',
    docTitle: 'Reviews | Yelp for Business',
    title: 'Yelp for Business (React): reviews',
  },
  { host: 'biz.yelp.com', path: '/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=es_US', file: 'yelp/biz-reviews-es.html' },
  { host: 'biz.yelp.com', path: '/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=fr_FR', file: 'yelp/biz-reviews-fr.html' },
  { host: 'biz.yelp.com', path: '/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=de_DE', file: 'yelp/biz-reviews-de.html' },
  { host: 'biz.yelp.com', path: '/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=pt_BR', file: 'yelp/biz-reviews-pt.html' },
  { host: 'biz.yelp.com', path: '/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews?hl=it_IT', file: 'yelp/biz-reviews-it.html' },
  { host: 'biz.yelp.com', path: '/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews', file: 'yelp/biz-reviews.html', title: 'Yelp for Business: reviews' },
  {
    host: 'biz.yelp.com',
    path: '/inbox/Xk2pQ9uLm3vT8wYz1aBcDe/conversation/c1sam',
    file: 'yelp/biz-inbox.html',
    title: 'Yelp for Business: inbox',
  },
  { host: 'biz.yelp.com', path: '/inbox/Xk2pQ9uLm3vT8wYz1aBcDe/conversation/c2robin', file: 'yelp/biz-inbox-review.html' },
  { host: 'www.yelp.com', path: '/biz/harbor-counseling-san-francisco', file: 'yelp/www-business.html' },
  { host: 'www.yelp.com', path: '/biz/lakeside-therapy-oakland', file: 'yelp/www-business-2025.html' },
  // Google Business Profile reviews (test/fixtures/google/README.md).
  {
    host: 'www.google.com',
    path: '/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z',
    file: 'google/maps-place.html',
    title: 'Google Maps: reviews (owner)',
  },
  {
    host: 'www.google.com',
    path: '/search?q=harbor+counseling+san+francisco',
    file: 'google/search-reviews.html',
    title: 'Google Search: reviews (owner)',
  },
  ...(['es', 'fr', 'de', 'pt-BR', 'it'] as const).map((hl) => ({
    host: 'business.google.com',
    path: `/reviews?hl=${hl}`,
    file: `google/business-reviews-${hl.slice(0, 2)}.html`,
  })),
  { host: 'business.google.com', path: '/reviews', file: 'google/business-reviews.html', title: 'Google Business Profile: reviews' },
  {
    host: 'business.google.com',
    path: '/n/4471203958812754032/reviews',
    page: 'google/reviews',
    docTitle: 'Reviews - Harbor Counseling - Google Business Profile',
    title: 'Google Business Profile (React): reviews',
  },
  // LinkedIn (test/fixtures/linkedin/README.md).
  ...(['es', 'fr', 'de', 'pt', 'it'] as const).map((lang) => ({
    host: 'www.linkedin.com',
    path: `/mynetwork/grow/?lang=${lang}`,
    file: `linkedin/network-${lang}.html`,
  })),
  { host: 'www.linkedin.com', path: '/mynetwork/grow/', file: 'linkedin/network.html', title: 'LinkedIn: invitations and suggestions' },
  { host: 'www.linkedin.com', path: '/in/maria-perez-4b1a2c/', file: 'linkedin/profile.html' },
  {
    host: 'www.linkedin.com',
    path: '/feed/?app=react',
    page: 'linkedin/feed',
    docTitle: 'Feed | LinkedIn',
    title: 'LinkedIn (React, Lexical): feed, invitation, overlay',
  },
  { host: 'www.linkedin.com', path: '/feed/', file: 'linkedin/feed.html' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-OWE0ZTk/', file: 'linkedin/messaging.html', title: 'LinkedIn: messaging' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-SAMINVITE/', file: 'linkedin/messaging-invitation.html' },
];

/**
 * Every host a platform serves its app on. Chromium resolves all of them to the
 * fixture server and every other host to nothing, so no request leaves the machine.
 */
export const PLATFORM_HOSTS = [
  'www.facebook.com',
  'facebook.com',
  'web.facebook.com',
  'm.facebook.com',
  'x.com',
  'twitter.com',
  'www.instagram.com',
  'instagram.com',
  'biz.yelp.com',
  'www.yelp.com',
  'www.google.com',
  'business.google.com',
  'www.linkedin.com',
] as const;

/** The route for a request, or undefined (the server answers 404). */
export function findRoute(host: string, pathAndQuery: string): Route | undefined {
  const hostname = host.replace(/:\d+$/, '').toLowerCase();
  const pathname = pathAndQuery.split('?')[0] ?? '';
  // A route with a query string ("/home.php?locale=fr") before the same path without one.
  return (
    ROUTES.find((r) => r.host === hostname && r.path === pathAndQuery) ??
    ROUTES.find((r) => r.host === hostname && !r.path.includes('?') && r.path === pathname)
  );
}

/** The address of a route as the browser sees it. */
export function urlOf(route: Pick<Route, 'host' | 'path'>): string {
  return `https://${route.host}${route.path}`;
}
