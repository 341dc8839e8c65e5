import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { frontmatterField } from '../frontmatter.ts';

/**
 * What `npm run new` writes where only the writer can say what belongs. It
 * parses as a normal step or sentence, so this rule is what stops a scaffolded
 * document passing the check before someone has filled it in.
 */
export const PLACEHOLDER_MARKER = 'TODO:';

const FILLED_FIELDS = ['title', 'summary'] as const;

const placeholderText = lintRule<Root>({ origin: 'handbook:placeholder-text' }, (tree, file) => {
  for (const field of FILLED_FIELDS) {
    const value = frontmatterField(file, field);
    if (typeof value === 'string' && value.trim().startsWith(PLACEHOLDER_MARKER)) {
      file.message(`Unexpected placeholder in \`${field}\`, expected your own text: replace \`${PLACEHOLDER_MARKER} …\``, {
        place: file.data.frontmatter?.placeOf([field]),
      });
    }
  }
  if (file.data.bodyParsed === false) return;
  visit(tree, 'paragraph', (paragraph) => {
    if (!toString(paragraph).trim().startsWith(PLACEHOLDER_MARKER)) return;
    file.message(`Unexpected placeholder \`${PLACEHOLDER_MARKER} …\`, expected what staff do: write the step, or remove it`, {
      place: paragraph.position,
    });
  });
});

export default placeholderText;
