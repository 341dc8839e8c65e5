import { describe, expect, it } from 'vitest';
import { askMissing, missingFlags, type Prompts } from './ask-missing.ts';
import type { HandbookInventory } from './inventory.ts';

const inventory: HandbookInventory = {
  roles: new Map([
    ['usher', 'Usher'],
    ['shift-manager', 'Shift manager'],
  ]),
  categories: new Map([
    ['tickets', 'Tickets'],
    ['safety', 'Safety'],
  ]),
  codes: [{ code: 'TKT-001', category: 'tickets' }],
  standards: new Set(),
};
const today = new Date('2026-11-25T00:00:00Z');

/** Prompts that answer from a script and record what was asked, with which choices. */
function scriptedPrompts(answers: string[]) {
  const asked: Array<{ message: string; choices?: string[]; default?: string }> = [];
  const prompts: Prompts = {
    async select({ message, choices, default: preset }) {
      asked.push({ message, choices: choices.map(({ value }) => value), ...(preset && { default: preset }) });
      return answers.shift() ?? '';
    },
    async input({ message, validate }) {
      asked.push({ message });
      const answer = answers.shift() ?? '';
      if (validate && validate(answer) !== true) throw new Error(`invalid answer ${answer}`);
      return answer;
    },
  };
  return { prompts, asked };
}

describe('askMissing', () => {
  it('asks for everything missing, offering only ids from roles.yaml and categories.yaml', async () => {
    const { prompts, asked } = scriptedPrompts([
      'code',
      'safety',
      'Fire door blocked',
      'A fire door is blocked.',
      'shift-manager',
      'high',
      'shift-manager',
      'SAF',
    ]);
    const request = await askMissing(inventory, { today }, prompts);
    expect(request).toEqual({
      kind: 'code',
      category: 'safety',
      title: 'Fire door blocked',
      summary: 'A fire door is blocked.',
      owner: 'shift-manager',
      severity: 'high',
      escalate: 'shift-manager',
      prefix: 'SAF',
      today,
    });
    expect(asked.map(({ choices }) => choices)).toEqual([
      ['code', 'standard'],
      ['tickets', 'safety'],
      undefined,
      undefined,
      ['usher', 'shift-manager'],
      ['low', 'medium', 'high', 'critical'],
      ['usher', 'shift-manager'],
      undefined,
    ]);
    // The first escalation level is offered as the owner by default.
    expect(asked[6]?.default).toBe('shift-manager');
  });

  it('never asks for what the flags gave, nor a prefix for a category that has codes', async () => {
    const { prompts, asked } = scriptedPrompts(['A guest cannot find the hall.']);
    const request = await askMissing(
      inventory,
      { kind: 'code', category: 'tickets', title: 'Lost', owner: 'usher', severity: 'low', escalate: 'usher', today },
      prompts,
    );
    expect(asked.map(({ message }) => message)).toEqual(['Summary (one sentence: what has happened)']);
    expect(request.prefix).toBeUndefined();
  });

  it('asks a standard nothing about severity or escalation', async () => {
    const { prompts, asked } = scriptedPrompts(['Greeting guests', 'How to greet.', 'usher']);
    await askMissing(inventory, { kind: 'standard', category: 'tickets', today }, prompts);
    expect(asked.map(({ message }) => message.split(' ')[0])).toEqual(['Title', 'Summary', 'Owner:']);
  });
});

describe('missingFlags', () => {
  it('lists the flags a run without a terminal must have', () => {
    expect(missingFlags({ kind: 'code', owner: 'usher', today })).toEqual(['--category', '--title']);
  });
});
