import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, readlink } from 'node:fs/promises';
import { basename } from 'node:path';

/** A new child (Pagefind's binary) is found within this many samples. */
const RESCAN_EVERY = 5;

export interface MeasuredRun {
  exitCode: number;
  seconds: number;
  /** The largest sum of resident memory over the process and all its descendants, sampled. */
  peakTreeRssBytes: number;
  /** At the peak, resident memory by program name (`node`, `pagefind_ext…`): which process holds it. */
  peakByProgram: Record<string, number>;
  samples: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where the child's stdout and stderr go (appended); the bench keeps it for profiling. */
  logFile: string;
  /** How often to sample /proc (default 100 ms): fast enough to catch a build's plateau, cheap enough not to disturb it. */
  sampleMs?: number;
}

/**
 * Run a command and measure it from outside: wall time and the peak resident
 * memory of its whole process tree (Astro runs Pagefind's binary as a child, so
 * the node process alone would under-count). Linux only: it reads /proc.
 */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });

  let peak = 0;
  let peakByProgram: Record<string, number> = {};
  let samples = 0;
  let running = true;
  const sampler = (async () => {
    let tree: number[] = [];
    while (running && child.pid !== undefined) {
      // Finding descendants reads every process's stat; do it every few samples and only re-read sizes between.
      if (samples % RESCAN_EVERY === 0) tree = await descendantsOf(child.pid);
      const sizes = await Promise.all(tree.map(residentOf));
      const rss = sizes.reduce((sum, { bytes }) => sum + bytes, 0);
      if (rss > 0) samples++;
      if (rss > peak) {
        peak = rss;
        peakByProgram = {};
        for (const { name, bytes } of sizes) if (bytes > 0) peakByProgram[name] = (peakByProgram[name] ?? 0) + bytes;
      }
      await new Promise((resolve) => setTimeout(resolve, options.sampleMs ?? 100));
    }
  })();

  const exitCode = await exited;
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await sampler;
  await new Promise((resolve) => log.end(resolve));
  return { exitCode, seconds, peakTreeRssBytes: peak, peakByProgram, samples };
}

/** Resident memory of `rootPid` and every descendant, in bytes; 0 once the process is gone. */
export async function treeRssBytes(rootPid: number): Promise<number> {
  const sizes = await Promise.all((await descendantsOf(rootPid)).map(residentOf));
  return sizes.reduce((sum, { bytes }) => sum + bytes, 0);
}

/** `rootPid` and every process below it. */
async function descendantsOf(rootPid: number): Promise<number[]> {
  const parents = await parentTable();
  const tree = new Set([rootPid]);
  // Parents list children in any order: repeat until the set stops growing.
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** pid → parent pid for every process now running. */
async function parentTable(): Promise<Map<number, number>> {
  const table = new Map<number, number>();
  const entries = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  await Promise.all(
    entries.map(async (name) => {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
      // The command name (field 2) may hold spaces and parentheses; the fields after its last `)` do not.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[1]) table.set(Number(name), Number(fields[1]));
    }),
  );
  return table;
}

/** A process's program (its executable's file name) and resident memory; 0 bytes once it has gone. */
async function residentOf(pid: number): Promise<{ name: string; bytes: number }> {
  // Not the status Name: Node renames its main thread, which /proc reports as the process name.
  const [status, executable] = await Promise.all([readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''), readlink(`/proc/${pid}/exe`).catch(() => '?')]);
  const rss = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return { name: basename(executable), bytes: rss ? Number(rss[1]) * 1024 : 0 };
}
