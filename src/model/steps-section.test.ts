import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { stepItems, stepsPlace, stepsSection } from './steps-section.ts';

const tree = (markdown: string) => unified().use(remarkParse).parse(markdown);
const stepLines = (markdown: string, place?: number) => stepItems(tree(markdown), place).map((item) => item.position?.start.line);

describe('the steps finder', () => {
  it('finds the list of a Steps section that opens with a sentence', () => {
    const section = stepsSection(tree('# T\n\n## Steps\n\nDo these in order.\n\n1. Ask\n2. Check\n'));
    expect(section?.list?.children).toHaveLength(2);
  });

  it('takes the list under Steps, not an earlier numbered list under another heading', () => {
    const markdown = '## Why\n\n1. Reason one\n2. Reason two\n3. Reason three\n\n## Steps\n\n1. Ask\n2. Check\n';
    expect(stepLines(markdown)).toEqual([9, 10]);
  });

  it('has no steps without a Steps heading, even with numbered lists elsewhere', () => {
    expect(stepsSection(tree('## Rules\n\n1. One\n2. Two\n'))).toBeUndefined();
  });

  it('finds a translation’s steps at the place of the original’s, whatever the heading says', () => {
    const original = tree('## Why\n\nBecause.\n\n## Steps\n\n1. Ask\n2. Check\n');
    const translation = tree('## Чому\n\n1. Не крок\n\n## Кроки\n\nСпочатку:\n\n1. Запитати\n2. Перевірити\n');
    expect(stepsPlace(original)).toBe(1);
    expect(stepItems(translation, stepsPlace(original)).map((item) => item.position?.start.line)).toEqual([9, 10]);
  });

  it('stops the section at the next level-2 heading but not at a level-3 one', () => {
    const section = stepsSection(tree('## Steps\n\n### First\n\n1. Ask\n\n## After\n\n1. Not a step\n'));
    expect(section?.list?.children).toHaveLength(1);
    expect(section?.nodes).toHaveLength(2);
  });
});
