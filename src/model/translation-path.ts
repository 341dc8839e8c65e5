import { DOCUMENT_FOLDERS, documentKindOf } from './parse-document.ts';
import type { TranslationPath } from './types.ts';

/**
 * Globs that find every translation: `content/<language>/codes/*.mdx` and
 * `content/<language>/standards/*.mdx`. Any folder name matches, not only two
 * letters, so a misnamed language folder (`content/ukr/`) is reported rather
 * than silently left out of the site.
 */
export const TRANSLATION_GLOBS: readonly string[] = DOCUMENT_FOLDERS.map(([, folder]) => `${languageFolderOf(folder)}/*.mdx`);

/** `content/uk/codes/TKT-001.mdx` → uk, code, content/codes/TKT-001.mdx; undefined for anything else. */
export function translationPathOf(path: string): TranslationPath | undefined {
  const [root, language, folder, name, ...deeper] = path.split('/');
  if (root !== 'content' || !language || !folder || !name || deeper.length > 0) return undefined;
  const originalPath = `content/${folder}/${name}`;
  const kind = documentKindOf(originalPath);
  return kind ? { language, kind, originalPath } : undefined;
}

/** The same folder one level down, under any language folder: `content/codes` gives `content/` + `*` + `/codes`. */
function languageFolderOf(folder: string): string {
  return folder.replace(/^content\//, 'content/*/');
}
