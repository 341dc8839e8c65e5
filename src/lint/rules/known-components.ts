import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { CONTENT_COMPONENTS, FORBIDDEN_ELEMENTS } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

const known = new Set<string>(CONTENT_COMPONENTS);

/** Only the site's own components render; anything else would fail the build or show as raw tags. */
const knownComponents = lintRule<Root>(ruleMeta('known-components'), (tree, file) => {
  if (file.data.bodyParsed === false) return;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    // Those are no-executable-content's to report, with a clearer reason.
    if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) return;
    if (!known.has(name)) {
      file.message(`Unexpected \`<${name}>\`, expected one of the handbook's components: ${CONTENT_COMPONENTS.join(', ')}`, {
        place: node.position,
      });
    }
  });
});

export default knownComponents;
