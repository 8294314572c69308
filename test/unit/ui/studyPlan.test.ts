import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { LogBuilder } from '../../builders/sessionLog';
import { tempStore } from '../../builders/store';
import { loadProblemBank } from '../../../src/problems/loader';
import { STUDY_EXTRAS, STUDY_LIST, studyTopicOf } from '../../../src/problems/studyList';
import type { Problem } from '../../../src/problems/types';
import { ProblemProgressCache } from '../../../src/ui/explorer/problemStatus';
import { groupByStudyTopic, listProgress, studyPlan } from '../../../src/ui/explorer/studyPlan';
import type { PlanSection, StudySection } from '../../../src/ui/explorer/studyPlan';
import { sectionName, solvedOf } from '../../../src/ui/explorer/studyWords';

const root = path.join(__dirname, '..', '..', '..');
const sectionIdOf = (section: StudySection): string => (section === 'extra' ? 'extra' : section.id);

describe('study list', () => {
  it('has the 18 topics in the list order, with the list counts', () => {
    assert.deepEqual(
      STUDY_LIST.map((t) => `${t.name}: ${t.problems.length}`),
      [
        'Arrays & Hashing: 9', 'Two Pointers: 5', 'Sliding Window: 6', 'Stack: 7', 'Binary Search: 7', 'Linked List: 11',
        'Trees: 15', 'Tries: 3', 'Heap / Priority Queue: 7', 'Backtracking: 9', 'Graphs: 13', 'Advanced Graphs: 6',
        '1-D Dynamic Programming: 12', '2-D Dynamic Programming: 11', 'Greedy: 8', 'Intervals: 6', 'Math & Geometry: 8', 'Bit Manipulation: 7',
      ],
    );
  });

  it('holds 150 distinct problems, with Move Zeroes as the one extra and not on the list', () => {
    const ids = STUDY_LIST.flatMap((t) => t.problems.map((p) => p.id));
    assert.equal(ids.length, 150);
    assert.equal(new Set(ids).size, 150);
    assert.deepEqual(STUDY_EXTRAS.map((p) => p.id), ['move-zeroes']);
    assert.equal(studyTopicOf('move-zeroes'), undefined);
    assert.equal(studyTopicOf('two-sum')?.name, 'Arrays & Hashing');
    assert.equal(studyTopicOf('regular-expression-matching')?.name, '2-D Dynamic Programming');
    assert.equal(new Set(STUDY_LIST.map((t) => t.id)).size, 18);
  });

  it('names each topic in the display language, never falling back to the raw name', () => {
    // The fallback exists for the type checker only: every topic has its own literal for the exporter.
    for (const topic of STUDY_LIST) assert.equal(sectionName(topic), topic.name);
    assert.equal(sectionName('extra'), 'Extra (not on the list)');
    assert.equal(solvedOf(3, 9), '3 of 9 solved');
  });
});

describe('study plan over the bundled bank', () => {
  let bank: Problem[];

  before(async () => {
    bank = (await loadProblemBank([{ path: path.join(root, 'problems'), origin: 'bundled' }])).problems;
  });

  it('bundles only problems of the list or its extras', () => {
    const known = new Set([...STUDY_LIST.flatMap((t) => t.problems.map((p) => p.id)), ...STUDY_EXTRAS.map((p) => p.id)]);
    assert.ok(bank.length > 0);
    assert.deepEqual(bank.map((p) => p.meta.id).filter((id) => !known.has(id)), []);
  });

  it('groups the explorer by list topic in list order, each problem once, Move Zeroes under Extra', () => {
    const groups = groupByStudyTopic(bank);
    const listOrder = STUDY_LIST.map((t) => t.id);
    const topicIds = groups.flatMap((g) => (g.section === 'extra' ? [] : [g.section.id]));
    assert.deepEqual(topicIds, listOrder.filter((id) => topicIds.includes(id)), 'topics keep the list order');
    assert.equal(sectionIdOf(groups[groups.length - 1]?.section ?? 'extra'), 'extra');
    assert.deepEqual(groups.find((g) => g.section === 'extra')?.problems.map((p) => p.meta.id), ['move-zeroes']);
    for (const group of groups) {
      if (group.section === 'extra') continue;
      const inList = group.section.problems.map((p) => p.id);
      assert.deepEqual(group.problems.map((p) => p.meta.id), inList.filter((id) => bank.some((p) => p.meta.id === id)), `${group.section.name} keeps the list order`);
    }
    const shown = groups.flatMap((g) => g.problems.map((p) => p.meta.id)).sort();
    assert.deepEqual(shown, bank.map((p) => p.meta.id).sort(), 'every bank problem shows exactly once');
  });

  it('puts the user\'s own problems off the list under Extra, by title, and leaves empty topics out', async () => {
    const withUser = await loadProblemBank([
      { path: path.join(root, 'problems', 'two-sum'), origin: 'bundled' },
      { path: path.join(root, 'test', 'fixtures', 'problems'), origin: 'user' },
    ]);
    const groups = groupByStudyTopic(withUser.problems);
    assert.deepEqual(groups.map((g) => sectionIdOf(g.section)), ['arrays-and-hashing', 'extra']);
    const extra = groups[1]?.problems ?? [];
    assert.ok(extra.length >= 2 && extra.every((p) => p.origin === 'user'));
    const titles = extra.map((p) => p.meta.title);
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)));
  });

  it('counts accepted Submits from real session logs per topic, and marks the rest of the list coming soon', () => {
    const store = tempStore();
    try {
      let n = 0;
      const session = (problemId: string): LogBuilder => new LogBuilder({ sessionId: `s${(n += 1)}`, problemId }).after(60_000).toPhase('plan').after(60_000).toPhase('code').after(300_000);
      session('two-sum').submit('accepted').writeTo(store.dir);
      session('two-sum').submit('accepted').writeTo(store.dir);
      session('valid-anagram').submit('wrong_answer').writeTo(store.dir);
      session('group-anagrams').giveUp().writeTo(store.dir);
      session('product-of-array-except-self').submit('wrong_answer').writeTo(store.dir);
      session('product-of-array-except-self').submit('accepted').writeTo(store.dir);
      session('reverse-linked-list').submit('accepted').writeTo(store.dir);
      // Started, not submitted: attempted, not solved.
      session('number-of-islands').writeTo(store.dir);
      session('move-zeroes').submit('accepted').writeTo(store.dir);

      const progress = new ProblemProgressCache(() => {
        const scan = store.scan();
        return [...scan.finished, ...scan.inProgress].map((l) => l.state);
      });
      const plan = studyPlan(bank, progress.current());
      const byId = new Map(plan.map((s) => [sectionIdOf(s.section), s]));
      const line = (id: string): string => {
        const s = byId.get(id) as PlanSection;
        return `${sectionName(s.section)} — ${solvedOf(s.solved, s.total)}`;
      };

      assert.deepEqual(plan.map((s) => sectionIdOf(s.section)), [...STUDY_LIST.map((t) => t.id), 'extra']);
      assert.equal(line('arrays-and-hashing'), 'Arrays & Hashing — 2 of 9 solved');
      assert.equal(line('linked-list'), 'Linked List — 1 of 11 solved');
      assert.equal(line('graphs'), 'Graphs — 0 of 13 solved');
      assert.equal(line('extra'), 'Extra (not on the list) — 1 of 1 solved');
      assert.deepEqual(listProgress(plan), { solved: 3, total: 150 }, 'Move Zeroes is not part of the 150');

      const shown = (id: string): string[] => (byId.get(id) as PlanSection).entries.map((e) => (e.kind === 'available' ? `${e.problem.meta.id}:${e.progress}` : `${e.planned.id}:soon`));
      // Problems join the bank over time: whichever of these is not bundled yet must show as coming soon.
      const expected = (id: string, progress: string): string => `${id}:${bank.some((p) => p.meta.id === id) ? progress : 'soon'}`;
      assert.deepEqual(shown('arrays-and-hashing'), [
        expected('contains-duplicate', 'untried'), expected('valid-anagram', 'attempted'), expected('two-sum', 'solved'),
        expected('group-anagrams', 'attempted'), expected('top-k-frequent-elements', 'untried'), expected('encode-and-decode-strings', 'untried'),
        expected('product-of-array-except-self', 'solved'), expected('valid-sudoku', 'untried'), expected('longest-consecutive-sequence', 'untried'),
      ]);
      assert.equal(shown('graphs')[0], 'number-of-islands:attempted', 'a session still open counts as attempted');
      const soon = plan.flatMap((s) => s.entries).flatMap((e) => (e.kind === 'comingSoon' ? [e.planned.id] : []));
      assert.equal(soon.length, 150 - bank.filter((p) => studyTopicOf(p.meta.id) !== undefined).length, 'every list problem outside the bank is coming soon');
      assert.ok(soon.every((id) => !bank.some((p) => p.meta.id === id)));
    } finally {
      store.dispose();
    }
  });

  it('reads the logs once until told to forget, so two views cost one scan', () => {
    let scans = 0;
    const progress = new ProblemProgressCache(() => { scans += 1; return []; });
    progress.current();
    progress.current();
    assert.equal(scans, 1);
    progress.forget();
    progress.current();
    assert.equal(scans, 2);
  });
});
