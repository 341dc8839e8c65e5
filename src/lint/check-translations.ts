import type { VFile } from 'vfile';
import {
  frontmatterField,
  readDocuments,
  stepsPlace,
  stepsSection,
  TRANSLATION_GLOBS,
  translationPathOf,
  type HandbookConfig,
  type OriginalDocument,
  type ReadDocuments,
  type TranslationContext,
} from '../model/index.ts';
import { strictErrors, translationRules } from './rules/index.ts';
import { linterFor, runRules } from './run-rules.ts';

/**
 * Find every translation (content/<language>/codes|standards/*.mdx), read it
 * as robustly as an original, and check it against `originals`. Returns a file
 * per translation, in path order.
 */
export async function checkTranslations(cwd: string, handbook: HandbookConfig | undefined, originals: ReadDocuments, strict: boolean): Promise<VFile[]> {
  const translations = await readDocuments(cwd, TRANSLATION_GLOBS, (file) => {
    const translation = translationPathOf(file.path);
    if (!translation) return;
    file.data.kind = translation.kind;
    file.data.translation = translation;
  });
  if (translations.files.length === 0) return [];

  const context: TranslationContext = { handbook, originals: summarise(originals) };
  const linter = linterFor(translationRules, context, { strict, strictErrors });
  for (const { file, tree } of translations.parsed) await runRules(linter, tree, file);
  return translations.files;
}

/** What a translation must agree with in each original: its version and how many steps it has. */
function summarise({ files, parsed }: ReadDocuments): Map<string, OriginalDocument> {
  const trees = new Map(parsed.map(({ file, tree }) => [file, tree]));
  return new Map(
    files.map((file) => {
      const version = frontmatterField(file, 'version');
      const tree = trees.get(file);
      // A body MDX could not parse was read as plain Markdown: its list is not worth counting against.
      const readable = file.data.kind === 'code' && tree && file.data.bodyParsed ? tree : undefined;
      const place = readable && stepsPlace(readable);
      const summary: OriginalDocument = {
        version: typeof version === 'number' && Number.isInteger(version) ? version : undefined,
        steps: readable && stepsSection(readable, place)?.list?.children.length,
        stepsPlace: place,
      };
      return [file.path, summary];
    }),
  );
}
