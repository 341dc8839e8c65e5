import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, launchPersistentBrowser } from './support/browser.ts';
import { PHONE, servePhoneSite, type PhoneSite } from './support/site.ts';

// The sample handbook (three Aurora cinemas) on a 360 px phone: staff choose their cinema once, and the escalation
// ladder shows that cinema's shift manager, online and off. Without JavaScript every cinema's contacts are listed.
const sampleRepo = fileURLToPath(new URL('../', import.meta.url));
const CODE = '/codes/TKT-001/';

// content/roles.yaml: the shift manager of each venue, as the ladder dials them.
const SHIFT_MANAGER = {
  leeds: 'tel:+441134960102',
  manchester: 'tel:+441614960102',
  'london-southbank': 'tel:+442079460102',
};

let site: PhoneSite;

beforeAll(async () => {
  site = await servePhoneSite(sampleRepo, 'venues');
});

afterAll(() => site?.dispose());

/** The ladder's shift-manager rung. */
const shiftManagerRung = (page: Page) => page.locator('.sh-ladder__level', { has: page.locator('a[href$="/roles/shift-manager/"]') });

/** Which venues' shift-manager numbers the ladder shows (a `tel:` link a person can see). */
async function shownShiftManagers(page: Page): Promise<string[]> {
  const shown: string[] = [];
  for (const [venue, href] of Object.entries(SHIFT_MANAGER)) {
    if (await shiftManagerRung(page).locator(`a[href="${href}"]`).isVisible()) shown.push(venue);
  }
  return shown.sort();
}

describe('venues on a phone', () => {
  it('keeps the chosen venue on every page, shows its shift manager to call, prints which venue, and still knows it offline', async () => {
    const context = await launchPersistentBrowser(site.profile, PHONE);
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/`);
      // Precached before going offline: the worker is active and controls the pages.
      await expect
        .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration(location.pathname))?.active?.scriptURL))
        .toBe(`${site.origin}/sw.js`);

      await page.goto(`${site.origin}${CODE}`);
      expect(await shownShiftManagers(page)).toEqual(['leeds', 'london-southbank', 'manchester']);
      await page.getByLabel('Your cinema').selectOption('leeds');
      expect(await shownShiftManagers(page)).toEqual(['leeds']);
      const call = shiftManagerRung(page).getByRole('link', { name: 'Call +44 113 496 0102' });
      expect(await call.isVisible()).toBe(true);
      expect(await page.getByText('Contacts for Aurora Leeds Trinity').isVisible()).toBe(true);
      // Big enough to tap, and inside the 360 px screen.
      const box = await call.boundingBox();
      expect(box && box.height >= 44 && box.x >= 0 && box.x + box.width <= 360).toBe(true);

      // Changed from another page (a role page lists the venue's people too), and the code page follows.
      await page.goto(`${site.origin}/roles/shift-manager/`);
      expect(await page.getByLabel('Your cinema').inputValue()).toBe('leeds');
      expect(await page.locator(`a[href="${SHIFT_MANAGER.leeds}"]`).isVisible()).toBe(true);
      expect(await page.locator(`a[href="${SHIFT_MANAGER.manchester}"]`).isVisible()).toBe(false);
      await page.getByLabel('Your cinema').selectOption('manchester');
      expect(await page.locator(`a[href="${SHIFT_MANAGER.manchester}"]`).isVisible()).toBe(true);
      await page.goto(`${site.origin}${CODE}`);
      expect(await shownShiftManagers(page)).toEqual(['manchester']);

      // On paper the page says whose contacts it shows.
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByText('Contacts for Aurora Manchester Deansgate').isVisible()).toBe(true);
      expect(await page.getByText('Contacts for every cinema').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });

      // No network at all: the host is gone and the browser is told it is offline.
      await site.loseSignal();
      await context.setOffline(true);
      await page.reload();
      expect(await page.getByLabel('Your cinema').inputValue()).toBe('manchester');
      expect(await shownShiftManagers(page)).toEqual(['manchester']);
      const other = await context.newPage();
      await other.goto(`${site.origin}/codes/TKT-002/`);
      expect(await other.getByLabel('Your cinema').inputValue()).toBe('manchester');
      expect(await shownShiftManagers(other)).toEqual(['manchester']);

      // Back to every venue.
      await other.getByLabel('Your cinema').selectOption('');
      expect(await shownShiftManagers(other)).toEqual(['leeds', 'london-southbank', 'manchester']);
    } finally {
      await context.close();
      await site.regainSignal();
    }
  });

  it('lists every venue, grouped by venue, without JavaScript', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ ...PHONE, javaScriptEnabled: false });
      await page.goto(`${site.origin}${CODE}`);
      expect(await shownShiftManagers(page)).toEqual(['leeds', 'london-southbank', 'manchester']);
      const rows = shiftManagerRung(page).locator('[data-venues]');
      expect(await rows.locator('.sh-venue-contacts__where').allTextContents()).toEqual([
        'Aurora Leeds Trinity',
        'Aurora London Southbank',
        'Aurora Manchester Deansgate',
      ]);
      expect(await page.getByText('Contacts for every cinema').isVisible()).toBe(true);
      // Choosing needs the browser to remember it: the chooser is not offered.
      expect(await page.locator('#venue-chooser').isVisible()).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
