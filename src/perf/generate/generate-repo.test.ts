import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../../lint/index.ts';
import { generateRepo, type GeneratedRepo } from './generate-repo.ts';
import { codeId, planRepo } from './repo-plan.ts';
import { BENCH_PARENT, BENCH_TODAY, generateBenchRepo } from '../bench/run-bench.ts';

const roots: string[] = [];
async function generate(seed: number, codes: number, standards: number, versions = 1): Promise<GeneratedRepo> {
  const root = await mkdtemp(join(tmpdir(), 'handbook-bench-gen-'));
  roots.push(root);
  return generateRepo({ root, seed, codes, standards, versions });
}
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** Every content file's path and text, as one digest: equal digests mean byte-identical repos. */
async function digestOf(root: string): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['content', 'content/codes', 'content/standards']) {
    for (const entry of (await readdir(join(root, folder), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isFile()) hash.update(`${folder}/${entry.name}\0${await readFile(join(root, folder, entry.name), 'utf8')}\0`);
    }
  }
  return hash.digest('hex');
}

const gitLines = (root: string, args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim().split('\n').filter(Boolean);

describe('generateRepo', () => {
  it('writes the same files for the same seed and different ones for another seed', async () => {
    const [first, again, other] = await Promise.all([generate(7, 40, 5), generate(7, 40, 5), generate(8, 40, 5)]);
    expect(await digestOf(first.root)).toBe(await digestOf(again.root));
    expect(await digestOf(first.root)).not.toBe(await digestOf(other.root));
  });

  it('writes the requested number of codes and standards, each code in its own file', async () => {
    const repo = await generate(3, 137, 11);
    const codes = await readdir(join(repo.root, 'content/codes'));
    expect(codes).toHaveLength(137);
    expect(await readdir(join(repo.root, 'content/standards'))).toHaveLength(11);
    expect(new Set(codes).size).toBe(137);
    expect(codes.sort()).toEqual(repo.plan.codes.map(({ code }) => `${code}.mdx`).sort());
    expect(repo.files).toBe(137 + 11 + 3);
  });

  it('writes content the checker passes without an error or a warning', async () => {
    const repo = await generate(11, 250, 25, 2);
    const messages = (await checkRepository({ cwd: repo.root, today: new Date(`${BENCH_TODAY}T00:00:00Z`) })).flatMap((file) =>
      file.messages.map((message) => `${file.path}:${message.line}: ${message.reason}`),
    );
    expect(messages).toEqual([]);
  });

  it('gives each code words no other code uses, so the search index grows with the content', async () => {
    const repo = await generate(5, 30, 0);
    const texts = await Promise.all(repo.plan.codes.map(({ code }) => readFile(join(repo.root, `content/codes/${code}.mdx`), 'utf8')));
    repo.plan.codes.forEach((plan, index) => {
      for (const word of plan.words) {
        expect(texts[index]).toContain(word);
        expect(texts.filter((text) => text.includes(word))).toHaveLength(1);
      }
    });
  });

  it('with versions, commits once per round and gives every file that many versions, the last one checked out', async () => {
    const repo = await generate(2, 12, 3, 3);
    expect(gitLines(repo.root, ['log', '--format=%s'])).toEqual([
      'Version 3 of every document',
      'Version 2 of every document',
      'First issue of every document',
    ]);
    const code = repo.plan.codes[4]!.code;
    const path = `content/codes/${code}.mdx`;
    expect(gitLines(repo.root, ['log', '--format=%H', '--', path])).toHaveLength(3);
    const versions = gitLines(repo.root, ['log', '-p', '--format=', '--', path]).filter((line) => /^\+version: \d+$/.test(line));
    expect(versions).toEqual(['+version: 3', '+version: 2', '+version: 1']);
    expect(await readFile(join(repo.root, path), 'utf8')).toMatch(/^version: 3$/m);
    expect(gitLines(repo.root, ['status', '--porcelain'])).toEqual([]);
  });

  it('makes even a single version a git repository, so the site never reads the project’s own history', async () => {
    const repo = await generate(2, 5, 1);
    expect(gitLines(repo.root, ['rev-parse', '--show-toplevel'])).toEqual([repo.root]);
    expect(gitLines(repo.root, ['rev-list', '--count', 'HEAD'])).toEqual(['1']);
  });
});

describe('generateBenchRepo', () => {
  it('writes a kept repo in the project’s ignored folder, where packages resolve', async () => {
    const { root, seconds } = await generateBenchRepo({
      codes: 5,
      standards: 1,
      versions: 1,
      seed: 1,
      word: 'refund',
      sentence: 'a refund',
      keep: true,
      search: false,
      cpuProfile: false,
    });
    roots.push(root);
    expect(root.startsWith(`${BENCH_PARENT}/bench-5-`)).toBe(true);
    expect(await readdir(join(root, 'content/codes'))).toHaveLength(5);
    expect(seconds).toBeGreaterThan(0);
  });
});

describe('planRepo', () => {
  it('numbers codes per category and moves to a new prefix after 999', () => {
    expect(codeId('TKT', 0)).toBe('TKT-001');
    expect(codeId('TKT', 998)).toBe('TKT-999');
    expect(codeId('TKT', 999)).toBe('TKA-001');
    expect(codeId('TKA', 999)).toBe('TKB-001');
  });

  it('keeps codes unique and related codes real at a size that needs second prefixes', () => {
    const plan = planRepo(1, 6000, 0);
    const codes = new Set(plan.codes.map(({ code }) => code));
    expect(codes.size).toBe(6000);
    for (const code of plan.codes) {
      expect(code.related.every((related) => codes.has(related) && related !== code.code)).toBe(true);
    }
  });

  it('refuses sizes it cannot number or name', () => {
    expect(() => planRepo(1, 0, 0)).toThrow(RangeError);
    expect(() => planRepo(1, 20_001, 0)).toThrow(/between 1 and 20000 codes/);
    expect(() => planRepo(1, 10, -1)).toThrow(RangeError);
  });
});
