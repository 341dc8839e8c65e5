import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField, type HandbookContext } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** One situation, one code: a code declared by two files is reported on every file after the first. */
const codeUnique = lintRule<Root, HandbookContext>(ruleMeta('code-unique'), (_tree, file, context) => {
  const code = frontmatterField(file, 'code');
  if (file.data.kind !== 'code' || typeof code !== 'string') return;
  const declaredBy = context.codes.get(code) ?? [];
  const first = declaredBy[0];
  if (first !== undefined && first !== file.path) {
    file.message(`Unexpected duplicate code \`${code}\`, already used by \`${first}\`; pick the next free number`, {
      place: file.data.frontmatter?.placeOf(['code']),
    });
  }
});

export default codeUnique;
