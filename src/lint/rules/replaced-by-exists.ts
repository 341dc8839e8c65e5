import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type HandbookContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/**
 * A retired document sends staff to its replacement, so the replacement must
 * exist, be of the same kind, and not be the document itself.
 */
const replacedByExists = lintRule<Root, HandbookContext>(ruleMeta('replaced-by-exists'), (_tree, file, context) => {
  const replacement = frontmatterField(file, 'replaced_by');
  if (typeof replacement !== 'string') return;
  const place = file.data.frontmatter?.placeOf(['replaced_by']);
  const self = file.data.kind === 'code' ? frontmatterField(file, 'code') : file.stem;
  if (replacement === self) {
    file.message(`Unexpected \`replaced_by\` \`${replacement}\`: a document cannot replace itself`, { place });
  } else if (file.data.kind === 'code' && !context.codes.has(replacement)) {
    file.message(`Unexpected \`replaced_by\` \`${replacement}\`: no file in content/codes declares it; write the new code first`, { place });
  } else if (file.data.kind === 'standard' && !context.standards.has(replacement)) {
    file.message(`Unexpected \`replaced_by\` \`${replacement}\`: there is no content/standards/${replacement}.mdx`, { place });
  }
});

export default replacedByExists;
