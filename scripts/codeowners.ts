#!/usr/bin/env node
// `npm run codeowners [-- --cwd <repo>]`: write .github/CODEOWNERS from the owners in content/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkRepository } from '../src/checker/index.ts';
import { ROLES_FILE } from '../src/checker/directory.ts';
import { CODEOWNERS_PATH, expectedCodeowners } from '../src/codeowners/index.ts';

const USAGE = 'Usage: npm run codeowners -- [--cwd <repo>]';

let cwd: string;
try {
  cwd = parseArgs({ options: { cwd: { type: 'string', default: process.cwd() } } }).values.cwd;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

// The checker's own reading of the content, so this file and the staleness check can never disagree.
const files = await checkRepository({ cwd });
const roles = files.find((file) => file.path === ROLES_FILE);
const documents = files.filter((file) => file.data.kind !== undefined);
const text = roles && expectedCodeowners(String(roles.value ?? ''), documents);
if (text === undefined) {
  console.error(`${ROLES_FILE}:1:1  error  Cannot read the roles, so no owners can be written: run npm run check and fix ${ROLES_FILE} first`);
  process.exit(1);
}

const target = resolve(cwd, CODEOWNERS_PATH);
const before = await readFile(target, 'utf8').catch(() => undefined);
if (before === text) {
  console.log(`${CODEOWNERS_PATH} is up to date (${documents.length} documents).`);
} else {
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
  console.log(`Wrote ${CODEOWNERS_PATH} (${documents.length} documents). Commit it with your change.`);
}
