import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

/** A piece of MDX that would run code when the site is built or read. */
export interface ExecutableFinding {
  node: Nodes;
  reason: string;
}

/** Elements that load or run code, or restyle the page, whatever their attributes. */
export const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'style', 'object', 'embed']);
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;

/**
 * MDX compiles to JavaScript: `import`, `export` and `{expressions}` run at build
 * time and cannot be switched off in the compiler, so content may not contain
 * them at all. The site's components are handed to MDX by the pages instead.
 */
export function findExecutableContent(tree: Root): ExecutableFinding[] {
  const findings: ExecutableFinding[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        findings.push({ node, reason: 'Unexpected `import`/`export`: content cannot run code; use the components the handbook provides (Say, Note, Warning)' });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        findings.push({ node, reason: 'Unexpected `{…}` expression: content cannot run code; write the text out, or escape a literal brace as `\\{`' });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        if (node.name && FORBIDDEN_ELEMENTS.has(node.name.toLowerCase())) {
          findings.push({ node, reason: `Unexpected \`<${node.name}>\`: content cannot embed scripts, frames or styles` });
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            findings.push({ node, reason: 'Unexpected `{...spread}` attribute: content cannot run code; give attributes as quoted text' });
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            findings.push({ node, reason: `Unexpected \`${attribute.name}={…}\`: content cannot run code; give the value as quoted text` });
          } else if (/^on/i.test(attribute.name)) {
            findings.push({ node, reason: `Unexpected event handler \`${attribute.name}\`: content cannot run code` });
          } else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
            findings.push({ node, reason: `Unexpected script URL in \`${attribute.name}\`: use an https:, mailto: or tel: link` });
          }
        }
        break;
      }
      case 'link':
      case 'definition':
      case 'image':
        if (UNSAFE_URL.test(node.url)) {
          findings.push({ node, reason: 'Unexpected script URL: use an https:, mailto: or tel: link, or a link to another page of the handbook' });
        }
        break;
    }
  });
  return findings;
}
