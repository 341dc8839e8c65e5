import { rules, strictErrors, translationRules } from './rules/index.ts';
import { rulesSignature, TrackedLinter, type RuleEntry } from './run-rules.ts';

/** The two sets of documents the checker lints, each with its own rules: originals, and translations. */
export type RuleSetName = 'originals' | 'translations';

function entriesOf(name: RuleSetName, strict: boolean) {
  return name === 'originals'
    ? { entries: rules as ReadonlyArray<RuleEntry<object>>, levels: {} }
    : { entries: translationRules as ReadonlyArray<RuleEntry<object>>, levels: { strict, strictErrors: strictErrors as ReadonlySet<RuleEntry<object>[0]> } };
}

/** The rules of a set and their severities, as text (see rulesSignature). */
export function setSignature(name: RuleSetName, strict: boolean): string {
  const { entries, levels } = entriesOf(name, strict);
  return rulesSignature(entries, levels);
}

/**
 * The linter of a set, given its context (HandbookContext for originals,
 * TranslationContext for translations); the same in the main thread and in a
 * worker, so a worker's findings are the main thread's.
 */
export function linterForSet(name: RuleSetName, context: object, strict: boolean): TrackedLinter<object> {
  const { entries, levels } = entriesOf(name, strict);
  return new TrackedLinter(entries, context, levels);
}
