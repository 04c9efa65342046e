/** Yelp for Business, where owners answer reviews, and the public site (www and bare host). */
export const YELP_MATCHES = ['*://biz.yelp.com/*', '*://www.yelp.com/*', '*://yelp.com/*'];
