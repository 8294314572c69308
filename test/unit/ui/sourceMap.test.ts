import { strict as assert } from 'node:assert';
import { identitySourceMap, vlq } from '../../../src/ui/interview/sourceMap';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one segment's VLQ fields, independently of the encoder. */
function decode(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if ((digit & 32) !== 0) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

describe('debug test source map', () => {
  it('encodes VLQ numbers as the source map format defines them', () => {
    assert.equal(vlq(0), 'A');
    assert.equal(vlq(1), 'C');
    assert.equal(vlq(-1), 'D');
    assert.equal(vlq(16), 'gB');
    for (const n of [0, 5, 31, 32, 1000, 123_456, -77]) assert.deepEqual(decode(vlq(n)), [n]);
  });

  it('maps the solution after the harness on line one, then line for line', () => {
    const map = JSON.parse(identitySourceMap('/tmp/solutions/two-sum.js', 4321, 3)) as { version: number; sources: string[]; mappings: string };
    assert.equal(map.version, 3);
    assert.deepEqual(map.sources, ['file:///tmp/solutions/two-sum.js']);
    const lines = map.mappings.split(';').map(decode);
    assert.deepEqual(lines, [[4321, 0, 0, 0], [0, 0, 1, 0], [0, 0, 1, 0]]);
  });
});
