import { describe, expect, it } from 'vitest';
import { compareSteps, compareWords } from './steps-diff.ts';

describe('compareSteps', () => {
  it('finds nothing between equal lists', () => {
    expect(compareSteps(['a', 'b'], ['a', 'b'])).toEqual([]);
  });

  it('reports an inserted step once, not every later step as renumbered', () => {
    expect(compareSteps(['Greet.', 'Scan.', 'Seat.'], ['Greet.', 'Check the ID.', 'Scan.', 'Seat.'])).toEqual([
      { change: 'added', to: 2, text: 'Check the ID.' },
    ]);
  });

  it('reports a removed step with the number it had', () => {
    expect(compareSteps(['Greet.', 'Scan.', 'Seat.'], ['Greet.', 'Seat.'])).toEqual([{ change: 'removed', from: 2, text: 'Scan.' }]);
  });

  it('pairs a replaced step into one change with the words that differ', () => {
    const [change] = compareSteps(['Greet.', 'Refund within 5 days.'], ['Greet.', 'Refund within 3 days.']);
    expect(change).toMatchObject({ change: 'changed', from: 2, to: 2, before: 'Refund within 5 days.', after: 'Refund within 3 days.' });
    expect(change?.change === 'changed' && change.words).toEqual([
      { change: 'same', text: 'Refund within ' },
      { change: 'removed', text: '5' },
      { change: 'added', text: '3' },
      { change: 'same', text: ' days.' },
    ]);
  });

  it('numbers steps on both sides when a change follows an insertion', () => {
    const changes = compareSteps(['A.', 'B old.', 'C.'], ['New.', 'A.', 'B new.', 'C.']);
    expect(changes.map((change) => [change.change, 'from' in change ? change.from : null, 'to' in change ? change.to : null])).toEqual([
      ['added', null, 1],
      ['changed', 2, 3],
    ]);
  });

  it('reports more removed than added steps as changed, then removed', () => {
    expect(compareSteps(['A.', 'B.', 'C.'], ['X.']).map(({ change }) => change)).toEqual(['changed', 'removed', 'removed']);
  });
});

describe('compareWords', () => {
  it('merges neighbouring runs of the same kind', () => {
    expect(compareWords('call the manager', 'call the shift manager now')).toEqual([
      { change: 'same', text: 'call the ' },
      { change: 'added', text: 'shift ' },
      { change: 'same', text: 'manager ' },
      { change: 'added', text: 'now' },
    ]);
  });
});
