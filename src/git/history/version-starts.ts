import { frontmatterData } from '../../model/index.ts';

/** The file at one commit, oldest first in a file's sequence. */
export interface FileAtCommit {
  commit: string;
  text: string;
}

/** The `version` in a file's frontmatter, or undefined when it cannot be read. */
export function versionOf(text: string): number | undefined {
  const version = frontmatterData(text)?.version;
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : undefined;
}

/**
 * The commits that start each version of a file: every commit in which
 * `version` took a value it had not had before. Later commits that leave the
 * version alone belong to the version already started; a version number seen
 * again (a revert) keeps its first start.
 */
export function versionStarts(sequence: readonly FileAtCommit[]): Array<FileAtCommit & { version: number }> {
  const starts: Array<FileAtCommit & { version: number }> = [];
  const seen = new Set<number>();
  for (const state of sequence) {
    const version = versionOf(state.text);
    if (version === undefined || seen.has(version)) continue;
    seen.add(version);
    starts.push({ ...state, version });
  }
  return starts;
}
