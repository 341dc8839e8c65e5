#!/usr/bin/env node
// `npm run new -- --kind code|standard --category <id> --title "…" --owner <role> [--summary "…"] [--severity medium]
//   [--escalate <role>] [--prefix ABC] [--slug <slug>] [--cwd <repo>] [--today YYYY-MM-DD]`: scaffold a new
// problem code or standard. In a terminal, whatever the flags leave out is asked for.
import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { input, select } from '@inquirer/prompts';
import { CODEOWNERS_PATH, writeCodeowners } from '../src/tools/codeowners/index.ts';
import { askMissing, InventoryError, missingFlags, planScaffold, readInventory, refusal, type PartialRequest } from '../src/tools/scaffold/index.ts';
import { isRealIsoDate, placeholder } from '../src/model/index.ts';

const USAGE =
  'Usage: npm run new -- --kind code|standard --category <id> --title "…" --owner <role> [--summary "…"] [--severity low|medium|high|critical] [--escalate <role>] [--prefix ABC] [--slug <slug>]';

function fail(reason: string, code = 2): never {
  console.error(code === 2 ? `${reason}\n${USAGE}` : reason);
  process.exit(code);
}

const text = { type: 'string' } as const;
let values;
try {
  values = parseArgs({
    options: {
      kind: text,
      category: text,
      title: text,
      owner: text,
      summary: text,
      severity: text,
      escalate: text,
      prefix: text,
      slug: text,
      today: text,
      cwd: { type: 'string', default: process.cwd() },
    },
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { cwd, today, ...flags } = values;
if (today !== undefined && !isRealIsoDate(today)) fail(`Unexpected --today ${today}, expected a date such as 2026-11-25`);
const given: PartialRequest = { ...flags, today: today ? new Date(`${today}T00:00:00Z`) : new Date() };

let inventory;
try {
  inventory = await readInventory(cwd);
} catch (error) {
  if (error instanceof InventoryError) fail(error.message, 1);
  throw error;
}

// Refuse a wrong flag before asking anything, so nobody answers five questions for nothing.
const early = refusal(inventory, given);
if (early) fail(early);

const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
const missing = missingFlags(given);
if (missing.length > 0 && !interactive) fail(`Missing ${missing.join(', ')} (there is no terminal to ask in)`);

let request;
try {
  request = interactive
    ? await askMissing(inventory, given, { select, input })
    : { ...given, kind: given.kind!, category: given.category!, title: given.title!, owner: given.owner! };
} catch (error) {
  // Ctrl+C in a prompt: the writer changed their mind.
  if (error instanceof Error && error.name === 'ExitPromptError') fail('Cancelled; nothing was written.', 130);
  throw error;
}

const plan = planScaffold(inventory, request);
if (!plan.ok) fail(plan.reason);
const target = resolve(cwd, plan.value.path);
if (
  await access(target).then(
    () => true,
    () => false,
  )
)
  fail(`Unexpected ${plan.value.path}: the file exists already`);
await writeFile(target, plan.value.text, { flag: 'wx' });

const lines = [`Wrote ${plan.value.path} (${plan.value.id}).`];
if (
  await access(resolve(cwd, '.github')).then(
    () => true,
    () => false,
  )
) {
  const update = await writeCodeowners(cwd);
  if (update.status === 'written') lines.push(`Updated ${CODEOWNERS_PATH} so its owner approves changes to it.`);
}
const todo = request.summary?.trim() ? 'the steps' : 'the summary and the steps';
lines.push(`Next: replace each ${placeholder('…')} (${todo}) with your own text, then run npm run check.`);
console.log(lines.join('\n'));
