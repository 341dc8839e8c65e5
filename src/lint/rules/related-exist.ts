import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type HandbookContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** Related codes are links staff will tap, so each must lead to a code that exists. */
const relatedExist = lintRule<Root, HandbookContext>(ruleMeta('related-exist'), (_tree, file, context) => {
  const related = frontmatterField(file, 'related');
  const own = frontmatterField(file, 'code');
  if (file.data.kind !== 'code' || !Array.isArray(related)) return;
  related.forEach((code: unknown, index) => {
    if (typeof code !== 'string') return;
    const place = file.data.frontmatter?.placeOf(['related', index]);
    if (code === own) file.message(`Unexpected related code \`${code}\`: a code cannot be related to itself`, { place });
    else if (!context.codes.has(code)) file.message(`Unexpected related code \`${code}\`: no file in content/codes declares it`, { place });
  });
});

export default relatedExist;
