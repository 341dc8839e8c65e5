import { runGit } from '../run-git.ts';
import type { HistoryAvailability } from './types.ts';

/**
 * Whether the history of `cwd` can be read: not outside git, and not from a
 * shallow clone, which holds only its newest commits. One git process.
 */
export async function historyAvailability(cwd: string): Promise<HistoryAvailability> {
  const answers = await runGit(cwd, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository']).then(
    (output) => output.toString('utf8').split('\n'),
    () => undefined,
  );
  if (answers?.[0] !== 'true') return 'not-a-repository';
  return answers[1] === 'true' ? 'shallow-clone' : 'available';
}

/** Whether the repository has a commit yet: a new repository has none, and so no history to read. */
export const hasCommits = (cwd: string): Promise<boolean> =>
  runGit(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD']).then(
    () => true,
    () => false,
  );
