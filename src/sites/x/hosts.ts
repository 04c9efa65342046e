/** Every host X serves the same app on: x.com and the older twitter.com, bare, www. and mobile. */
export const X_MATCHES = [
  '*://x.com/*',
  '*://www.x.com/*',
  '*://mobile.x.com/*',
  '*://twitter.com/*',
  '*://www.twitter.com/*',
  '*://mobile.twitter.com/*',
];
