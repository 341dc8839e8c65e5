import type { Root } from 'mdast';
import { unified } from 'unified';
import type { Plugin } from 'unified-lint-rule';
import type { VFile } from 'vfile';

/** A unified processor holding lint rules, whatever its parser and compiler types say. */
export interface RuleRunner {
  run(tree: Root, file: VFile): Promise<unknown>;
}

/** A lint rule and the severity it reports at; rules that need no context fit any context. */
export type RuleEntry<Context> = readonly [rule: Plugin<Root, Context>, severity: 'error' | 'warn'];

/**
 * A processor running `entries` with `context`. With `strict`, the rules in
 * `strictErrors` report errors instead of warnings.
 */
export function linterFor<Context>(
  entries: ReadonlyArray<RuleEntry<Context>>,
  context: Context,
  { strict = false, strictErrors = new Set() }: { strict?: boolean; strictErrors?: ReadonlySet<Plugin<Root, Context>> } = {},
): RuleRunner {
  const linter = unified();
  for (const [rule, severity] of entries) {
    const level = strict && strictErrors.has(rule) ? 'error' : severity;
    const config: [level: typeof level, option: Context] = [level, context];
    linter.use(rule, config);
  }
  return linter;
}

/** Run a set of rules on one file; a rule that crashes becomes a message on that file, never a stack trace. */
export async function runRules(linter: RuleRunner, tree: Root, file: VFile): Promise<void> {
  try {
    await linter.run(tree, file);
  } catch (error) {
    // A rule crashing is our bug, not the writer's: say so on this file and carry on with the rest.
    file.message(`Internal checker error, please report it: ${error instanceof Error ? error.message : String(error)}`, {
      place: { line: 1, column: 1 },
      ruleId: 'internal',
      source: 'handbook',
    }).fatal = true;
  }
}
