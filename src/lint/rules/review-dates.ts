import type { VFile } from 'vfile';
import { frontmatterField, isRealIsoDate } from '../../model/index.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `today` to the file's `review_by`, or undefined when the date is missing or not real. */
export function daysUntilReview(file: VFile, today: Date): number | undefined {
  const reviewBy = frontmatterField(file, 'review_by');
  if (typeof reviewBy !== 'string' || !isRealIsoDate(reviewBy)) return undefined;
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${reviewBy}T00:00:00Z`) - todayUtc) / DAY_MS);
}

export const REVIEW_WARNING_DAYS = 30;
