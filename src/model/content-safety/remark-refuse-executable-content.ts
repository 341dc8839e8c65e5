import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findExecutableContent } from './executable-content.ts';

/**
 * Given to the site's MDX pipeline so that a build which skipped the checker
 * still refuses content that would run code.
 */
export default function remarkRefuseExecutableContent() {
  return (tree: Root, file: VFile) => {
    const [first] = findExecutableContent(tree);
    if (first) file.fail(first.reason, { place: first.node.position, ruleId: 'no-executable-content', source: 'handbook' });
  };
}
