import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { documentIdOf, type PullRequestContext } from '../../model/index.ts';
import { kindNoun } from './base-change.ts';
import { ruleMeta } from './rule-docs.ts';

/** Auditors cite codes and standards by id, so a document is retired and kept, never deleted. */
const documentDeleted = lintRule<Root, PullRequestContext>(ruleMeta('document-deleted'), (_tree, file, { baseRef }) => {
  if (file.data.baseChange?.status !== 'deleted') return;
  const replacement = file.data.kind === 'code' ? '<CODE>' : '<standard>';
  file.message(
    `Unexpected deletion of ${kindNoun(file)} \`${documentIdOf(file.path)}\` (it exists on ${baseRef}): restore the file and retire it instead, with \`status: retired\` and \`replaced_by: ${replacement}\``,
    { place: { line: 1, column: 1 } },
  );
});

export default documentDeleted;
