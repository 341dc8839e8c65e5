import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { daysUntilReview, REVIEW_WARNING_DAYS } from './review-dates.ts';
import type { HandbookContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** A warning while there is still time to plan the review. */
const reviewDueSoon = lintRule<Root, HandbookContext>(ruleMeta('review-due-soon'), (_tree, file, context) => {
  const days = daysUntilReview(file, context.today);
  if (days === undefined || days < 0 || days > REVIEW_WARNING_DAYS) return;
  file.message(`Review due in ${days} day(s) (\`review_by\` within ${REVIEW_WARNING_DAYS} days): plan the review with the owner`, {
    place: file.data.frontmatter?.placeOf(['review_by']),
  });
});

export default reviewDueSoon;
