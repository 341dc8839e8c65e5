import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type PullRequestContext } from '../../model/index.ts';
import { baseFieldOfModified } from './base-change.ts';
import { ruleMeta } from './rule-docs.ts';

/** Each approved change is a new version, so a changed document raises `version` by exactly one. */
const versionRaised = lintRule<Root, PullRequestContext>(ruleMeta('version-raised'), (_tree, file, { baseRef }) => {
  const before = baseFieldOfModified(file, 'version');
  const now = frontmatterField(file, 'version');
  // A version that is not a whole number is frontmatter-schema's to report.
  if (!Number.isInteger(before) || !Number.isInteger(now)) return;
  const expected = (before as number) + 1;
  if (now === expected) return;
  const reason =
    now === before
      ? `Unexpected unchanged \`version\` ${before}, expected ${expected}: this file differs from ${baseRef}, so raise the version by one`
      : `Unexpected \`version\` ${String(now)}, expected ${expected}: raise the version by exactly one from ${before} on ${baseRef}`;
  file.message(reason, { place: file.data.frontmatter?.placeOf(['version']) });
});

export default versionRaised;
