import { diffArrays, diffWords } from 'diff';

/** A run of words in a changed step: kept, added or removed. */
export interface WordPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** What happened to one step between two versions. Step numbers count from 1. */
export type StepChange =
  | { change: 'added'; to: number; text: string }
  | { change: 'removed'; from: number; text: string }
  | { change: 'changed'; from: number; to: number; before: string; after: string; words: WordPart[] };

/**
 * Compare two lists of steps. Steps are matched by their text, so inserting a
 * step reports one added step, not every later step renumbered. A removed step
 * directly replaced by an added one is reported as one changed step, with the
 * words that differ.
 */
export function compareSteps(before: readonly string[], after: readonly string[]): StepChange[] {
  const changes: StepChange[] = [];
  let from = 0;
  let to = 0;
  const chunks = diffArrays([...before], [...after]);
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index]!;
    if (!chunk.added && !chunk.removed) {
      from += chunk.value.length;
      to += chunk.value.length;
      continue;
    }
    const next = chunks[index + 1];
    if (chunk.removed && next?.added) {
      const paired = Math.min(chunk.value.length, next.value.length);
      for (let offset = 0; offset < paired; offset++) {
        const was = chunk.value[offset]!;
        const now = next.value[offset]!;
        changes.push({ change: 'changed', from: from + offset + 1, to: to + offset + 1, before: was, after: now, words: compareWords(was, now) });
      }
      for (let offset = paired; offset < chunk.value.length; offset++) {
        changes.push({ change: 'removed', from: from + offset + 1, text: chunk.value[offset]! });
      }
      for (let offset = paired; offset < next.value.length; offset++) {
        changes.push({ change: 'added', to: to + offset + 1, text: next.value[offset]! });
      }
      from += chunk.value.length;
      to += next.value.length;
      index++;
      continue;
    }
    for (const text of chunk.value) {
      if (chunk.removed) changes.push({ change: 'removed', from: ++from, text });
      else changes.push({ change: 'added', to: ++to, text });
    }
  }
  return changes;
}

/** The words of `after` against `before`; neighbouring runs of the same kind are merged. */
export function compareWords(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const token of diffWords(before, after)) {
    const change = token.added ? 'added' : token.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last?.change === change) last.text += token.value;
    else parts.push({ change, text: token.value });
  }
  return parts;
}
