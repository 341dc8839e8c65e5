import type { DOCUMENT_KINDS, HandbookConfig } from './schema/index.ts';
import type { YamlSource } from './yaml-source.ts';

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Where a translation sits and what it translates, read from its path alone
 * (`translationPathOf`). Declared here rather than beside that function so
 * this file imports nothing that imports it back.
 */
export interface TranslationPath {
  /** The folder under content/ that names the language: `uk` in content/uk/codes/TKT-001.mdx. */
  language: string;
  kind: DocumentKind;
  /** The original it translates, which has the same file name: content/codes/TKT-001.mdx. */
  originalPath: string;
}

/** What every rule may know beyond its own file. */
export interface HandbookContext {
  /** Role ids from roles.yaml; undefined when that file is missing or broken, so rules do not pile on. */
  roles: ReadonlySet<string> | undefined;
  /** Category ids from categories.yaml; undefined when that file is missing or broken. */
  categories: ReadonlySet<string> | undefined;
  /** Every code declared in the repository and the files (relative paths) declaring it. */
  codes: ReadonlyMap<string, readonly string[]>;
  /** The slug of every standard (its file name). */
  standards: ReadonlySet<string>;
  /** The day review dates are measured against. */
  today: Date;
}

/** What the translation rules know of an original: only what a translation must agree with. */
export interface OriginalDocument {
  /** Its `version`, when that is a whole number. */
  version: number | undefined;
  /** How many steps its `## Steps` list holds; undefined for a standard, or a code without a readable list. */
  steps: number | undefined;
  /** Which level-2 section holds its steps (see `stepsPlace`), for finding them in a translation. */
  stepsPlace: number | undefined;
}

/** What every translation rule may know beyond its own file. */
export interface TranslationContext {
  /** The settings in content/handbook.yaml; undefined when that file is missing or broken, so translations are not all flagged. */
  handbook: HandbookConfig | undefined;
  /** Every original in the repository, readable or not, by its path (content/codes/TKT-001.mdx). */
  originals: ReadonlyMap<string, OriginalDocument>;
}

declare module 'vfile' {
  interface DataMap {
    /** The kind of document: for a translation, the kind of the original it translates. */
    kind: DocumentKind;
    /** Set only on translations (content/<language>/…), never on originals. */
    translation: TranslationPath;
    /** The parsed frontmatter; absent when the file has none. */
    frontmatter: YamlSource;
    /** False when MDX could not parse the body, so body rules stay quiet and only mdx-syntax speaks. */
    bodyParsed: boolean;
  }
}

/** How a document differs from the base of a pull request, for the pull-request rules. */
export interface BaseChange {
  status: 'modified' | 'renamed' | 'deleted';
  /** The path at the base: the old name of a renamed file, the path of a modified or deleted one. */
  basePath: string;
  /** The frontmatter at the base as plain data, or undefined when it was missing or broken there. */
  baseFrontmatter: Readonly<Record<string, unknown>> | undefined;
  /** The text after the frontmatter at the base, or undefined when the file could not be read there. */
  baseBody: string | undefined;
}

/** What the pull-request rules know beyond the file: the ref they compare with, as the writer named it. */
export interface PullRequestContext {
  baseRef: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Set only in pull-request mode, on documents that differ from the base. */
    baseChange: BaseChange;
  }
}
