import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField } from '../../model/index.ts';
import { kindNoun } from './base-change.ts';
import { addTheField, EARLIER_VERSIONS_FIELD, versionOfFile, versionsBeforeWere, type NewDocumentContext } from './earlier-versions-field.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * In pull-request mode, a document the base does not have starts at version
 * 1: that is where its history on the main line will start, even when the
 * branch is squashed. A higher version means versions approved before the
 * repository, and `earlier_versions` must say where they are.
 */
const newDocumentVersion = lintRule<Root, NewDocumentContext>(ruleMeta('new-document-version'), (_tree, file, { baseRef, newDocuments }) => {
  if (!newDocuments.has(file.path)) return;
  const version = versionOfFile(file);
  if (version === undefined || version === 1 || frontmatterField(file, EARLIER_VERSIONS_FIELD) !== undefined) return;
  // earlier-versions has said it already when this branch's history starts above version 1: once is enough.
  if (file.messages.some((message) => message.ruleId === 'earlier-versions')) return;
  file.message(
    `Unexpected \`version\` ${version} on a new ${kindNoun(file)} (${baseRef} does not have it), expected 1: a document starts at version 1, or, if ${versionsBeforeWere(version)} approved before the repository, ${addTheField(version)}`,
    { place: file.data.frontmatter?.placeOf(['version']) },
  );
});

export default newDocumentVersion;
