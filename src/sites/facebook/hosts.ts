/** Every host Facebook serves the same app on (m.facebook.com redirects to www). */
export const FACEBOOK_MATCHES = ['*://www.facebook.com/*', '*://facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'];
