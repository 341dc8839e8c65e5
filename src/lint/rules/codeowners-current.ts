import { lintRule } from 'unified-lint-rule';
import type { Root } from 'mdast';
import { ruleMeta } from './rule-docs.ts';

export interface CodeownersExpectation {
  /** The CODEOWNERS text the content asks for, as `npm run codeowners` would write it. */
  expected: string;
}

const FIX = 'run `npm run codeowners` and commit the file';

/**
 * GitHub makes the owner of a document a required reviewer only through
 * CODEOWNERS, so a file that no longer matches the content would let a change
 * merge without the right approval. Runs on `.github/CODEOWNERS` itself.
 */
const codeownersCurrent = lintRule<Root, CodeownersExpectation>(ruleMeta('codeowners-current'), (_tree, file, { expected }) => {
  const actual = String(file.value ?? '');
  if (actual.trim() === '') {
    file.message(`Missing owners in \`${file.path}\`: ${FIX}`, { place: { line: 1, column: 1 } });
    return;
  }
  const actualLines = linesOf(actual);
  const expectedLines = linesOf(expected);
  const index = Array.from({ length: Math.max(actualLines.length, expectedLines.length) }, (_, at) => at).find((at) => actualLines[at] !== expectedLines[at]);
  if (index === undefined) return;

  const found = actualLines[index];
  const wanted = expectedLines[index];
  const reason =
    found === undefined
      ? `Missing \`${wanted}\` at the end: CODEOWNERS is out of date with content/; ${FIX}`
      : wanted === undefined
        ? `Unexpected \`${found}\`, expected the end of the file: CODEOWNERS is out of date with content/; ${FIX}`
        : `Unexpected \`${found}\`, expected \`${wanted}\`: CODEOWNERS is out of date with content/; ${FIX}`;
  // Past the last line there is nothing to point at; the last line is where the missing text belongs.
  file.message(reason, { place: { line: Math.min(index, Math.max(actualLines.length - 1, 0)) + 1, column: 1 } });
});

/** Lines without their endings; one final newline is not an extra empty line. */
const linesOf = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

export default codeownersCurrent;
