import { defineContentScript } from 'wxt/utils/define-content-script';
import { bootGuard } from '../src/guard/content';
import { X_MATCHES } from '../src/sites/x/hosts';
import { x } from '../src/sites/x/index';

export default defineContentScript({
  matches: X_MATCHES,
  runAt: 'document_start',
  main: (ctx) => bootGuard(x, ctx),
});
