import { glob } from 'node:fs/promises';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { loadCategories, loadRoles } from './directory.ts';
import { frontmatterField } from './frontmatter.ts';
import { DOCUMENT_FOLDERS, parseDocument, type ParsedDocument } from './parse-document.ts';
import { readSource } from './read-source.ts';
import { rules } from './rules/index.ts';
import type { HandbookContext } from './types.ts';

export interface CheckOptions {
  /** The repository root, holding `content/`. */
  cwd: string;
  /** Review dates are measured from this day; defaults to now. */
  today?: Date;
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
      if (readable) documents.push({ file, tree: parseDocument(file) });
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

function declaredCodes(documents: ParsedDocument[]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const { file } of documents) {
    const code = frontmatterField(file, 'code');
    if (file.data.kind === 'code' && typeof code === 'string') codes.set(code, [...(codes.get(code) ?? []), file.path]);
  }
  return codes;
}
