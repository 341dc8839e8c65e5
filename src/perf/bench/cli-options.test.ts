import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCE, parseBenchArgs } from './cli-options.ts';

describe('parseBenchArgs', () => {
  it('runs once per size given, with a standard per ten codes, one version, seed 1, search and the bare yardstick on', () => {
    const command = parseBenchArgs(['--codes', '300,1000']);
    expect(command.json).toBe(false);
    expect(command.runs).toEqual([
      { codes: 300, standards: 30, versions: 1, seed: 1, word: 'refund', sentence: DEFAULT_SENTENCE, keep: false, search: true, cpuProfile: false, bare: true },
      {
        codes: 1000,
        standards: 100,
        versions: 1,
        seed: 1,
        word: 'refund',
        sentence: DEFAULT_SENTENCE,
        keep: false,
        search: true,
        cpuProfile: false,
        bare: true,
      },
    ]);
  });

  it('takes every option', () => {
    const command = parseBenchArgs([
      '--codes',
      '20',
      '--standards',
      '3',
      '--versions',
      '3',
      '--seed',
      '42',
      '--word',
      'coat',
      '--sentence',
      'my coat is gone',
      '--json',
      '--keep',
      '--no-search',
      '--no-bare',
      '--cpu-prof',
    ]);
    expect(command.json).toBe(true);
    expect(command.runs).toEqual([
      { codes: 20, standards: 3, versions: 3, seed: 42, word: 'coat', sentence: 'my coat is gone', keep: true, search: false, cpuProfile: true, bare: false },
    ]);
  });

  it('skips only the bare yardstick with --no-bare', () => {
    const [run] = parseBenchArgs(['--codes', '1000', '--no-bare']).runs;
    expect(run).toMatchObject({ bare: false, search: true, keep: false });
  });

  it('keeps what it only generates', () => {
    const command = parseBenchArgs(['--codes', '10000', '--generate-only']);
    expect(command.generateOnly).toBe(true);
    expect(command.runs[0]?.keep).toBe(true);
  });

  it.each([
    [[], /Missing --codes/],
    [['--codes', '0'], /--codes 0: expected a whole number from 1 to 20000/],
    [['--codes', '1e3'], /--codes 1e3/],
    [['--codes', '300,'], /--codes : expected/],
    [['--codes', '10', '--versions', '0'], /--versions 0/],
    [['--codes', '10', '--word', 'lost ticket'], /--word lost ticket/],
    [['--codes', '10', '--speed'], /Unknown option '--speed'/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});
