import { SEVERITIES } from '../../model/index.ts';
import type { HandbookInventory } from './inventory.ts';
import { DOCUMENT_KINDS, type ScaffoldRequest } from './plan-scaffold.ts';

/** The two prompt kinds the scaffolder uses, shaped like @inquirer/prompts' select and input so tests can stand in. */
export interface Prompts {
  select(config: { message: string; choices: Array<{ value: string; name: string }>; default?: string }): Promise<string>;
  input(config: { message: string; validate?: (value: string) => true | string }): Promise<string>;
}

export type PartialRequest = Partial<Omit<ScaffoldRequest, 'today'>> & Pick<ScaffoldRequest, 'today'>;

const oneLine = (what: string) => (value: string) => (value.trim() !== '' && !value.includes('\n') ? true : `Write ${what} on one line`);

/**
 * Ask, in a terminal, for what the flags left out. Choices come from
 * roles.yaml and categories.yaml, so a writer can only pick ids that exist.
 * Flags given are never asked again.
 */
export async function askMissing(inventory: HandbookInventory, given: PartialRequest, prompts: Prompts): Promise<ScaffoldRequest> {
  const choicesOf = (titles: ReadonlyMap<string, string>) => [...titles].map(([value, title]) => ({ value, name: `${title} (${value})` }));
  const kind =
    given.kind ??
    (await prompts.select({
      message: 'What do you want to add?',
      choices: DOCUMENT_KINDS.map((value) => ({ value, name: value === 'code' ? 'A problem code' : 'A standard' })),
    }));
  const category = given.category ?? (await prompts.select({ message: 'Category', choices: choicesOf(inventory.categories) }));
  const title = given.title ?? (await prompts.input({ message: 'Title (a few words staff would say)', validate: oneLine('the title') }));
  const summary = given.summary ?? (await prompts.input({ message: 'Summary (one sentence: what has happened)', validate: oneLine('the summary') }));
  const owner =
    given.owner ?? (await prompts.select({ message: 'Owner: the role that answers for it and approves changes', choices: choicesOf(inventory.roles) }));
  if (kind !== 'code') return { ...given, kind, category, title, summary, owner };

  const severity =
    given.severity ?? (await prompts.select({ message: 'Severity', choices: SEVERITIES.map((value) => ({ value, name: value })), default: 'medium' }));
  const escalate =
    given.escalate ??
    (await prompts.select({ message: 'Who to call first when the steps do not solve it', choices: choicesOf(inventory.roles), default: owner }));
  const needsPrefix = given.prefix === undefined && !inventory.codes.some((code) => code.category === category);
  const prefix = needsPrefix
    ? await prompts.input({
        message: `Prefix for ${category} codes (three capital letters)`,
        validate: (value) => (/^[A-Z]{3}$/.test(value) ? true : 'Three capital letters, such as TKT'),
      })
    : given.prefix;
  return { ...given, kind, category, title, summary, owner, severity, escalate, ...(prefix !== undefined && { prefix }) };
}

/** The flags a non-interactive run must have; the rest have defaults. */
export function missingFlags(given: PartialRequest): string[] {
  return (['kind', 'category', 'title', 'owner'] as const).filter((flag) => given[flag] === undefined).map((flag) => `--${flag}`);
}
