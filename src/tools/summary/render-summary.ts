import { documentLabel, escapeMarkdown, inlineCode, renderComparison, renderNewDocument, type DocumentComparison, type RoleChange } from '../changes/index.ts';
import type { HandbookSummary, RemovedDocument } from './collect-summary.ts';

/**
 * The summary as Markdown for a pull-request comment: what a reviewer must
 * approve, in the words of the handbook rather than of a diff.
 */
export function renderSummary(summary: HandbookSummary): string {
  const sections: string[][] = [];
  if (summary.added.length > 0)
    sections.push([`## Added (${summary.added.length})`, '', ...summary.added.flatMap((document) => [...renderNewDocument(document), ''])]);
  if (summary.changed.length > 0)
    sections.push([`## Changed (${summary.changed.length})`, '', ...summary.changed.flatMap((comparison) => [...renderComparison(comparison), ''])]);
  if (summary.retired.length > 0)
    sections.push([`## Retired (${summary.retired.length})`, '', ...summary.retired.flatMap((comparison) => [...renderRetired(comparison), ''])]);
  if (summary.removed.length > 0) {
    sections.push(['## Deleted or renamed: the check refuses these', '', ...summary.removed.map(renderRemoved), '']);
  }
  if (summary.roles.length > 0 || summary.rolesUnreadable) {
    const lines = summary.rolesUnreadable ? ['- `content/roles.yaml` changed but cannot be read; run `npm run check`.'] : summary.roles.map(renderRoleChange);
    sections.push(['## Roles', '', ...lines, '']);
  }
  if (summary.unreadable.length > 0) {
    sections.push([
      '## Cannot be summarised',
      '',
      ...summary.unreadable.map(
        ({ path, reason, side }) =>
          `- ${inlineCode(path)} (${side === 'base' ? `on ${escapeMarkdown(summary.baseRef)}` : 'in this change'}): ${escapeMarkdown(reason)}; run \`npm run check\`.`,
      ),
      '',
    ]);
  }
  if (summary.reformatted.length > 0) {
    sections.push(['## Only formatting changed', '', ...summary.reformatted.map(({ id, path }) => `- ${escapeMarkdown(id)} (${inlineCode(path)})`), '']);
  }

  const heading = `**Handbook changes compared with ${inlineCode(summary.baseRef)}:** ${overview(summary)}`;
  return `${[heading, '', ...sections.flat()].join('\n').trimEnd()}\n`;
}

function overview(summary: HandbookSummary): string {
  const counts: Array<[number, string]> = [
    [summary.added.length, 'added'],
    [summary.changed.length, 'changed'],
    [summary.retired.length, 'retired'],
    [summary.removed.length, 'deleted or renamed'],
  ];
  const parts = counts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  if (summary.roles.length > 0 || summary.rolesUnreadable) parts.push('roles changed');
  return parts.length > 0 ? `${parts.join(', ')}.` : 'no codes, standards or roles change.';
}

function renderRetired(comparison: DocumentComparison): string[] {
  const replacement = comparison.fields.find(({ field }) => field === 'replaced_by')?.to;
  return [
    `### ${documentLabel(comparison.id, comparison.title)}: retired in version ${comparison.version.to}`,
    '',
    replacement ? `Staff use ${inlineCode(replacement)} instead.` : 'No replacement named.',
    '',
    comparison.changeNote ? `> ${escapeMarkdown(comparison.changeNote)}` : '> No change note.',
  ];
}

function renderRemoved({ kind, id, path, renamedTo }: RemovedDocument): string {
  const what = `${kind === 'code' ? 'Code' : 'Standard'} ${inlineCode(id)}`;
  return renamedTo
    ? `- ${what} renamed to ${inlineCode(renamedTo)}: ids are permanent; keep ${inlineCode(path)} and retire it instead.`
    : `- ${what} deleted (${inlineCode(path)}): retire it instead, so citations keep working.`;
}

function renderRoleChange(change: RoleChange): string {
  switch (change.change) {
    case 'added':
      return `- Added ${inlineCode(change.id)}: ${escapeMarkdown(change.role.title)}, held by ${escapeMarkdown(change.role.holder)}`;
    case 'removed':
      return `- Removed ${inlineCode(change.id)} (${escapeMarkdown(change.role.title)})`;
    case 'changed': {
      const show = (value: string | undefined) => (value === undefined ? '_none_' : escapeMarkdown(value));
      const fields = change.fields.map(({ field, from, to }) => `${field} ${show(from)} → ${show(to)}`);
      return `- ${inlineCode(change.id)} (${escapeMarkdown(change.title)}): ${fields.join('; ')}`;
    }
  }
}
