/** "Unexpected owner role `x`, expected one of a, b, c (from content/roles.yaml)". */
export function unknownIdReason(what: string, id: string, known: ReadonlySet<string>, source: string): string {
  const choices = [...known].sort();
  const listed = choices.length <= 16 ? choices.join(', ') : `${choices.slice(0, 16).join(', ')}…`;
  return `Unexpected ${what} \`${id}\`, expected one of ${listed || '(none defined)'} (from ${source})`;
}
