import type { Page } from 'playwright-core';

/**
 * The steps of the code page open in `page`, and those whose number (drawn by
 * `::before`) runs into the step's text: the same text in the same font is
 * measured to see where the number ends.
 */
export async function stepNumberOverlaps(page: Page): Promise<{ steps: number; overlapping: string[] }> {
  const overlaps = await page.locator('.sh-steps > li').evaluateAll((steps) =>
    steps.map((step, index) => {
      const marker = getComputedStyle(step, '::before');
      const probe = Object.assign(document.createElement('span'), { textContent: `${index + 1}.` });
      probe.style.font = marker.font;
      probe.style.position = 'absolute';
      document.body.append(probe);
      const numberEnd = step.getBoundingClientRect().left + parseFloat(marker.insetInlineStart) + probe.getBoundingClientRect().width;
      probe.remove();
      const textStart = step.getBoundingClientRect().left + parseFloat(getComputedStyle(step).paddingInlineStart);
      return numberEnd <= textStart ? null : `step ${index + 1}`;
    }),
  );
  return { steps: overlaps.length, overlapping: overlaps.filter((overlap): overlap is string => overlap !== null) };
}
