// Runs a scripts/*.ts entry point in a child Node process, as `npm run <name>` would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** What a stack trace looks like on stderr; a writer must never see one. */
export const STACK_FRAME = /^\s{4}at /m;

export function runScript(name: string, args: readonly string[], options: { cwd?: string } = {}): Promise<ScriptRun> {
  const script = fileURLToPath(new URL(`../scripts/${name}.ts`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      // No TTY and CI set: a script that would prompt must refuse instead of waiting for an answer.
      env: { ...process.env, NO_COLOR: '1', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
