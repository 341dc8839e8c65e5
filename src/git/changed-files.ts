import { runGit } from './run-git.ts';

export type FileChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One path that differs between a base commit and the working tree. */
export interface FileChange {
  status: FileChangeStatus;
  /** The path now; for a deleted file, the path it had. */
  path: string;
  /** For a renamed file, the path it had at the base. */
  from?: string;
}

const STATUS_BY_LETTER: Readonly<Record<string, FileChangeStatus>> = {
  A: 'added',
  M: 'modified',
  T: 'modified',
  D: 'deleted',
  R: 'renamed',
  // With -M git reports copies only when asked (-C); a copy is a new file.
  C: 'added',
};

/**
 * Files that differ between `base` and the working tree, under `paths` when
 * given, as paths relative to `cwd`: `git diff --name-status -M` for tracked files (renames detected) plus
 * untracked files that are not ignored, which count as added. Two git
 * processes whatever the number of files.
 */
export async function changedFiles(cwd: string, base: string, paths: readonly string[] = []): Promise<FileChange[]> {
  const pathspec = paths.length > 0 ? ['--', ...paths] : [];
  const [diff, untracked] = await Promise.all([
    // --relative: paths relative to cwd, like ls-files, so a handbook may live in a subfolder of its repository.
    runGit(cwd, ['diff', '--name-status', '-M', '-z', '--no-ext-diff', '--relative', base, ...pathspec]),
    runGit(cwd, ['ls-files', '--others', '--exclude-standard', '-z', ...pathspec]),
  ]);
  const changes = parseNameStatus(diff.toString('utf8'));
  for (const path of nulSeparated(untracked.toString('utf8'))) changes.push({ status: 'added', path });
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

/** Parse `git diff --name-status -z` output: a status field, then one path (or two for renames and copies). */
export function parseNameStatus(output: string): FileChange[] {
  const fields = nulSeparated(output);
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length; ) {
    const letter = fields[index]!.charAt(0);
    const status = STATUS_BY_LETTER[letter];
    const twoPaths = letter === 'R' || letter === 'C';
    const first = fields[index + 1];
    const second = twoPaths ? fields[index + 2] : undefined;
    index += twoPaths ? 3 : 2;
    // Unmerged (U) and unknown (X) entries mean a conflict in progress; there is nothing to compare yet.
    if (!status || first === undefined) continue;
    if (status === 'renamed' && second !== undefined) changes.push({ status, path: second, from: first });
    else changes.push({ status, path: second ?? first });
  }
  return changes;
}

const nulSeparated = (text: string) => text.split('\0').filter((field) => field !== '');
