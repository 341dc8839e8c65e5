import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { reporterJson } from 'vfile-reporter-json';

export type ReportFormat = 'stylish' | 'json' | 'github';
export const REPORT_FORMATS: readonly ReportFormat[] = ['stylish', 'json', 'github'];

export interface Tally {
  errors: number;
  warnings: number;
  files: number;
}

export function tally(files: readonly VFile[]): Tally {
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  return { errors, warnings: messages.length - errors, files: files.length };
}

export function formatReport(files: readonly VFile[], format: ReportFormat): string {
  switch (format) {
    case 'json':
      return reporterJson([...files]);
    case 'github':
      return formatGithub(files);
    default:
      return formatStylish(files);
  }
}

/** Where a message starts; file-level messages without a place point at the top of the file. */
function startOf(message: VFileMessage): { line: number; column: number } {
  return { line: message.line ?? 1, column: message.column ?? 1 };
}

/**
 * One line per message, `path:line:col  severity  reason  rule-id`, so a
 * terminal or an editor can jump straight to the place; then a summary line.
 */
function formatStylish(files: readonly VFile[]): string {
  const lines = files.flatMap((file) =>
    sorted(file.messages).map((message) => {
      const { line, column } = startOf(message);
      return `${file.path}:${line}:${column}  ${message.fatal ? 'error' : 'warning'}  ${message.reason}  ${message.ruleId ?? ''}`.trimEnd();
    }),
  );
  const { errors, warnings, files: checked } = tally(files);
  const summary =
    errors + warnings === 0
      ? `✔ ${plural(checked, 'file')} checked, no problems`
      : `${errors > 0 ? '✖' : '⚠'} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(checked, 'file')} checked`;
  return [...lines, ...(lines.length > 0 ? [''] : []), summary].join('\n');
}

/** GitHub workflow commands: each message becomes an annotation on the pull request's changed line. */
function formatGithub(files: readonly VFile[]): string {
  return files
    .flatMap((file) =>
      sorted(file.messages).map((message) => {
        const { line, column } = startOf(message);
        const properties = [`file=${escapeProperty(file.path)}`, `line=${line}`, `col=${column}`];
        if (message.place && 'end' in message.place) {
          properties.push(`endLine=${message.place.end.line}`, `endColumn=${message.place.end.column}`);
        }
        properties.push(`title=${escapeProperty(`handbook/${message.ruleId ?? 'check'}`)}`);
        return `::${message.fatal ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.reason)}`;
      }),
    )
    .join('\n');
}

function sorted(messages: readonly VFileMessage[]): VFileMessage[] {
  return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

// Escaping as GitHub's @actions/core does for workflow commands.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
