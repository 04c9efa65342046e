/** Every host Instagram serves the same app on. */
export const INSTAGRAM_MATCHES = ['*://www.instagram.com/*', '*://instagram.com/*'];
