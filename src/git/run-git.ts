import { execFile } from 'node:child_process';

/** A git command that failed, with git's own first line of explanation. */
export class GitError extends Error {
  readonly args: readonly string[];
  readonly stderr: string;

  constructor(args: readonly string[], stderr: string, cause?: unknown) {
    const reason =
      stderr
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.replace(/^(fatal|error): /, '') ?? 'git failed';
    super(`git ${args[0] ?? ''}: ${reason}`, { cause });
    this.name = 'GitError';
    this.args = args;
    this.stderr = stderr;
  }
}

// Whole histories of a handbook fit easily; the default 1 MiB would cut off a large diff.
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/**
 * Run git in `cwd` and return stdout as bytes, so callers choose how to decode.
 * `input` is written to git's stdin (for the --batch commands).
 */
export function runGit(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      // LC_ALL=C keeps git's messages in English whatever the machine's language, so errors read the same everywhere.
      { cwd, encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (error) reject(new GitError(args, stderr.toString('utf8') || error.message, error));
        else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Run git and return trimmed UTF-8 stdout. */
export async function runGitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await runGit(cwd, args)).toString('utf8').trim();
}
