import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { daysUntilReview } from './review-dates.ts';
import type { HandbookContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** A document past its review date may no longer describe how the cinema works. */
const reviewOverdue = lintRule<Root, HandbookContext>(ruleMeta('review-overdue'), (_tree, file, context) => {
  const days = daysUntilReview(file, context.today);
  if (days === undefined || days >= 0) return;
  file.message(`Unexpected \`review_by\` ${-days} day(s) in the past: review the document with its owner, then set a new date`, {
    place: file.data.frontmatter?.placeOf(['review_by']),
  });
});

export default reviewOverdue;
