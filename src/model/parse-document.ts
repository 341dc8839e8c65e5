import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { fastParse } from './fast-parse.ts';
import { attachFrontmatter, attachFrontmatterFast } from './frontmatter.ts';
import { DOCUMENT_FOLDER, DOCUMENT_KINDS } from './schema/index.ts';
import type { DocumentKind } from './types.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** Where each kind of controlled document lives, relative to the repository root. */
export const DOCUMENT_FOLDERS: ReadonlyArray<readonly [DocumentKind, string]> = DOCUMENT_KINDS.map((kind) => [kind, `content/${DOCUMENT_FOLDER[kind]}`]);

/** The kind of document a repository path holds (`content/codes/TKT-001.mdx` is a code), or undefined. */
export function documentKindOf(path: string): DocumentKind | undefined {
  for (const [kind, folder] of DOCUMENT_FOLDERS) {
    const name = path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
    if (name !== undefined && !name.includes('/') && name.endsWith('.mdx')) return kind;
  }
  return undefined;
}

/** `content/codes/TKT-001.mdx` → `TKT-001`: the permanent id a document's file name carries. */
export const documentIdOf = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.mdx$/, '');

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
// Plain Markdown never fails to parse: it lets frontmatter rules run on a file whose MDX is broken.
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export interface ParsedDocument {
  file: VFile;
  tree: Root;
}

/**
 * Parse a document whose text is already in `file.value`: the MDX tree, and the
 * frontmatter with positions in `file.data.frontmatter`. Broken MDX becomes an
 * `mdx-syntax` message and the body is read as plain Markdown instead.
 */
export function parseDocument(file: VFile): Root {
  let tree: Root;
  try {
    tree = mdxParser.parse(file);
    file.data.bodyParsed = true;
  } catch (error) {
    // remark-mdx throws a VFileMessage that knows where the syntax broke.
    const cause = error as Partial<VFileMessage>;
    // Its reason may end with "(24:1-24:6)"; the place already carries the position.
    const reason = (cause.reason ?? String(error)).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, '');
    file.message(`Broken MDX: ${reason}`, {
      place: cause.place,
      ruleId: 'mdx-syntax',
      source: 'handbook',
    }).fatal = true;
    tree = markdownParser.parse(file);
    file.data.bodyParsed = false;
  }
  attachFrontmatter(tree, file);
  return tree;
}

/**
 * Which parser built a tree: `exact` is micromark, as parseDocument; `fast` is
 * satteri, whose tree is the same for the files it accepts but whose errors
 * are worded and placed differently, so a fast tree only ever shows a file is
 * clean: a file with any message is parsed again exactly.
 */
export type Parser = 'fast' | 'exact';

/**
 * As parseDocument, with the fast parser when it takes the file (nearly always)
 * and frontmatter positioned only on demand. Falls back to parseDocument, so
 * broken MDX is reported exactly as parseDocument reports it.
 */
export function parseDocumentFast(file: VFile): { tree: Root; parser: Parser } {
  const tree = fastParse(String(file.value));
  if (!tree) return { tree: parseDocument(file), parser: 'exact' };
  file.data.bodyParsed = true;
  attachFrontmatterFast(tree, file);
  return { tree, parser: 'fast' };
}

/**
 * The frontmatter of a document's text with positions, exactly as
 * parseDocument attaches it, without parsing the MDX body; undefined when the
 * text has none.
 */
export function frontmatterOfText(text: string): YamlSource | undefined {
  const first = markdownParser.parse(text).children[0];
  return first?.type === 'yaml' ? parseYamlSource(first.value, (first.position?.start.line ?? 1) + 1) : undefined;
}

/**
 * Parse one document from text that did not come from the working tree, such as
 * a file at an older commit. `path` decides its kind, as it does for the checker.
 */
export function parseDocumentText(path: string, text: string): ParsedDocument {
  const file = new VFile({ path, value: text.replace(/^\uFEFF/, '') });
  const kind = documentKindOf(path);
  if (kind) file.data.kind = kind;
  return { file, tree: parseDocument(file) };
}
