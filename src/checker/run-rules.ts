import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** A unified processor holding lint rules, whatever its parser and compiler types say. */
export interface RuleRunner {
  run(tree: Root, file: VFile): Promise<unknown>;
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
