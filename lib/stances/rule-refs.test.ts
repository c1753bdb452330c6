import { describe, expect, it } from 'vitest';
import { ruleTextParts } from './rule-refs';

const ids = ['two-steps', 'reported', 'mixed'];

describe('ruleTextParts', () => {
  it('splits a text at the quoted ids of other rules', () => {
    expect(
      ruleTextParts("A demand is two steps (see 'two-steps'); reports are 'reported'.", ids, 'mixed'),
    ).toEqual([
      { at: 0, text: 'A demand is two steps (see ' },
      { at: 27, rule: 'two-steps' },
      { at: 38, text: '); reports are ' },
      { at: 53, rule: 'reported' },
      { at: 63, text: '.' },
    ]);
  });

  it('leaves quoted words that are no rule, and the rule’s own id, as text', () => {
    expect(
      ruleTextParts("Basis is 'reported' when words such as 'must' are someone else's.", ids, 'reported'),
    ).toEqual([{ at: 0, text: "Basis is 'reported' when words such as 'must' are someone else's." }]);
  });

  it('gives one part for a text without references, and none for an empty one', () => {
    expect(ruleTextParts('Plain.', ids, 'mixed')).toEqual([{ at: 0, text: 'Plain.' }]);
    expect(ruleTextParts('', ids, 'mixed')).toEqual([]);
  });
});
