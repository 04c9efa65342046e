/**
 * The README's screenshots, from the built extension with a small made-up
 * practice: `npx vite-node test/e2e/screenshots.ts` (after a build; set
 * BG_EXTENSION_DIR for another build). Writes docs/screenshots/*.png, or
 * only the ones named: `npx vite-node test/e2e/screenshots.ts options-levels`.
 * Everything is served locally; no request leaves the machine.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { choose, waitForReminder } from './support/page';
import { startSession } from './support/session';
import { openOptions, saved, seedLog } from './ui';

const OUT = 'docs/screenshots';
/** The screenshots to write (all when none are named). */
const ONLY = process.argv.slice(2);

const SAMPLE_CLIENTS_CSV = [
  'name,aliases,facebook,x,instagram,yelp,google,linkedin',
  '"María José Pérez","Maria Perez; Majo",https://www.facebook.com/profile.php?id=100001234567890,,maria.perez,,,linkedin.com/in/maria-perez-4b1a2c',
  'Samuel Lee,Sam Lee,facebook.com/samuel.lee.5,,,Sam L.,,',
  `Chris O'Neil,,https://www.facebook.com/profile.php?id=100009876543210,@chrisoneil,,,,`,
  'Aisha Rahman,,,,aisha.r,,,',
  'Daniel Okafor,Dan Okafor,,@danokafor,,Daniel O.,,',
  'Eleanor Whitfield,Ellie Whitfield,eleanor.whitfield,,,,,',
  'Grace Kim,,,,gracekim_,Grace K.,,',
  'Jordan Ellis,,,@jellis,,,,',
  'Robin Park,,,,,,https://www.google.com/maps/contrib/112233445566778899001,',
].join('\r\n');

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  if (ONLY.length && !ONLY.includes(name)) return;
  const path = `${OUT}/${name}.png`;
  // No hover effect in the picture.
  await page.mouse.move(1, 1);
  if (selector) await page.locator(selector).screenshot({ path });
  else await page.screenshot({ path });
  console.log(`  ${path}`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const s = await startSession();
  try {
    console.log(await s.importClients(SAMPLE_CLIENTS_CSV));
    // The setup's second step, before it is skipped for the other pictures: the review wordings told apart.
    const setup = await openOptions(s.context, s.extensionId, 'policy', true);
    await setup.setViewportSize({ width: 1100, height: 860 });
    await setup.locator('[data-setup-next]').click();
    await setup.locator('[data-setup-next]').click();
    await shot(setup, 'setup-reviews', '[data-setup]');
    await setup.close();
    const options = await openOptions(s.context, s.extensionId, 'document');
    await options.setViewportSize({ width: 1100, height: 860 });
    await options.locator('[data-practice="practiceName"]').fill('Harbor Counseling');
    await options.locator('[data-practice="therapistName"]').fill('Dr. Ana Ruiz, LMFT');
    await options.locator('[data-practice="contact"]').fill('(555) 010-2030 · office@harbor.example');
    await options.locator('[data-practice="effectiveDate"]').fill('2026-01-15');
    await saved(options);
    await shot(options, 'policy-document', '.paper');

    const day = 86_400_000;
    const now = Date.now();
    const kinds = ['connect.accept', 'follow', 'message', 'reply', 'review.respond'];
    await seedLog(
      options,
      Array.from({ length: 60 }, (_, i) => ({
        at: now - (i * 23 * day) / 60 - 3_600_000,
        platform: i % 5 === 4 ? 'yelp' : (['facebook', 'instagram', 'x', 'facebook'][i % 4] as string),
        kind: kinds[i % 5],
        level: 'confirm',
        client: i % 3 === 0 ? 'yes' : 'no',
        choice: i % 4 === 1 ? 'proceeded' : 'stopped',
      })),
    );

    await options.getByRole('tab', { name: 'Policy' }).click();
    await options.evaluate(() => window.scrollTo(0, 0));
    await shot(options, 'options-policy');

    // Levels per site: Follow blocked on X only, every other site as on all sites.
    await options.locator('[data-site-rules="follow"] summary').click();
    await options.locator('[data-site-level="x:follow"]').selectOption('block');
    await options.locator('[data-site-scope="x:follow"]').selectOption('always');
    await saved(options);
    await shot(options, 'options-levels', 'section[aria-labelledby="when-to-step-in"]');
    await options.locator('[data-site-level="x:follow"]').selectOption('');
    await options.locator('[data-site-rules="follow"] summary').click();
    await saved(options);
    await options.getByRole('tab', { name: /^Clients/ }).click();
    await shot(options, 'options-clients');
    await options.getByRole('tab', { name: 'Log' }).click();
    await options.locator('[data-log-table]').waitFor();
    await shot(options, 'options-log');

    // A Yelp review response: the reminder offers the generic reply, with its Copy button.
    const yelp = await s.open('https://biz.yelp.com/r2r/Xk2pQ9uLm3vT8wYz1aBcDe/reviews');
    await yelp.locator('[data-fixture-action="open-comment:sam"]').click();
    await waitForReminder(yelp);
    await shot(yelp, 'reminder-yelp');
    await choose(yelp, 'stop');
    await yelp.close();

    // A reply to a Google review on Maps, by a reviewer on the client list (their profile's number).
    const maps = await s.open('https://www.google.com/maps/place/Harbor+Counseling/@37.7749,-122.4194,17z');
    await maps.locator('[data-fixture-action="open-reply:robin"]').click();
    await waitForReminder(maps);
    await shot(maps, 'reminder-google');
    await choose(maps, 'stop');
    await maps.close();

    // A LinkedIn invitation from a client.
    const network = await s.open('https://www.linkedin.com/mynetwork/grow/');
    await network.locator('[data-fixture-action="accept:maria"]').click();
    await waitForReminder(network);
    await shot(network, 'reminder-linkedin');
    await choose(network, 'stop');
    await network.close();

    const fb = await s.open('https://www.facebook.com/friends/');
    await fb.locator('[data-fixture-action="accept:maria"]').click();
    await waitForReminder(fb);
    await choose(fb, 'stop');
    const tabs = (await s.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      }),
    )) as Array<{ id: number }>;
    const popup = await s.context.newPage();
    await popup.setViewportSize({ width: 368, height: 560 });
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${tabs[0]?.id}`);
    await popup.locator('[data-reminders-today]').filter({ hasText: 'reminder' }).waitFor();
    await shot(popup, 'popup', '.popup');

    // Issue 12: a Facebook page whose controls were reworded. The toolbar says so, the popup says what to do, and
    // Diagnostics holds the redacted report to send by hand.
    const changed = await s.open('https://www.facebook.com/friends/?changed=1');
    const changedTab = (await s.browser.serviceWorker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    })) as number;
    const badge = () =>
      s.browser.serviceWorker.evaluate(
        (tabId) =>
          (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({
            tabId,
          }),
        changedTab,
      );
    for (let i = 0; i < 60 && (await badge()) !== '!'; i++) await changed.waitForTimeout(250);
    const problem = await s.context.newPage();
    await problem.setViewportSize({ width: 368, height: 600 });
    await problem.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${changedTab}`);
    await problem.locator('[data-problem="unrecognised"]').waitFor();
    await shot(problem, 'popup-problem', '.popup');
    const diagnostics = await openOptions(s.context, s.extensionId, 'diagnostics');
    await diagnostics.setViewportSize({ width: 1100, height: 860 });
    const failure = diagnostics.locator('[data-health-failure]').first();
    await failure.waitFor();
    await failure.locator('summary').click();
    await shot(diagnostics, 'options-diagnostics');
  } finally {
    await s.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
