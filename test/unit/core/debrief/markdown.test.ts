import { strict as assert } from 'node:assert';
import { buildDebrief } from '../../../../src/core/debrief/debrief';
import { debriefView } from '../../../../src/ui/debrief/debriefView';
import { debriefMarkdown, debriefSummary } from '../../../../src/ui/debrief/markdown';
import { parseDebriefHostMessage } from '../../../../src/webview/debrief/protocol';
import type { ProblemMeta } from '../../../../src/problems/types';
import { climbingStairs, script, test } from './sessionScript';

const utc = (at: number): string => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

function session() {
  return script()
    .at('00:40').ask('How large can | n get?', 'input-size', 'n is between 1 and 45.')
    .at('01:05').to('plan')
    .at('02:10').plan('dp', 'O(n)', 'O(1)')
    .at('04:25').to('code')
    .at('11:30').run(test('single element: n = 1', 'wrong_answer', 'visible'))
    .at('13:00').submit(test('single element: n = 1'), test('worst case: n = 45'))
    .at('13:10').mutants(['fibonacci-base'], ['one-step-short'])
    .at('13:30').end('accepted')
    .at('13:40').selfReview([3, 4, 3, 2, 3], 'felt ok');
}

describe('debrief Markdown export', () => {
  let meta: ProblemMeta;
  before(async () => {
    meta = await climbingStairs();
  });

  it('has the header, every section, and figures taken from the log', () => {
    const md = debriefMarkdown(buildDebrief(session().events(), meta), { formatDate: utc });
    const lines = md.split('\n');
    assert.equal(lines[0], '# Onsite debrief — Climbing Stairs (easy) · JavaScript · practice mode');
    assert.equal(lines[1], '2026-11-20 19:02 · 13:30 active (limit 25:00) · **Accepted on the 1st submit**');
    for (const heading of ['## Time per phase', '## What happened', '## Clarifications — 1 of 2 key questions asked', '## Complexity', '## Testing', '## Feedback', '## Self-review (before results → evidence)']) {
      assert.ok(lines.includes(heading), `missing ${heading}`);
    }
    assert.ok(lines.includes('| clarify | 01:05 | 03:00 | ▇▇▇▇ |'));
    assert.ok(lines.some((l) => l.startsWith('- ✘ Do sequences with the same moves in a different order count separately? — *Yes.')));
    assert.ok(lines.includes('Your plan stated O(n) time, O(1) space; this problem expects O(n) time, O(1) space — matches it.'), lines.join('\n'));
    assert.ok(lines.includes('| Testing & verification | 2 | 3 — 1 of 2 planted bugs caught |'));
    assert.ok(lines.includes('Your notes: felt ok'));
    assert.ok(lines.includes('Your tests caught 1 of 2 planted bugs. Missed: *stops the loop one stair early and returns the count for n - 1* (none of your tests had small input).'));
  });

  it('names the language the session was answered in, Python included', () => {
    const debrief = buildDebrief(session().events(), meta);
    const names = (['javascript', 'typescript', 'python'] as const).map((language) => debriefMarkdown({ ...debrief, language }, { formatDate: utc }).split('\n')[0]);
    assert.deepEqual(names, [
      '# Onsite debrief — Climbing Stairs (easy) · JavaScript · practice mode',
      '# Onsite debrief — Climbing Stairs (easy) · TypeScript · practice mode',
      '# Onsite debrief — Climbing Stairs (easy) · Python 3 · practice mode',
    ]);
  });

  it('ends with what the history suggests next, when given', () => {
    const next = { weaknesses: ['Skipped key clarifying questions in 4 of the last 5 sessions'], suggestion: { title: 'Group Anagrams', reason: 'hash-map: 0 of 2 sessions accepted on the first submit' } };
    const md = debriefMarkdown(buildDebrief(session().events(), meta), { formatDate: utc, next });
    assert.ok(md.endsWith('## Next\n- Skipped key clarifying questions in 4 of the last 5 sessions.\nSuggested next: *Group Anagrams* (hash-map: 0 of 2 sessions accepted on the first submit).\n'));
    assert.ok(!debriefMarkdown(buildDebrief(session().events(), meta), { formatDate: utc }).includes('## Next'));
  });

  it('escapes user text so it cannot break a table or add markup', () => {
    const md = debriefMarkdown(buildDebrief(session().events(), meta), { formatDate: utc });
    assert.ok(md.includes('Asked "How large can \\| n get?"'));
  });

  it('copies a short summary with outcome, time and each feedback sentence', () => {
    const summary = debriefSummary(buildDebrief(session().events(), meta));
    const lines = summary.split('\n');
    assert.equal(lines[0], 'Climbing Stairs (easy): Accepted on the 1st submit in 13:30.');
    assert.equal(lines[1], 'Key questions 1/2; runs 1; submits 1; planted bugs caught 1/2.');
    assert.ok(lines.includes('- You never ran your own test before submitting.'));
  });
});

describe('debrief: the efficiency tier in the tests section', () => {
  let meta: ProblemMeta;
  before(async () => {
    meta = await climbingStairs();
  });

  /** The session above with an efficiency verdict on its submitted event, as judging.ts records it. */
  function withEfficiency(efficiency: unknown) {
    return session().events().map((e) => (e.type === 'submitted' ? ({ ...e, efficiency } as typeof e) : e));
  }

  it('says in one sentence that an accepted solution is too slow at interview scale, with the figures', () => {
    const efficiency = { verdict: 'too_slow', expected: 'O(n)', slowest: { label: 'interview scale: n = 20000', ms: 1000, referenceMs: 40, limitMs: 1000, timedOut: true } };
    const md = debriefMarkdown(buildDebrief(withEfficiency(efficiency), meta), { formatDate: utc });
    assert.ok(
      md.split('\n').includes('Accepted, and too slow at interview scale: on "interview scale: n = 20000" it was stopped at the tier\'s 1000 ms limit, at least 25× the reference\'s 40 ms: an interviewer will ask for O(n).'),
      md,
    );
  });

  it('says it in the debrief panel too, in the tests section, and names the JavaScript reference beside Python', () => {
    const efficiency = { verdict: 'too_slow', expected: 'O(n)', slowest: { label: 'interview scale: n = 20000', ms: 4000, referenceMs: 40, limitMs: 4000, timedOut: true } };
    const events = withEfficiency(efficiency);
    const sentence = 'Accepted, and too slow at interview scale: on "interview scale: n = 20000" it was stopped at the tier\'s 4000 ms limit, at least 100× the reference\'s 40 ms: an interviewer will ask for O(n).';
    assert.ok(debriefView(buildDebrief(events, meta), utc).testing.includes(sentence));
    const inPython = events.map((e) => (e.type === 'session_started' ? { ...e, language: 'python' as const } : e));
    const view = debriefView(buildDebrief(inPython, meta), utc);
    assert.ok(view.testing.includes(sentence.replace("the reference's", "the JavaScript reference's")), view.testing.join('\n'));
    assert.equal(parseDebriefHostMessage({ kind: 'debrief', view }).ok, true);
  });

  it('leaves out a malformed efficiency field from a hand-edited log', () => {
    const md = debriefMarkdown(buildDebrief(withEfficiency({ verdict: 'fast', slowest: 3 }), meta), { formatDate: utc });
    assert.ok(!md.includes('interview scale'));
  });
});
