import { loadFixture } from './fixture-page';

/** Where each Instagram fixture is served (test/fixtures/instagram/README.md). */
export const INSTAGRAM_PAGES = {
  'profile-follow-back.html': 'https://www.instagram.com/maria.perez/',
  'profile-follow.html': 'https://www.instagram.com/sam.lee/',
  'followers.html': 'https://www.instagram.com/dana.therapist/followers/',
  'follow-requests.html': 'https://www.instagram.com/accounts/activity/?followRequests=1',
  'home.html': 'https://www.instagram.com/',
  'post.html': 'https://www.instagram.com/p/C0ABC123/',
  'reel.html': 'https://www.instagram.com/reels/C1REEL456/',
  'direct.html': 'https://www.instagram.com/direct/t/340282366841710300949128132/',
  'direct-stranger.html': 'https://www.instagram.com/direct/t/340282366841710300949128777/',
  'create-post.html': 'https://www.instagram.com/create/details/',
  'profile-es.html': 'https://www.instagram.com/maria.perez/?hl=es',
  'follow-requests-es.html': 'https://www.instagram.com/accounts/activity/?followRequests=1&hl=es',
  'post-es.html': 'https://www.instagram.com/p/C0ABC123/?hl=es',
  'direct-es.html': 'https://www.instagram.com/direct/t/340282366841710300949128132/?hl=es',
} as const;

export type InstagramPage = keyof typeof INSTAGRAM_PAGES;
export const ALL_INSTAGRAM_PAGES = Object.keys(INSTAGRAM_PAGES) as InstagramPage[];

export function loadInstagram(page: InstagramPage): Document {
  return loadFixture(`instagram/${page}`, INSTAGRAM_PAGES[page]);
}
