import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { formatReport, tally } from './report.ts';

interface Planted {
  reason: string;
  line: number;
  column: number;
  end?: { line: number; column: number };
  ruleId: string;
  fatal: boolean;
}

/** A file carrying the given messages, as the checker would leave it. */
function fileWith(path: string, messages: Planted[]): VFile {
  const file = new VFile({ path, value: '' });
  for (const { reason, line, column, end, ruleId, fatal } of messages) {
    const start = { line, column };
    file.message(reason, { place: end ? { start, end } : start, ruleId, source: 'handbook' }).fatal = fatal;
  }
  return file;
}

const ownerMissing: Planted = {
  reason: 'Unexpected owner role `night-porter`, expected one of usher',
  line: 7,
  column: 8,
  end: { line: 7, column: 20 },
  ruleId: 'owner-exists',
  fatal: true,
};
const reviewSoon: Planted = { reason: 'Review due in 3 day(s)', line: 10, column: 12, ruleId: 'review-due-soon', fatal: false };
const emptyStep: Planted = { reason: 'Unexpected empty step', line: 22, column: 1, ruleId: 'steps-present', fatal: true };

const sample = () => [
  fileWith('content/codes/TKT-003.mdx', [emptyStep, ownerMissing]),
  fileWith('content/roles.yaml', []),
  fileWith('content/standards/refunds.mdx', [reviewSoon]),
];

describe('tally', () => {
  it('counts fatal messages as errors and the rest as warnings', () => {
    expect(tally(sample())).toEqual({ errors: 2, warnings: 1, files: 3 });
  });
});

describe('formatReport stylish', () => {
  it('prints path:line:col, severity, reason and rule id, sorted by place, then a summary', () => {
    expect(formatReport(sample(), 'stylish').split('\n')).toEqual([
      'content/codes/TKT-003.mdx:7:8  error  Unexpected owner role `night-porter`, expected one of usher  owner-exists',
      'content/codes/TKT-003.mdx:22:1  error  Unexpected empty step  steps-present',
      'content/standards/refunds.mdx:10:12  warning  Review due in 3 day(s)  review-due-soon',
      '',
      '✖ 2 errors, 1 warning in 3 files checked',
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(formatReport([fileWith('content/roles.yaml', [])], 'stylish')).toBe('✔ 1 file checked, no problems');
  });

  it('marks a run with only warnings differently from one with errors', () => {
    const summary = formatReport([fileWith('content/standards/refunds.mdx', [reviewSoon])], 'stylish')
      .split('\n')
      .at(-1);
    expect(summary).toBe('⚠ 0 errors, 1 warning in 1 file checked');
  });
});

describe('formatReport github', () => {
  it('turns each message into a workflow annotation on its line and column', () => {
    expect(formatReport(sample(), 'github').split('\n')).toEqual([
      '::error file=content/codes/TKT-003.mdx,line=7,col=8,endLine=7,endColumn=20,title=handbook/owner-exists::Unexpected owner role `night-porter`, expected one of usher',
      '::error file=content/codes/TKT-003.mdx,line=22,col=1,title=handbook/steps-present::Unexpected empty step',
      '::warning file=content/standards/refunds.mdx,line=10,col=12,title=handbook/review-due-soon::Review due in 3 day(s)',
    ]);
  });

  it('escapes %, line breaks in the message and , or : in properties', () => {
    const file = fileWith('content/standards/a,b:c.mdx', [
      { reason: '100% wrong\r\nsecond line', line: 1, column: 1, ruleId: 'frontmatter-yaml', fatal: true },
    ]);
    expect(formatReport([file], 'github')).toBe(
      '::error file=content/standards/a%2Cb%3Ac.mdx,line=1,col=1,title=handbook/frontmatter-yaml::100%25 wrong%0D%0Asecond line',
    );
  });

  it('prints nothing when there is nothing to annotate', () => {
    expect(formatReport([fileWith('content/roles.yaml', [])], 'github')).toBe('');
  });
});

describe('formatReport json', () => {
  it('is parseable and keeps path, place, rule id and severity', () => {
    const parsed: unknown = JSON.parse(formatReport(sample(), 'json'));
    expect(parsed).toEqual([
      expect.objectContaining({
        path: 'content/codes/TKT-003.mdx',
        messages: [
          expect.objectContaining({ line: 22, column: 1, ruleId: 'steps-present', fatal: true, reason: 'Unexpected empty step' }),
          expect.objectContaining({ line: 7, column: 8, ruleId: 'owner-exists', fatal: true, source: 'handbook' }),
        ],
      }),
      expect.objectContaining({ path: 'content/roles.yaml', messages: [] }),
      expect.objectContaining({
        path: 'content/standards/refunds.mdx',
        messages: [expect.objectContaining({ line: 10, column: 12, ruleId: 'review-due-soon', fatal: false })],
      }),
    ]);
  });
});
