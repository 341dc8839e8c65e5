import { glob } from 'node:fs/promises';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { loadCategories, loadRoles } from './directory.ts';
import { attachFrontmatter, frontmatterField } from './frontmatter.ts';
import { readSource } from './read-source.ts';
import { rules } from './rules/index.ts';
import type { DocumentKind, HandbookContext } from './types.ts';

export interface CheckOptions {
  /** The repository root, holding `content/`. */
  cwd: string;
  /** Review dates are measured from this day; defaults to now. */
  today?: Date;
}

const DOCUMENT_FOLDERS: ReadonlyArray<readonly [DocumentKind, string]> = [
  ['code', 'content/codes'],
  ['standard', 'content/standards'],
];

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
// Plain Markdown never fails to parse: it lets frontmatter rules run on a file whose MDX is broken.
const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

interface ParsedDocument {
  file: VFile;
  tree: Root;
}

/**
 * Check the whole standards repository and return one file per input with its
 * messages. Never throws on bad content: every problem becomes a message, and
 * a broken file never stops the others being checked.
 */
export async function checkRepository({ cwd, today = new Date() }: CheckOptions): Promise<VFile[]> {
  const [roles, categories] = await Promise.all([loadRoles(cwd), loadCategories(cwd)]);
  const results: VFile[] = [roles.file, categories.file];
  const documents: ParsedDocument[] = [];

  for (const [kind, folder] of DOCUMENT_FOLDERS) {
    const paths = (await Array.fromAsync(glob(`${folder}/*.mdx`, { cwd }))).sort();
    for (const path of paths) {
      const { file, readable } = await readSource(path, cwd);
      results.push(file);
      file.data.kind = kind;
      if (readable) documents.push({ file, tree: parse(file) });
    }
  }

  const context: HandbookContext = { roles: roles.ids, categories: categories.ids, codes: declaredCodes(documents), today };
  const linter = unified();
  for (const [rule, severity] of rules) {
    const config: [level: typeof severity, option: HandbookContext] = [severity, context];
    linter.use(rule, config);
  }

  for (const { file, tree } of documents) {
    try {
      await linter.run(tree, file);
    } catch (error) {
      // A rule crashing is our bug, not the writer's: say so on this file and carry on with the rest.
      file.message(`Internal checker error, please report it: ${error instanceof Error ? error.message : String(error)}`, {
        ruleId: 'internal',
        source: 'handbook',
      }).fatal = true;
    }
  }
  return results.sort((a, b) => a.path.localeCompare(b.path));
}

function parse(file: VFile): Root {
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

function declaredCodes(documents: ParsedDocument[]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const { file } of documents) {
    const code = frontmatterField(file, 'code');
    if (file.data.kind === 'code' && typeof code === 'string') codes.set(code, [...(codes.get(code) ?? []), file.path]);
  }
  return codes;
}
