import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type PullRequestContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A translation edited in a pull request is approved anew as what the original says. When the original has
 * moved on since the version it translates, the edit brings it up to that version: an outdated text approved
 * again would still tell staff what the handbook no longer asks, behind a notice that it is old.
 */
const translationEditCurrent = lintRule<Root, PullRequestContext>(ruleMeta('translation-edit-current'), (_tree, file, { baseRef }) => {
  const change = file.data.translationChange;
  const source = frontmatterField(file, 'source_version');
  if (!change?.textEdited || change.originalVersion === undefined || typeof source !== 'number' || !Number.isInteger(source)) return;
  if (source >= change.originalVersion) return;
  file.message(
    `Unexpected edit of a translation of version ${source}, expected a translation of version ${change.originalVersion}: the original is at version ${change.originalVersion}; translate what changed since version ${source} and set source_version: ${change.originalVersion}, or leave the file as it is on ${baseRef}`,
    { place: file.data.frontmatter?.placeOf(['source_version']) },
  );
});

export default translationEditCurrent;
