import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type HandbookContext } from '../../model/index.ts';
import { unknownIdReason } from './known-ids.ts';
import { ruleMeta } from './rule-docs.ts';

/** The owner answers for the document, so it must be a role the handbook knows. */
const ownerExists = lintRule<Root, HandbookContext>(ruleMeta('owner-exists'), (_tree, file, context) => {
  const owner = frontmatterField(file, 'owner');
  if (!context.roles || typeof owner !== 'string') return;
  if (!context.roles.has(owner)) {
    file.message(unknownIdReason('owner role', owner, context.roles, 'content/roles.yaml'), {
      place: file.data.frontmatter?.placeOf(['owner']),
    });
  }
});

export default ownerExists;
