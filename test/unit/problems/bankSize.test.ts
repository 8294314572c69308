import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HiddenTest } from '../../../src/problems/types';
import { BANK } from '../ui/roomFixture';

/** The whole bank ships inside the extension: issue #20 keeps it at most 6 MB. */
const MAX_BANK_BYTES = 6 * 1024 * 1024;
/** A literal test above this is a maximum-size input written out: generator.js builds it in a few bytes. */
const MAX_LITERAL_TEST_CHARS = 20_000;

function bytesUnder(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? bytesUnder(path) : statSync(path).size);
  }, 0);
}

describe('the bundled bank\'s size', () => {
  it('stays within 6 MB', () => {
    const bytes = bytesUnder(BANK);
    assert.ok(bytes <= MAX_BANK_BYTES, `the bank is ${(bytes / 1024 / 1024).toFixed(2)} MB`);
  });

  it('holds no literal test over 20,000 characters: large inputs are generated', () => {
    const large: string[] = [];
    for (const id of readdirSync(BANK)) {
      const tests = JSON.parse(readFileSync(join(BANK, id, 'tests.json'), 'utf8')) as { visible: HiddenTest[]; hidden: HiddenTest[] };
      for (const test of [...tests.visible, ...tests.hidden]) {
        const chars = JSON.stringify(test).length;
        if (!('generate' in test) && chars > MAX_LITERAL_TEST_CHARS) large.push(`${id}: "${test.label}" (${chars} characters)`);
      }
    }
    assert.deepEqual(large, []);
  });
});
