import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { canonicalJson, compareAnswers, previewOf } from '../../../src/judge/compare';
import { OUTPUT_PREVIEW_CHARS } from '../../../src/judge/protocol';

describe('judge / compareAnswers', () => {
  it('exact needs deep equality, including order and types', () => {
    assert.equal(compareAnswers('exact', [1, [2, 3]], [1, [2, 3]]).equal, true);
    assert.equal(compareAnswers('exact', [1, [3, 2]], [1, [2, 3]]).equal, false);
    assert.equal(compareAnswers('exact', ['1'], [1]).equal, false);
    assert.equal(compareAnswers('exact', null, []).equal, false);
  });

  it('unordered accepts any top-level order but not different multiplicities', () => {
    assert.equal(compareAnswers('unordered', [1, 0], [0, 1]).equal, true);
    assert.equal(compareAnswers('unordered', [1, 1, 0], [0, 1, 0]).equal, false);
    assert.equal(compareAnswers('unordered', [[1, 2], [3]], [[3], [2, 1]]).equal, false);
  });

  it('unordered-deep accepts any order at both levels', () => {
    assert.equal(compareAnswers('unordered-deep', [['tan', 'nat'], ['bat']], [['bat'], ['nat', 'tan']]).equal, true);
    assert.equal(compareAnswers('unordered-deep', [['tan'], ['nat', 'bat']], [['bat'], ['nat', 'tan']]).equal, false);
  });

  it('float allows 1e-5 and no more', () => {
    assert.equal(compareAnswers('float', 1.333334, 4 / 3).equal, true);
    assert.equal(compareAnswers('float', 1.3334, 4 / 3).equal, false);
    assert.equal(compareAnswers('float', [0.1 + 0.2], [0.3]).equal, true);
  });

  it('unordered equality survives any permutation (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer(), { maxLength: 4 }), { maxLength: 12 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (items, picks) => {
        const shuffled = [...items];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (picks[i] ?? 0) % (i + 1);
          const a = shuffled[i];
          const b = shuffled[j];
          if (a === undefined || b === undefined) continue;
          shuffled[i] = b;
          shuffled[j] = a;
        }
        assert.equal(compareAnswers('unordered', shuffled, items).equal, true);
        const deep = shuffled.map((inner) => [...inner].reverse());
        assert.equal(compareAnswers('unordered-deep', deep, items).equal, true);
      }),
    );
  });

  it('canonical JSON ignores key order', () => {
    assert.equal(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] }), canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }));
  });

  it('previews a long answer with its full length grouped in thousands, as en-US writes it', () => {
    for (const length of [OUTPUT_PREVIEW_CHARS + 1, 123_456, 1_100_000]) {
      const preview = previewOf('7'.repeat(length));
      assert.equal(preview, `${'7'.repeat(OUTPUT_PREVIEW_CHARS)}… (${length.toLocaleString('en-US')} characters in all)`);
    }
    assert.equal(previewOf('[1,2]'), '[1,2]');
  });
});
