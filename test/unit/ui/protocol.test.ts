import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseHostMessage, parseWebviewMessage } from '../../../src/webview/protocol';
import { parseTranslationBundle } from '../../../src/webview/shared/translations';
import { buildView } from '../../../src/ui/interview/view';
import { openRoom } from './roomFixture';

describe('interview protocol', () => {
  it('accepts each well-formed command', () => {
    for (const message of [
      { kind: 'ready' },
      { kind: 'shown' },
      { kind: 'askQuestion', text: 'Can the array be empty?' },
      { kind: 'setAssumption', id: null, text: 'n fits in memory' },
      { kind: 'saveCustomTest', id: null, label: 'ends', args: ['[1,2]', '3'], expected: '[0,1]' },
      { kind: 'updatePlan', plan: { approach: 'a', dataStructures: 'b', timeComplexity: 'O(n)', spaceComplexity: 'O(1)', edgeCases: '', alternative: '', tradeoff: '' } },
    ]) {
      assert.deepEqual(parseWebviewMessage(message), { ok: true, value: message });
    }
  });

  it('names what is wrong with a malformed command', () => {
    const cases: [unknown, RegExp][] = [
      [null, /expected object, got null/],
      [{ kind: 'askQuestion' }, /\$\.text: missing/],
      [{ kind: 'askQuestion', text: 5 }, /\$\.text: expected string, got number/],
      [{ kind: 'run', extra: 1 }, /unexpected field "extra"/],
      [{ kind: 'launchMissiles' }, /unknown kind "launchMissiles"/],
      [{ kind: 'toString' }, /unknown kind "toString"/],
      [{ kind: 'addNote', text: 'x'.repeat(10_001) }, /longer than 10000/],
      [{ kind: 'saveCustomTest', id: null, label: 'l', args: [1], expected: null }, /\$\.args\[0\]: expected string/],
    ];
    for (const [message, reason] of cases) {
      const parsed = parseWebviewMessage(message);
      assert.equal(parsed.ok, false, JSON.stringify(message));
      assert.match(parsed.reason, reason);
    }
  });

  it('refuses __proto__ and constructor keys and non-plain objects instead of reading through them', () => {
    const polluted: unknown = JSON.parse('{"kind":"addNote","text":"hi","__proto__":{"isAdmin":true}}');
    assert.equal(parseWebviewMessage(polluted).ok, false);
    assert.equal(parseWebviewMessage({ kind: 'addNote', text: 'hi', constructor: {} }).ok, false);
    assert.equal(parseWebviewMessage(Object.assign(Object.create({ kind: 'run' }) as object, {})).ok, false);
    assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
  });

  it('accepts the view the host builds from a real session, and rejects it damaged deep inside', async () => {
    const fixture = await openRoom();
    try {
      fixture.room.askQuestion('Can values repeat?');
      const view = buildView(fixture.room, '<p>statement</p>', false);
      assert.equal(parseHostMessage({ kind: 'view', view }).ok, true);
      const damaged = JSON.parse(JSON.stringify(view)) as { steps: { criteria: { met: unknown }[] }[] };
      const criterion = damaged.steps[0]?.criteria[0];
      assert.ok(criterion);
      criterion.met = 'yes';
      const parsed = parseHostMessage({ kind: 'view', view: damaged });
      assert.equal(parsed.ok, false);
      assert.match(parsed.reason, /steps\[0\]\.criteria\[0\]\.met: expected boolean/);
    } finally {
      fixture.close();
    }
  });
});

describe('translation bundle handed to the webviews', () => {
  it('accepts the shipped bundle, translations with the comment the exporter keeps, and an empty one', () => {
    const shipped = parseTranslationBundle(readFileSync(path.join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.json'), 'utf8'));
    assert.ok(shipped.ok, shipped.ok ? '' : shipped.reason);
    assert.equal(shipped.value['Interview'], 'Interview');
    const commented = { 'Ask': 'Fragen', '{0}: {1}/A verdict': { message: '{0} : {1}', comment: ['A verdict'] } };
    assert.deepEqual(parseTranslationBundle(JSON.stringify(commented)), { ok: true, value: commented });
    assert.deepEqual(parseTranslationBundle('{}'), { ok: true, value: {} });
  });

  it('names what is wrong with a malformed bundle', () => {
    const cases: [string, RegExp][] = [
      ['{"Ask": ', /not JSON/],
      ['["Ask"]', /expected object, got array/],
      ['null', /expected object, got null/],
      ['{"Ask": 5}', /\$\["Ask"\]: expected string, got number/],
      ['{"Ask": {"message": "Fragen"}}', /\$\["Ask"\]\.comment: missing/],
      ['{"Ask": {"message": "Fragen", "comment": [], "extra": 1}}', /unexpected field "extra"/],
      ['{"__proto__": "x"}', /forbidden key/],
      [JSON.stringify({ Ask: 'x'.repeat(5_001) }), /longer than 5000/],
      [JSON.stringify({ ['k'.repeat(5_001)]: 'x' }), /\(key\): longer than 5000/],
      [JSON.stringify(Object.fromEntries(Array.from({ length: 5_001 }, (_, i) => [`s${i}`, 'x']))), /more than 5000 entries/],
    ];
    for (const [json, reason] of cases) {
      const parsed = parseTranslationBundle(json);
      assert.equal(parsed.ok, false, json.slice(0, 60));
      assert.match(parsed.reason, reason);
    }
  });
});
