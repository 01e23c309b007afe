import { strict as assert } from 'node:assert';
import { fixAllEdits } from '../../src/core/rules/fix-all';
import type { Problem } from '../../src/core/rules/problem';
import { applyEdits } from '../../src/core/text/text-edit';

function problem(start: number, end: number, newText: string): Problem {
  return { code: 'unknown-key', message: '', severity: 'warning', start, end, fixes: [{ title: 't', edits: [{ start, end, newText }] }] };
}

describe('fix all of a kind', () => {
  it('applies every single fix at once, in any order given', () => {
    const text = 'aaa bbb ccc';
    const edits = fixAllEdits([problem(8, 11, 'C'), problem(0, 3, 'A')]);
    assert.equal(applyEdits(text, edits), 'A bbb C');
  });

  it('leaves out a fix that overlaps one already taken, and problems with a choice of fixes', () => {
    const text = 'abcdef';
    const choice: Problem = { ...problem(4, 5, 'X'), fixes: [{ title: '1', edits: [{ start: 4, end: 5, newText: '1' }] }, { title: '2', edits: [{ start: 4, end: 5, newText: '2' }] }] };
    assert.equal(applyEdits(text, fixAllEdits([problem(0, 3, 'Z'), problem(2, 4, 'Y'), choice])), 'Zdef');
  });

  it('leaves out an insertion where a fix already taken starts, whose order would be a guess', () => {
    const text = 'abcdef';
    assert.equal(applyEdits(text, fixAllEdits([problem(2, 2, 'X'), problem(2, 2, 'Y'), problem(2, 4, 'Z'), problem(4, 4, '!')])), 'abXcd!ef');
  });

  it('fixes only the problems of one kind when given a code', () => {
    const other: Problem = { ...problem(4, 7, 'B'), code: 'invalid-enum' };
    assert.equal(applyEdits('aaa bbb', fixAllEdits([problem(0, 3, 'A'), other], 'unknown-key')), 'A bbb');
  });
});
