import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { changedFiles, readFilesAtRef, runGitText } from '../git/index.ts';
import { bodyOf, frontmatterField, parseDocumentText, TRANSLATION_GLOBS, translationPathOf, type PullRequestContext } from '../model/index.ts';
import type { PullRequestBase } from './pull-request-base.ts';
import { translationPullRequestRules } from './rules/index.ts';
import { linterFor, runRules } from './run-rules.ts';

/** What pull-request mode knows about a translation that differs from the base, for the translation-… pull-request rules. */
export interface TranslationChange {
  /** Its `source_version` at the base, when a whole number there. */
  baseSourceVersion: number | undefined;
  /** The original's `version` in the working tree, when a whole number. */
  originalVersion: number | undefined;
  /** Whether what is read (title, summary or body) differs from the base; new phrases alone are not an edit. */
  textEdited: boolean;
  /**
   * Whether what is read of the original (title, summary or body) differs between the version the translation
   * translated at the base and the version it names now; undefined when not asked (the text was edited, or
   * `source_version` did not rise) or when git does not hold one of the two versions.
   */
  originalTextChanged: boolean | undefined;
}

declare module 'vfile' {
  interface DataMap {
    /** Set only in pull-request mode, on translations modified against the base. */
    translationChange: TranslationChange;
  }
}

/**
 * Run the pull-request rules for translations on every translation modified
 * against the base (`content/<language>/codes|standards/*.mdx`). Returns a
 * file for each translation they report on; the translation's other findings
 * are already on its own file from the full check.
 */
export async function checkTranslationChanges(base: PullRequestBase, cwd: string): Promise<VFile[]> {
  const modified = (await changedFiles(cwd, base.commit, TRANSLATION_GLOBS)).filter(
    (change) => change.status === 'modified' && translationPathOf(change.path) !== undefined,
  );
  if (modified.length === 0) return [];
  const baseTexts = await readFilesAtRef(
    cwd,
    base.commit,
    modified.map(({ path }) => path),
  );
  const context: PullRequestContext = { baseRef: base.ref };
  const linter = linterFor(translationPullRequestRules, context);

  const reported: VFile[] = [];
  for (const { path } of modified) {
    const baseText = baseTexts.get(path);
    const translation = translationPathOf(path);
    if (baseText === undefined || !translation) continue;
    const now = parseDocumentText(path, await readFile(join(cwd, path), 'utf8'));
    const { file, tree } = now;
    file.data.kind = translation.kind;
    file.data.translation = translation;
    const before = readText(parseDocumentText(path, baseText), baseText);
    // A missing original is translation-original-exists' to report.
    const original = await readWorkingText(cwd, translation.originalPath).catch(() => undefined);
    const baseSourceVersion = wholeNumber(before.frontmatter.source_version);
    const sourceVersion = wholeNumber(frontmatterField(file, 'source_version'));
    const textEdited = translatedText(before) !== translatedText(readText({ file, tree }, String(file.value)));
    const sourceRaised = baseSourceVersion !== undefined && sourceVersion !== undefined && sourceVersion > baseSourceVersion;
    file.data.translationChange = {
      baseSourceVersion,
      originalVersion: wholeNumber(original?.frontmatter.version),
      textEdited,
      originalTextChanged:
        !textEdited && sourceRaised && original
          ? await originalTextDiffers(cwd, translation.originalPath, original, baseSourceVersion, sourceVersion)
          : undefined,
    };
    await runRules(linter, tree, file);
    if (file.messages.length > 0) reported.push(file);
  }
  return reported;
}

interface Reading {
  frontmatter: Record<string, unknown>;
  title: unknown;
  summary: unknown;
  body: string;
}

/** The fields a translation translates and its body, from a parsed document. */
function readText({ file, tree }: { file: VFile; tree: Root }, text: string): Reading {
  const value = file.data.frontmatter?.value;
  const frontmatter = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { frontmatter, title: frontmatter.title, summary: frontmatter.summary, body: bodyOf(tree, text) };
}

async function readWorkingText(cwd: string, path: string): Promise<Reading> {
  const text = await readFile(join(cwd, path), 'utf8');
  return readText(parseDocumentText(path, text), text);
}

/** What a reader reads of a document, for comparing two texts: title, summary and body, each trimmed. */
const translatedText = ({ title, summary, body }: Reading) => JSON.stringify([String(title ?? '').trim(), String(summary ?? '').trim(), body.trim()]);

const wholeNumber = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);

/**
 * Whether the original's title, summary or body differs between version `from` and version `to`, each found in
 * the working tree or in the commits that changed the original; undefined when git holds one of them nowhere.
 */
async function originalTextDiffers(cwd: string, path: string, now: Reading, from: number, to: number): Promise<boolean | undefined> {
  const versions = new Map<number, string>();
  const nowVersion = wholeNumber(now.frontmatter.version);
  if (nowVersion !== undefined) versions.set(nowVersion, translatedText(now));
  if (!versions.has(from) || !versions.has(to)) {
    const commits = (await runGitText(cwd, ['log', '--format=%H', 'HEAD', '--', path])).split('\n').filter(Boolean);
    for (const commit of commits) {
      const text = (await readFilesAtRef(cwd, commit, [path])).get(path);
      if (text === undefined) continue;
      const reading = readText(parseDocumentText(path, text), text);
      const version = wholeNumber(reading.frontmatter.version);
      // The newest commit holding a version is that version as approved.
      if (version !== undefined && !versions.has(version)) versions.set(version, translatedText(reading));
      if (version !== undefined && version <= Math.min(from, to)) break;
    }
  }
  const [before, after] = [versions.get(from), versions.get(to)];
  return before === undefined || after === undefined ? undefined : before !== after;
}
