import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuildableRepo, type BuildableRepo } from './support/git-repo.ts';
import { stepNumberOverlaps } from './support/layout.ts';
import { openBuiltSite, type OpenSite } from './support/site.ts';

// A code as long as real ones get: twelve steps, long role names, a long title. Every page type must still fit a phone.
const STEPS = Array.from(
  { length: 12 },
  (_, index) =>
    `${index + 1}. **${index % 2 === 0 ? 'Cloakroom attendant' : 'Shift manager'}:** Check hook ${index + 10} and the hooks either side before you tell the guest anything.`,
).join('\n');

const LONG_CODE = `---
code: TKT-012
title: Guest's tickets, booking confirmation and loyalty card all missing at once
summary: A guest arrives for a sold-out premiere with nothing to show for the seats they paid for.
category: tickets
severity: high
owner: cinema-manager
version: 1
effective: 2026-03-01
review_by: 2030-01-01
escalation:
  - role: shift-manager
    after: 10 min
---

## Steps

${STEPS}
`;

const PAGES = ['/', '/codes/', '/codes/TKT-012/', '/codes/TKT-012/v1/', '/roles/cinema-manager/'];

describe('a twelve-step code on a phone', () => {
  let repo: BuildableRepo;
  let built: OpenSite;
  let page: Page;

  beforeAll(async () => {
    repo = await createBuildableRepo('long-code-');
    await repo.write('content/codes/TKT-012.mdx', LONG_CODE);
    repo.commit('TKT-012');
    built = await openBuiltSite(repo.root);
    page = await built.browser.newPage({ isMobile: true, hasTouch: true });
  });

  afterAll(async () => {
    await built?.close();
    await repo?.dispose();
  });

  it.each(PAGES.flatMap((path) => [320, 360].map((width) => [path, width] as const)))('%s fits %i px', async (path, width) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`${built.origin}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });

  it.each([320, 360])('keeps every step number, 10., 11. and 12. included, clear of its text at %i px', async (width) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`${built.origin}/codes/TKT-012/`);
    const { steps, overlapping } = await stepNumberOverlaps(page);
    expect(steps).toBe(12);
    expect(overlapping).toEqual([]);
  });
});
