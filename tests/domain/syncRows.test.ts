import { describe, expect, it } from 'vitest';
import { fieldsOfValue, syncTable, valuesToFields } from '../../src/domain/syncRows';

const milestones = syncTable('milestones');

describe('values from another device, by name', () => {
  it('a group value sets its own fields', () => {
    if (!milestones) throw new Error('no milestones table');
    const values = new Map([['+place', JSON.stringify({ month: '2027-03', rank: 'a0', x: 1 })]]);
    expect(valuesToFields(milestones, values)).toEqual({ month: '2027-03', rank: 'a0' });
    expect(fieldsOfValue(milestones, '+place')).toEqual(['month', 'rank']);
  });

  it.each(['+constructor', '+toString', '+__proto__', '+hasOwnProperty'])(
    '“%s” names no group: nothing is set and nothing throws',
    (name) => {
      if (!milestones) throw new Error('no milestones table');
      const values = new Map([
        [name, JSON.stringify({ month: '2027-03', rank: 'a0' })],
        ['title', JSON.stringify('Kept')],
      ]);
      expect(valuesToFields(milestones, values)).toEqual({ title: 'Kept' });
      expect(fieldsOfValue(milestones, name)).toEqual([]);
    },
  );
});
