import type { Nodes, Parent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';

type MdxToMdast = (source: string, options: { features: { gfm: boolean; frontmatter: boolean } }) => unknown;

let mdxToMdast: MdxToMdast | undefined;

/**
 * Load satteri's `mdxToMdast` (a native parser, about ten times faster than
 * micromark) for fastParse. Until it is loaded, or where its binary cannot
 * load, fastParse gives up on every file and callers take the exact parser.
 * Loaded on demand so that importing the model never loads a native module.
 */
export async function loadFastParser(): Promise<boolean> {
  mdxToMdast ??= await import('satteri').then(
    (satteri) => satteri.mdxToMdast as unknown as MdxToMdast,
    () => undefined,
  );
  return mdxToMdast !== undefined;
}

/**
 * The MDX tree of `text` as `parseDocument` builds it with remark-parse and
 * remark-mdx, from the fast parser; or undefined when the fast parser rejects
 * the text or its tree holds anything it is not known to give exactly as
 * micromark does (expressions, import/export, JSX attributes, two tags
 * unravelled from one paragraph, TOML or a `...` fence). The caller then
 * parses with micromark, which also words and places every syntax error.
 *
 * satteri runs @mdx-js/mdx's "unravel" step, which lifts a paragraph holding
 * only a tag (`<Say>…</Say>` alone on a line) out as a flow element, and marks
 * every tag `_mdxExplicitJsx`; both are undone here. Use the tree only to
 * decide that a file is clean: a file with any message is parsed again with
 * micromark, so every message keeps today's wording and position.
 */
export function fastParse(text: string): Root | undefined {
  if (!mdxToMdast || text.includes('\0')) return undefined;
  let tree: Root;
  try {
    // remark-parse without remark-gfm: no tables, strikethrough or autolinked URLs.
    tree = mdxToMdast(text, { features: { gfm: false, frontmatter: true } }) as Root;
  } catch {
    return undefined;
  }
  const first = tree.children[0];
  // remark-frontmatter closes YAML with `---` only; satteri also accepts `...`.
  if (first?.type === 'yaml' && !closesWithDashes(first.position?.end.offset, text)) return undefined;
  return normalise(tree, text) ? tree : undefined;
}

const closesWithDashes = (end: number | undefined, text: string) => end !== undefined && text.slice(end - 3, end) === '---';

/** Node types that hold phrasing content, as they can appear inside a paragraph of MDX without GFM. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'link', 'linkReference', 'image', 'imageReference', 'break', 'mdxJsxTextElement']);
/** Node types the fast parser gives differently (no estree, no attribute positions), or that satteri knows and remark does not. */
const UNSURE = new Set(['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'toml', 'html']);

interface Unravelled {
  paragraph: Parent & { type: 'paragraph' };
}

/** Undo unravel and the explicit-JSX mark in place; false when the tree holds something not known to match. */
function normalise(node: Nodes, text: string): boolean {
  if (UNSURE.has(node.type)) return false;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.attributes.length > 0) return false;
    const data = node.data as Record<string, unknown> | undefined;
    if (data && '_mdxExplicitJsx' in data) {
      delete data._mdxExplicitJsx;
      if (Object.keys(data).length === 0) delete node.data;
    }
  }
  if (!('children' in node)) return true;
  const children: RootContent[] = [];
  let previous: Unravelled | undefined;
  for (const child of node.children as RootContent[]) {
    if (!normalise(child, text)) return false;
    if (child.type === 'mdxJsxFlowElement' && child.children.some((grandchild) => PHRASING.has(grandchild.type))) {
      // A paragraph that held only this tag. Two from one paragraph had whitespace text between them, which unravel dropped.
      if (!child.children.every((grandchild) => PHRASING.has(grandchild.type))) return false;
      const { start, end } = child.position ?? {};
      if (!start || !end || start.offset === undefined || end.offset === undefined) return false;
      const before = children.at(-1);
      if (previous && before === previous.paragraph && !/\n[ \t]*\n/.test(text.slice(before.position?.end.offset, start.offset))) return false;
      const element = child as unknown as RootContent & { type: string };
      element.type = 'mdxJsxTextElement';
      // micromark's paragraph also takes in the spaces and tabs that end its last line.
      const trailing = /^[ \t]*(?=\r|\n|$)/.exec(text.slice(end.offset))?.[0].length ?? 0;
      const paragraphEnd = { ...end, column: end.column + trailing, offset: end.offset + trailing };
      const paragraph = { type: 'paragraph' as const, children: [element], position: { start: { ...start }, end: paragraphEnd } };
      previous = { paragraph: paragraph as unknown as Unravelled['paragraph'] };
      children.push(paragraph as unknown as RootContent);
      continue;
    }
    children.push(child);
  }
  (node as Parent).children = children;
  return true;
}
