import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMeasured, treeRssBytes } from './process-tree.ts';

const MB = 1024 * 1024;
let folder: string;
beforeAll(async () => void (folder = await mkdtemp(join(tmpdir(), 'handbook-bench-rss-'))));
afterAll(() => rm(folder, { recursive: true, force: true }));

// A grandchild that holds 200 MB of touched memory for a moment: only a whole-tree sample can see it.
const GRANDCHILD = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 1500);';
const PARENT = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: 'inherit' });`;

describe('runMeasured', () => {
  it('counts the memory of grandchildren, and logs their output', async () => {
    const logFile = join(folder, 'tree.log');
    const run = await runMeasured(process.execPath, ['-e', PARENT], { cwd: folder, logFile });
    expect(run.exitCode).toBe(0);
    expect(run.peakTreeRssBytes).toBeGreaterThan(200 * MB);
    // Both processes are node; at the peak the grandchild's 200 MB is among them.
    expect(Object.keys(run.peakByProgram)).toEqual(['node']);
    expect(run.peakByProgram.node).toBe(run.peakTreeRssBytes);
    expect(run.samples).toBeGreaterThan(3);
    expect(run.seconds).toBeGreaterThan(1.4);
    expect(await readFile(logFile, 'utf8')).toBe('1\n');
  });

  it('reports a small process as small and passes its exit code on', async () => {
    const run = await runMeasured(process.execPath, ['-e', 'setTimeout(() => process.exit(3), 300)'], { cwd: folder, logFile: join(folder, 'small.log') });
    expect(run.exitCode).toBe(3);
    expect(run.peakTreeRssBytes).toBeGreaterThan(5 * MB);
    expect(run.peakTreeRssBytes).toBeLessThan(150 * MB);
  });
});

describe('treeRssBytes', () => {
  it('is the resident memory of a running process, and 0 for one that does not exist', async () => {
    expect(await treeRssBytes(process.pid)).toBeGreaterThanOrEqual(process.memoryUsage().rss * 0.5);
    expect(await treeRssBytes(2 ** 22 + 12345)).toBe(0);
  });
});
