import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { ruleMeta } from './rule-docs.ts';

/** Frontmatter exists, parses as YAML and is a set of `field: value` lines. */
const frontmatterYaml = lintRule<Root>(ruleMeta('frontmatter-yaml'), (tree, file) => {
  const frontmatter = file.data.frontmatter;
  if (!frontmatter) {
    const fields = file.data.translation ? 'title, summary, source_version' : 'code, title, owner…';
    file.message(`Missing frontmatter: start the file with \`---\`, the fields (${fields}), and \`---\``, {
      place: tree.children[0]?.position?.start ?? { line: 1, column: 1 },
    });
    return;
  }
  for (const problem of frontmatter.problems) file.message(problem.reason, { place: problem.place });
  const { value } = frontmatter;
  if (frontmatter.problems.length === 0 && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    file.message('Unexpected frontmatter that is not a list of `field: value` lines', { place: frontmatter.placeOf([]) });
  }
});

export default frontmatterYaml;
