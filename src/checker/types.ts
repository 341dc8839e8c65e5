import type { YamlSource } from './yaml-source.ts';

export type DocumentKind = 'code' | 'standard';

/** What every rule may know beyond its own file. */
export interface HandbookContext {
  /** Role ids from roles.yaml; undefined when that file is missing or broken, so rules do not pile on. */
  roles: ReadonlySet<string> | undefined;
  /** Category ids from categories.yaml; undefined when that file is missing or broken. */
  categories: ReadonlySet<string> | undefined;
  /** Every code declared in the repository and the files (relative paths) declaring it. */
  codes: ReadonlyMap<string, readonly string[]>;
  /** The day review dates are measured against. */
  today: Date;
}

declare module 'vfile' {
  interface DataMap {
    kind: DocumentKind;
    /** The parsed frontmatter; absent when the file has none. */
    frontmatter: YamlSource;
    /** False when MDX could not parse the body, so body rules stay quiet and only mdx-syntax speaks. */
    bodyParsed: boolean;
  }
}
