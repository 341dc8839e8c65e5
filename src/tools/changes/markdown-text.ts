/**
 * Text from a document placed into Markdown must read as text: no stray
 * emphasis, links or HTML. Backslash-escape Markdown punctuation and encode
 * the characters HTML would read.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]|~#]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An id or value shown as code: backticks inside are dropped, since ids never hold them. */
export const inlineCode = (text: string) => `\`${text.replace(/`/g, '')}\``;

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
