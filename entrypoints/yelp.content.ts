import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootGuard } from '../src/guard/content';
import { YELP_MATCHES } from '../src/sites/yelp/hosts';
import { yelp } from '../src/sites/yelp/index';

export default defineContentScript({
  matches: YELP_MATCHES,
  runAt: 'document_start',
  main: (ctx) => bootGuard(yelp, ctx),
});
