import { rehypeHeadingIds, type MarkdownHeading } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { List, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { CONTENT_COMPONENTS, findExecutableContent, stepsSection, type ContentComponentName } from '../../model/index.ts';
import { en } from '../i18n/en.ts';

/** What a body turns into: the HTML Astro stores as `rendered.html`, and its headings. */
export interface RenderedBody {
  html: string;
  headings: MarkdownHeading[];
}

/** Content the site will not render, with where it is: the build stops on it, as the checker would have. */
export class RefusedContent extends Error {
  constructor(path: string, place: { line: number; column: number } | undefined, reason: string) {
    super(`${path}:${place?.line ?? 1}:${place?.column ?? 1}: ${reason}`);
    this.name = 'RefusedContent';
  }
}

export interface RenderOptions {
  /** The file's path, for messages (`content/codes/TKT-001.mdx`). */
  path: string;
  /**
   * Which level-2 section holds the steps to mark for the checklist: `'own'` for a code (its `## Steps`), the
   * original's `stepsPlace` for a translation, undefined for a standard.
   */
  stepsPlace: number | 'own' | undefined;
}

// The same Markdown as the checker reads, plus GitHub's tables and strike-through, as Astro's default has.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * The tree of a document: from satteri, Astro's native parser (about 20 times faster: every version of every
 * document is parsed here), or from the remark parser when satteri refuses the text, so that broken MDX stops
 * the build with remark-mdx's message and position, the ones the checker gives.
 */
export function documentTree(source: string, file: VFile = new VFile({ value: source })): Root {
  try {
    return mdxToMdast(source, { features: { gfm: true, frontmatter: true } }) as Root;
  } catch {
    return parser.runSync(parser.parse(file), file) as Root;
  }
}
const known = new Set<string>(CONTENT_COMPONENTS);

/**
 * Compile an MDX document to HTML without compiling it to JavaScript: nothing
 * in it can run. The handbook's three components become the HTML their
 * stylesheet (src/site/styles/content.css) expects; anything else is refused.
 * Labels come out in English: the page puts them in the reader's language.
 */
export function renderBody(source: string, { path, stepsPlace }: RenderOptions): RenderedBody {
  const file = new VFile({ path, value: source });
  const tree = documentTree(source, file);

  const [executable] = findExecutableContent(tree);
  if (executable) throw new RefusedContent(path, executable.node.position?.start, executable.reason);
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && !known.has(node.name ?? '')) {
      throw new RefusedContent(
        path,
        node.position?.start,
        `Unexpected \`<${node.name ?? ''}>\`, expected one of the handbook's components: ${CONTENT_COMPONENTS.join(', ')}`,
      );
    }
  });

  unravelComponentParagraphs(tree);
  const steps: List | undefined = stepsPlace === undefined ? undefined : stepsSection(tree, stepsPlace === 'own' ? undefined : stepsPlace)?.list;
  if (steps) steps.data = { ...steps.data, hProperties: { ...steps.data?.hProperties, className: ['sh-steps'] } };

  const hast = toHast(tree, { handlers: { mdxJsxFlowElement: component, mdxJsxTextElement: component } }) as HastRoot;
  // Astro's own heading ids, so anchors and citations to a section stay what they were.
  (rehypeHeadingIds() as (tree: HastRoot, file: VFile) => void)(hast, file);
  const headings = (file.data as { astro?: { headings?: MarkdownHeading[] } }).astro?.headings ?? [];
  escapeTextAsAstroDoes(hast);
  return { html: toHtml(hast, { allowDangerousHtml: true }), headings };
}

/**
 * A line holding only a component (`<Say>…</Say>`) is not a paragraph, as in
 * MDX's own compiler: the component stands alone, not inside a `<p>`.
 */
function unravelComponentParagraphs(tree: Root) {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const onlyComponents = node.children.every((child) => child.type === 'mdxJsxTextElement' || (child.type === 'text' && child.value.trim() === ''));
    if (!onlyComponents || !node.children.some((child) => child.type === 'mdxJsxTextElement')) return;
    const components = node.children.flatMap((child) =>
      child.type === 'mdxJsxTextElement' ? [{ ...child, type: 'mdxJsxFlowElement' } as MdxJsxFlowElement] : [],
    );
    parent.children.splice(index, 1, ...(components as typeof parent.children));
    return index + components.length;
  });
}

/**
 * Astro escapes `'` and `"` in text as well as `<` and `&`; so do we, so a
 * page's HTML is the same byte for byte as when Astro compiled the MDX.
 */
function escapeTextAsAstroDoes(tree: HastRoot) {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined) return;
    parent.children[index] = { type: 'raw', value: escapeText(node.value) } as unknown as ElementContent;
  });
}

const escapeText = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');

const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** `<Say>`, `<Note>`, `<Warning>` as the markup their styles are written for. */
function component(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const name = node.name as ContentComponentName;
  const children = state.all(node as Nodes);
  if (name === 'Say') {
    return element('span', { className: ['sh-say'] }, [
      element('span', { className: ['sh-say__label'] }, [text(`${en.content.say}: `)]),
      element('q', {}, children),
    ]);
  }
  const tone = name === 'Note' ? 'note' : 'warning';
  const label = en.content[tone];
  return element('aside', { className: ['sh-callout', `sh-callout--${tone}`], ariaLabel: label }, [
    element('strong', { className: ['sh-callout__label'] }, [text(`${label}: `)]),
    ...children,
  ]);
}
