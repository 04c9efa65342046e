/**
 * `npm run demo`: the built extension in a visible Chromium, a sample client
 * list imported, and a tab on every practice page of the route table, all
 * served locally (nothing leaves the machine). Runs until Ctrl+C.
 *
 *   npm run demo                  a window on your display
 *   npm run demo -- --headless    no window (a machine without a display)
 *   npm run demo -- --check       headless; start, check every tab is guarded, exit
 */
import { buildPages } from './support/pages-build';
import { ROUTES, urlOf } from './support/routes';
import { type Session, startSession } from './support/session';

/** People who appear on the practice pages; Jordan Smith and Alex Kim are deliberately not clients. */
const SAMPLE_CLIENTS_CSV = [
  'name,aliases,facebook,x,instagram,yelp,google,linkedin',
  '"María José Pérez","Maria Perez; María Pérez",https://www.facebook.com/profile.php?id=100001234567890,,maria.perez,,,https://www.linkedin.com/in/maria-perez-4b1a2c/',
  'Samuel Lee,Sam Lee,facebook.com/samuel.lee.5,,,Sam L.,,',
  `Chris O'Neil,,https://www.facebook.com/profile.php?id=100009876543210,,,,,`,
  'Robin Park,,,,,Robin P.,https://www.google.com/maps/contrib/112233445566778899001,',
].join('\r\n');

const args = new Set(process.argv.slice(2));
const check = args.has('--check');
const headless = check || args.has('--headless');

async function main(): Promise<void> {
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('No display to show a browser on: run under xvfb-run, or pass --headless.');
  }
  await buildPages();
  const session: Session = await startSession({ headless });
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await session.close().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  session.context.on('close', () => void shutdown(0));

  console.log(`Client list: ${await session.importClients(SAMPLE_CLIENTS_CSV)}`);
  let guarded = 0;
  for (const route of ROUTES) {
    const url = urlOf(route);
    try {
      await session.open(url);
      guarded += 1;
      console.log(`  guarded  ${url}${route.title ? `  (${route.title})` : ''}`);
    } catch (error) {
      // A page whose platform has no content script yet still opens, for a look at the page itself.
      console.log(`  open     ${url} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  // The blank tab Chromium starts with is of no use here.
  for (const page of session.context.pages()) if (page.url() === 'about:blank') await page.close();
  // As the privacy tests count: what the extension asked for, and anything that is not a saved page's own
  // resource (the saved X pages ask for their images, which are the page's, not the extension's).
  const { fromExtension, leaked } = session.network.figures('demo');
  console.log(
    `${guarded} of ${ROUTES.length} practice pages guarded; requests by the extension: ${fromExtension}; ` +
      `requests that are not a page's own: ${leaked.length ? leaked.join(', ') : 'none'}.`,
  );
  if (check) {
    await shutdown(guarded === ROUTES.length && fromExtension === 0 && leaked.length === 0 ? 0 : 1);
    return;
  }
  console.log(`Options page: chrome-extension://${session.extensionId}/options.html`);
  console.log('Try Confirm, Add friend, a comment or a message on the pages. Ctrl+C to quit.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
