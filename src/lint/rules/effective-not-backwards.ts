import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, isRealIsoDate, type PullRequestContext } from '../../model/index.ts';
import { baseFieldOfModified } from './base-change.ts';
import { ruleMeta } from './rule-docs.ts';

/** A new version cannot take effect before the version it replaces did: the history would contradict itself. */
const effectiveNotBackwards = lintRule<Root, PullRequestContext>(ruleMeta('effective-not-backwards'), (_tree, file, { baseRef }) => {
  const before = baseFieldOfModified(file, 'effective');
  const now = frontmatterField(file, 'effective');
  // The checker's YAML keeps dates as text; a date that is not real is frontmatter-schema's to report.
  if (typeof before !== 'string' || typeof now !== 'string' || !isRealIsoDate(before) || !isRealIsoDate(now)) return;
  // YYYY-MM-DD compares correctly as text.
  if (now < before) {
    file.message(`Unexpected \`effective\` ${now}, expected ${before} or later: the version on ${baseRef} took effect on ${before}`, {
      place: file.data.frontmatter?.placeOf(['effective']),
    });
  }
});

export default effectiveNotBackwards;
