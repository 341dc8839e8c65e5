import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { documentIdOf, type PullRequestContext } from '../../model/index.ts';
import { kindNoun } from './base-change.ts';
import { ruleMeta } from './rule-docs.ts';

/** A code or a standard's address is cited as it is; renaming it breaks every citation of the old name. */
const documentRenamed = lintRule<Root, PullRequestContext>(ruleMeta('document-renamed'), (_tree, file, { baseRef }) => {
  const change = file.data.baseChange;
  if (change?.status !== 'renamed') return;
  const before = documentIdOf(change.basePath);
  const now = documentIdOf(file.path);
  file.message(
    `Unexpected rename of ${kindNoun(file)} \`${before}\` to \`${now}\` (${change.basePath} on ${baseRef}): ids are permanent; keep ${change.basePath}, retire it with \`replaced_by: ${now}\` if it is replaced, and add ${now} as a new file`,
    // For a code the id is written in `code`; a standard's id is its file name, so the top of the file.
    { place: file.data.kind === 'code' ? file.data.frontmatter?.placeOf(['code']) : { line: 1, column: 1 } },
  );
});

export default documentRenamed;
