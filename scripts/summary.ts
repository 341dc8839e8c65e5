#!/usr/bin/env node
// `npm run summary -- --base <ref> [--cwd <repo>]`: print a Markdown summary of what the working tree changes in the handbook.
import { parseArgs } from 'node:util';
import { BaseRefError, GitError } from '../src/git/index.ts';
import { collectSummary, renderSummary } from '../src/tools/summary/index.ts';

const USAGE = 'Usage: npm run summary -- --base <git ref, such as origin/main> [--cwd <repo>]';

function fail(reason: string): never {
  console.error(`${reason}\n${USAGE}`);
  process.exit(2);
}

let options;
try {
  options = parseArgs({ options: { base: { type: 'string' }, cwd: { type: 'string', default: process.cwd() } } }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (!options.base?.trim()) fail('Missing --base: name the git ref to compare with, such as origin/main');

try {
  process.stdout.write(renderSummary(await collectSummary(options.cwd, options.base)));
} catch (error) {
  if (error instanceof BaseRefError || error instanceof GitError) fail(error.message);
  throw error;
}
