// Browser-test pictures: every card type as rendered, a full page on failure, and the README's screenshots.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

const root = path.resolve(__dirname, '../..');
/** Pictures and logs of the last run (gitignored). */
export const ARTIFACTS_DIR = path.join(root, 'test-artifacts/e2e');
/** The committed pictures the README shows; refreshed only with E2E_UPDATE_SCREENSHOTS=1. */
const README_DIR = path.join(__dirname, 'screenshots');
const README_CARDS = new Set([
  'help',
  'intake-summary',
  'poll',
  'invitation',
  'status',
  'reflection',
  'reflection-results',
  'rsvp-page',
  'reflection-page',
  'invite-form',
  'plan-form-past',
  'poll-choose',
  'status-detail',
  'sharing',
  'meeting-fixed',
  'move-form',
  'cancel-confirm',
  'invitation-marks',
  'roles',
  'export',
  'my-data',
  'facilitator-claim',
]);

/** Copies a picture of the last run to the README's pictures, when asked to refresh them. */
function keepForReadme(file: string, name: string): void {
  if (process.env.E2E_UPDATE_SCREENSHOTS === '1' && README_CARDS.has(name)) {
    fs.mkdirSync(README_DIR, { recursive: true });
    fs.copyFileSync(file, path.join(README_DIR, `${name}.png`));
  }
}

/** Saves the card as rendered to `<name>.png`, and to the README's pictures when asked to refresh them. */
export async function saveCard(card: Locator, name: string): Promise<void> {
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  // Away from the card, so no button is pictured as hovered.
  await card.page().mouse.move(0, 0);
  await (await card.elementHandle())?.screenshot({ path: file, animations: 'disabled' });
  keepForReadme(file, name);
}

/** Saves a web page (not the chat) as rendered, whole, to `<name>.png`. */
export async function savePage(page: Page, name: string): Promise<void> {
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  keepForReadme(file, name);
}

/** Saves the whole page as `failed-<test name>.png` (best effort: the page may be gone). */
export async function saveFailure(page: Page | undefined, testName: string): Promise<void> {
  const slug = testName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  await page
    ?.screenshot({ path: path.join(ARTIFACTS_DIR, `failed-${slug}.png`), fullPage: true })
    .catch(() => undefined);
}
