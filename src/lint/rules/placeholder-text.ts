import { lintRule } from 'unified-lint-rule';
import type { Root, Text } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { placeholder, PLACEHOLDER_CLOSE, PLACEHOLDER_OPEN } from '../../model/index.ts';
import { ruleMeta } from './rule-docs.ts';

/** How messages show the marker. */
const MARKER = placeholder('…');

/** A `⟦write: …⟧` that `npm run new` left (see src/model/placeholder.ts), in a field or in the text: a gap nobody filled. */
const placeholderText = lintRule<Root>(ruleMeta('placeholder-text'), (tree, file) => {
  const frontmatter = file.data.frontmatter;
  if (frontmatter) {
    for (const path of markedStrings(frontmatter.value, [])) {
      file.message(`Unexpected placeholder in \`${path.join('.')}\`, expected your own text: replace \`${MARKER}\` with what it asks for`, {
        place: frontmatter.placeOf(path),
      });
    }
  }
  if (file.data.bodyParsed === false) return;

  // Only text: code, inline code and attribute values may show the marker, as docs/writing-standards.md does.
  // A placeholder may hold **bold** words, so its closing bracket can be in a later text node: only a closing
  // bracket with no opening one before it is a placeholder of its own.
  let open = 0;
  visit(tree, 'text', (node) => {
    for (const { bracket, nth } of bracketsIn(node.value)) {
      if (bracket === PLACEHOLDER_OPEN) open += 1;
      else if (open > 0) {
        open -= 1;
        continue;
      }
      file.message(`Unexpected placeholder \`${MARKER}\`, expected your own text: write what it asks for, or remove it`, {
        place: pointIn(file, node, bracket, nth),
      });
    }
  });
});

/** Paths of every string in the frontmatter that holds a bracket of the marker. */
function markedStrings(value: unknown, path: Array<string | number>): Array<Array<string | number>> {
  if (typeof value === 'string') return value.includes(PLACEHOLDER_OPEN) || value.includes(PLACEHOLDER_CLOSE) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => markedStrings(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => markedStrings(item, [...path, key]));
  return [];
}

/** Each bracket of the marker in `text`, in order, with how many of the same bracket come before it. */
function* bracketsIn(text: string): Generator<{ bracket: string; nth: number }> {
  const seen = new Map<string, number>();
  for (const char of text) {
    if (char !== PLACEHOLDER_OPEN && char !== PLACEHOLDER_CLOSE) continue;
    const nth = seen.get(char) ?? 0;
    seen.set(char, nth + 1);
    yield { bracket: char, nth };
  }
}

/**
 * Where the `nth` `bracket` of a text node is written. Found in the source rather than counted in the value, which
 * can differ from what was typed (an escape, a line break); falls back to the start of the node.
 */
function pointIn(file: VFile, node: Text, bracket: string, nth: number): Point | undefined {
  const { start, end } = node.position ?? {};
  if (!start || !end || start.offset === undefined || end.offset === undefined) return start;
  const source = String(file.value).slice(start.offset, end.offset);
  let at = -1;
  for (let seen = 0; seen <= nth; seen += 1) {
    at = source.indexOf(bracket, at + 1);
    if (at === -1) return start;
  }
  const lines = source.slice(0, at).split('\n');
  return lines.length === 1 ? { line: start.line, column: start.column + at } : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

export default placeholderText;
