import { GitError, runGit, runGitText } from './run-git.ts';

/** True when `cwd` is a shallow clone, whose history stops before the first commit. */
export async function isShallowClone(cwd: string): Promise<boolean> {
  return (await runGitText(cwd, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

/** The commit `ref` names, or undefined when it names none. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  try {
    // --end-of-options keeps a ref that starts with "-" from being read as an option.
    return (await runGitText(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])) || undefined;
  } catch (error) {
    if (error instanceof GitError) return undefined;
    throw error;
  }
}

/** Why a base ref cannot be compared against; the message says what to do. */
export class BaseRefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaseRefError';
  }
}

/**
 * The commit a branch started from: the merge base of `ref` and HEAD. Comparing
 * with it, not with the tip of `ref`, keeps changes merged into the base since
 * the branch started out of the comparison.
 */
export async function comparisonBase(cwd: string, ref: string): Promise<string> {
  const inRepository = await runGit(cwd, ['rev-parse', '--git-dir']).then(
    () => true,
    () => false,
  );
  if (!inRepository) throw new BaseRefError(`Cannot compare with ${ref}: ${cwd} is not inside a git repository`);
  const commit = await resolveCommit(cwd, ref);
  const shallow = await isShallowClone(cwd);
  const fetchHint = shallow
    ? ' This clone is shallow: fetch the whole history (actions/checkout with `fetch-depth: 0`, or `git fetch --unshallow`).'
    : ' Fetch it first, for example `git fetch origin main`.';
  if (!commit) throw new BaseRefError(`Unknown base ref ${ref}: no commit has that name.${fetchHint}`);
  try {
    return await runGitText(cwd, ['merge-base', commit, 'HEAD']);
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    throw new BaseRefError(`Cannot find where this branch left ${ref}: the two share no history here.${fetchHint}`);
  }
}
