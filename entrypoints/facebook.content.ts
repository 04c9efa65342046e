import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootGuard } from '../src/guard/content';
import { FACEBOOK_MATCHES } from '../src/sites/facebook/hosts';
import { facebook } from '../src/sites/facebook/index';

export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  runAt: 'document_start',
  main: (ctx) => bootGuard(facebook, ctx),
});
