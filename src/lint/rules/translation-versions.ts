import type { VFile } from 'vfile';
import { frontmatterField, type TranslationContext } from '../../model/index.ts';

/**
 * A translation's `source_version` and its original's `version`, when both
 * are whole numbers; otherwise undefined, since a bad or missing number is
 * translation-fields' or frontmatter-schema's to report.
 */
export function translationVersions(file: VFile, { originals }: TranslationContext): { source: number; original: number } | undefined {
  const translation = file.data.translation;
  const source = frontmatterField(file, 'source_version');
  const original = translation && originals.get(translation.originalPath)?.version;
  if (typeof source !== 'number' || !Number.isInteger(source) || original === undefined) return undefined;
  return { source, original };
}
