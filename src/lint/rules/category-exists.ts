import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type HandbookContext } from '../../model/index.ts';
import { unknownIdReason } from './known-ids.ts';
import { ruleMeta } from './rule-docs.ts';

/** Pages are grouped by category, so each document names one that exists. */
const categoryExists = lintRule<Root, HandbookContext>(ruleMeta('category-exists'), (_tree, file, context) => {
  const category = frontmatterField(file, 'category');
  if (!context.categories || typeof category !== 'string') return;
  if (!context.categories.has(category)) {
    file.message(unknownIdReason('category', category, context.categories, 'content/categories.yaml'), {
      place: file.data.frontmatter?.placeOf(['category']),
    });
  }
});

export default categoryExists;
