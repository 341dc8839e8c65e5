#!/usr/bin/env node
// `npm run codeowners [-- --cwd <repo>]`: write .github/CODEOWNERS from the owners in content/.
import { parseArgs } from 'node:util';
import { HANDBOOK_FILE, ROLES_FILE } from '../src/model/index.ts';
import { CODEOWNERS_PATH, writeCodeowners } from '../src/tools/codeowners/index.ts';

const USAGE = 'Usage: npm run codeowners -- [--cwd <repo>]';

let cwd: string;
try {
  cwd = parseArgs({ options: { cwd: { type: 'string', default: process.cwd() } } }).values.cwd;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}

const update = await writeCodeowners(cwd);
if (update.status === 'roles-unreadable') {
  console.error(`${ROLES_FILE}:1:1  error  Cannot read the roles, so no owners can be written: run npm run check and fix ${ROLES_FILE} first`);
  process.exit(1);
}
if (update.status === 'handbook-unreadable') {
  console.error(
    `${update.problem}\nCannot read ${HANDBOOK_FILE}, whose \`codeowners_fallback\` owns what no role does: fix it first (npm run check shows every problem)`,
  );
  process.exit(1);
}
console.log(
  update.status === 'written'
    ? `Wrote ${CODEOWNERS_PATH} (${update.documents} documents). Commit it with your change.`
    : `${CODEOWNERS_PATH} is up to date (${update.documents} documents).`,
);
