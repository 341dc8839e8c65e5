import { access, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { CODEOWNERS_PATH, expectedCodeowners, type DirectoryFile, type HandbookConfig } from '../model/index.ts';
import codeownersCurrent from './rules/codeowners-current.ts';
import { runRules } from './run-rules.ts';

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Check `.github/CODEOWNERS` against the content. Only a repository hosted on
 * GitHub (one with a `.github/` folder) needs the file; elsewhere this returns
 * undefined. Quiet while roles.yaml or handbook.yaml (whose `codeowners_fallback`
 * owns what no role does) is unusable: that error is reported already.
 */
export async function checkCodeowners(
  cwd: string,
  roles: DirectoryFile,
  config: HandbookConfig | undefined,
  documentFiles: readonly VFile[],
): Promise<VFile | undefined> {
  if (!(await exists(resolve(cwd, '.github')))) return undefined;
  const expected = roles.ids === undefined || config === undefined ? undefined : expectedCodeowners(String(roles.file.value), config, documentFiles);
  if (expected === undefined) return undefined;

  // A missing or empty file is the rule's to report, with the fix, rather than a bare "cannot read".
  const text = await readFile(resolve(cwd, CODEOWNERS_PATH), 'utf8').catch(() => '');
  const file = new VFile({ path: CODEOWNERS_PATH, cwd, value: text });
  const linter = unified().use(codeownersCurrent, ['error', { expected }]);
  await runRules(linter, { type: 'root', children: [] }, file);
  return file;
}
