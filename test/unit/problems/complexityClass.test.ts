import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  checkComplexityClasses,
  compareClasses,
  DEFAULT_COMPLEXITY_CLASSES,
  parseComplexity,
  rankOfClass,
} from '../../../src/problems/complexityClass';
import type { ProblemMeta } from '../../../src/problems/types';
import { BANK } from '../ui/roomFixture';

function key(notation: string): string | undefined {
  return parseComplexity(notation)?.key;
}

describe('complexity classes', () => {
  it('reads the spellings interviews use as one class each', () => {
    const same: string[][] = [
      ['O(m·n)', 'O(m n)', 'O(mn)', 'O(n * m)', 'O(m × n)', 'O(m · n)'],
      ['O(n log k)', 'O(n*log k)', 'O(N log(k))', 'O(n · log_2 k)'],
      ['O(V + E)', 'O(E + V)', 'O(v+e)'],
      ['O(n^2)', 'O(n²)', 'O(n * n)', 'O(n^2 + n)', 'O(3n^2 + 2n + 7)'],
      ['O(n·2^n)', 'O(n * 2^n)', 'O(2^n n)'],
      ['O(4^n)', 'O(4^(n))'],
      ['O(1)', 'O(5)'],
    ];
    for (const group of same) {
      const keys = new Set(group.map(key));
      assert.equal(keys.size, 1, `${group.join(' | ')} read as ${[...keys].join(' | ')}`);
      assert.ok(!keys.has(undefined), `${group.join(' | ')} did not parse`);
    }
    assert.notEqual(key('O(m + n)'), key('O(m·n)'));
    assert.notEqual(key('O(n log k)'), key('O(n log n)'));
    assert.notEqual(key('O(2^n)'), key('O(4^n)'));
  });

  it('reads a word as one size of the problem\'s own, and short letter runs as products', () => {
    assert.equal(key('O(n * amount)'), key('O(amount·n)'));
    assert.equal(compareClasses('O(n * amount)', 'O(n^2)'), 'matches', 'two sizes multiplied grow like n^2, not like a sixth power');
    assert.equal(compareClasses('O(amount)', 'O(n)'), 'matches');
    assert.equal(compareClasses('O(n * sum^2)', 'O(n * sum)'), 'slower');
    assert.equal(rankOfClass(parseComplexity('O(capacity)') as NonNullable<ReturnType<typeof parseComplexity>>), 2);
    assert.equal(key('O(nlogn)'), key('O(n log n)'));
    assert.equal(key('O(mnk)'), key('O(m·n·k)'), 'no vowel: single letters');
    assert.equal(key('O(nk)'), key('O(n·k)'));
  });

  it('reads min(…) and max(…) of sizes as one size of their own, in any argument order', () => {
    assert.equal(key('O(min(m, n))'), key('O(min(n,m))'));
    assert.equal(key('O(min(n))'), key('O(n)'));
    assert.notEqual(key('O(min(m, n))'), key('O(max(m, n))'));
    assert.notEqual(key('O(min(m, n))'), key('O(n)'));
    assert.equal(compareClasses('O(min(m, n))', 'O(m·n)'), 'faster');
    assert.equal(compareClasses('O(m·n·min(m, n))', 'O(m·n)'), 'slower');
    assert.equal(compareClasses('O(log(min(m, n)))', 'O(1)'), 'slower');
    assert.equal(rankOfClass(parseComplexity('O(min(m, n))') as NonNullable<ReturnType<typeof parseComplexity>>), 2);
    assert.equal(checkComplexityClasses(['O(1)', 'O(min(m, n))', 'O(m + n)', 'O(m·n)']), null);
    assert.equal(key('O(min(m, n)'), undefined);
    assert.equal(key('O(min(m n)'), undefined);
  });

  it('ignores a note after the class and refuses what is not Big-O', () => {
    assert.equal(key('O(n) for the sorted copy'), key('O(n)'));
    assert.equal(key('O(k) for k distinct characters'), key('O(k)'));
    for (const text of ['linear', 'O(n', 'O()', 'O(n/2 ^)', 'fast']) assert.equal(parseComplexity(text), null, text);
  });

  it('orders every default class strictly after the one before when all variables grow together, or equally', () => {
    assert.equal(checkComplexityClasses(DEFAULT_COMPLEXITY_CLASSES), null);
    assert.deepEqual(
      DEFAULT_COMPLEXITY_CLASSES.map((c) => { const parsed = parseComplexity(c); return parsed === null ? null : rankOfClass(parsed); }),
      [0, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4, 5, 6, 6, 6, 7],
    );
  });

  it('compares a stated class with the expected one, faster or slower as they grow', () => {
    const cases: [string, string, string][] = [
      ['O(n)', 'O(n)', 'matches'],
      ['O(n m)', 'O(m·n)', 'matches'],
      ['O(n log n)', 'O(n)', 'slower'],
      ['O(n^2)', 'O(n log n)', 'slower'],
      ['O(n·2^n)', 'O(2^n)', 'slower'],
      ['O(4^n)', 'O(n·2^n)', 'slower'],
      ['O(n!)', 'O(4^n)', 'slower'],
      ['O(V + E)', 'O(V·E)', 'faster'],
      ['O(n·k)', 'O(n log k)', 'slower'],
      ['O(log n)', 'O(1)', 'slower'],
      ['about linear', 'O(n)', 'unknown'],
    ];
    for (const [stated, expected, result] of cases) assert.equal(compareClasses(stated, expected), result, `${stated} against ${expected}`);
  });

  it('tells apart classes that grow alike only by the problem\'s own order, and otherwise counts them as matching', () => {
    const kthLargest = ['O(1)', 'O(log k)', 'O(k)', 'O(n)', 'O(n log k)', 'O(n log n)', 'O(n·k)', 'O(n^2)'];
    assert.equal(compareClasses('O(n log n)', 'O(n log k)', kthLargest), 'slower');
    assert.equal(compareClasses('O(n log k)', 'O(n log n)', kthLargest), 'faster');
    assert.equal(compareClasses('O(n)', 'O(k)', kthLargest), 'slower');
    assert.equal(compareClasses('O(n log n)', 'O(n log k)'), 'matches');
    assert.equal(compareClasses('O(n^2)', 'O(m·n)'), 'matches');
  });

  it('explains what is wrong with a problem\'s own list', () => {
    assert.equal(checkComplexityClasses(['O(1)', 'O(n)', 'O(n log n)']), null);
    assert.match(checkComplexityClasses(['O(1)', 'linear'])?.reason ?? '', /"linear" is not Big-O notation/);
    assert.deepEqual(checkComplexityClasses(['O(1)', 'O(mn)', 'O(n·m)'])?.index, 2);
    assert.match(checkComplexityClasses(['O(n^2)', 'O(n)'])?.reason ?? '', /growing order/);
  });

  it('parses every bundled problem\'s expected classes and offers them in its own list', () => {
    for (const id of readdirSync(BANK)) {
      const meta = JSON.parse(readFileSync(path.join(BANK, id, 'problem.json'), 'utf8')) as ProblemMeta;
      assert.ok(meta.complexityClasses !== undefined, `${id} has its own complexityClasses`);
      assert.equal(checkComplexityClasses(meta.complexityClasses), null, id);
      const offered = new Set(meta.complexityClasses.map((c) => parseComplexity(c)?.key));
      // The expected time and space are what the debrief compares a plan against (a note may follow
      // them), so they must parse and be classes the plan pane offers.
      for (const expected of [meta.complexity.time, meta.complexity.space]) {
        const parsed = parseComplexity(expected);
        assert.ok(parsed !== null, `${id}: "${expected}" does not parse`);
        assert.ok(offered.has(parsed.key), `${id}: "${expected}" is not among ${JSON.stringify(meta.complexityClasses)}`);
      }
    }
  });
});
