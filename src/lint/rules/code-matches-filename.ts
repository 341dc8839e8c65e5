import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { frontmatterField } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** A code lives in `content/codes/<CODE>.mdx`, so a link or a citation finds its file by name. */
const codeMatchesFilename = lintRule<Root>(ruleMeta('code-matches-filename'), (_tree, file) => {
  const code = frontmatterField(file, 'code');
  if (file.data.kind !== 'code' || typeof code !== 'string' || code === file.stem) return;
  file.message(`Unexpected code \`${code}\` in file \`${file.basename}\`, expected \`${file.stem}\`; rename the file or fix the code`, {
    place: file.data.frontmatter?.placeOf(['code']),
  });
});

export default codeMatchesFilename;
