// Builds throw-away standards repositories from test/fixtures/checker: the good
// repo plus one overlay of changed files, so each bad case states only what differs.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import { checkRepository } from '../src/lint/index.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures/checker/', import.meta.url));
export const GOOD_REPO = join(FIXTURES, 'good');

/** Every test measures review dates from this day, never from the real clock. */
export const TODAY = new Date('2026-11-25T00:00:00Z');

/** An overlay lists in this file, one per line, the paths to delete from the good repo. */
const DELETE_LIST = '.delete';

export interface Finding {
  path: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  severity: 'error' | 'warning';
  reason: string;
}

/** Files to write after the overlay, for content a fixture file cannot hold well (such as non-UTF-8 bytes). */
export type ExtraFiles = Readonly<Record<string, string | Uint8Array>>;

const created: string[] = [];

/** A temp copy of the good repo with `overlay` (a folder name under bad/) and `extra` applied. */
export async function createRepo(overlay?: string, extra: ExtraFiles = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-check-'));
  created.push(root);
  await cp(GOOD_REPO, root, { recursive: true });
  if (overlay !== undefined) {
    const source = join(FIXTURES, 'bad', overlay);
    await cp(source, root, { recursive: true, filter: (path) => !path.endsWith(`/${DELETE_LIST}`) });
    const deletions = await readFile(join(source, DELETE_LIST), 'utf8').catch(() => '');
    for (const path of deletions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)) {
      await rm(join(root, path), { force: true });
    }
  }
  for (const [path, content] of Object.entries(extra)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** Remove every repo `createRepo` made; call from afterAll. */
export async function removeRepos(): Promise<void> {
  await Promise.all(created.splice(0).map((root) => rm(root, { recursive: true, force: true })));
}

export function findingsOf(files: readonly VFile[]): Finding[] {
  return files.flatMap((file) =>
    file.messages.map((message) => ({
      path: file.path,
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      severity: message.fatal === true ? ('error' as const) : ('warning' as const),
      reason: message.reason,
    })),
  );
}

/** Check the good repo with `overlay` applied and return every message, flat. */
export async function checkFixture(overlay?: string, extra?: ExtraFiles): Promise<Finding[]> {
  const cwd = await createRepo(overlay, extra);
  return findingsOf(await checkRepository({ cwd, today: TODAY }));
}

/** `path:line:column ruleId severity`, the part of a finding a table can state exactly. */
export function locate(finding: Finding): string {
  return `${finding.path}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.severity}`;
}
