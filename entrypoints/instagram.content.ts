import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootGuard } from '../src/guard/content';
import { INSTAGRAM_MATCHES } from '../src/sites/instagram/hosts';
import { instagram } from '../src/sites/instagram/index';

export default defineContentScript({
  matches: INSTAGRAM_MATCHES,
  runAt: 'document_start',
  main: (ctx) => bootGuard(instagram, ctx),
});
