/**
 * Every bundled problem opens as an interview in every language: the room (with its interviewer), the
 * statement rendered as the panel renders it, and the view the host sends, checked by the webview's own
 * protocol parser, which drops a view it cannot read and leaves the panel empty; then, given up, its
 * debrief as the debrief panel would receive it. One bank whose phrasing
 * said "constructor" once could not open at all; this walks the whole bank so the next one shows here.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildDebrief } from '../../../src/core/debrief/debrief';
import { InterviewSession } from '../../../src/core/session';
import { SessionStore } from '../../../src/core/storage';
import { loadProblemBank } from '../../../src/problems/loader';
import { CustomTestStore } from '../../../src/ui/interview/customTests';
import { InterviewRoom } from '../../../src/ui/interview/room';
import { renderStatement } from '../../../src/ui/interview/statement';
import { debriefView } from '../../../src/ui/debrief/debriefView';
import { buildView } from '../../../src/ui/interview/view';
import { parseDebriefHostMessage } from '../../../src/webview/debrief/protocol';
import { parseHostMessage } from '../../../src/webview/protocol';
import type { Language } from '../../../src/vocabulary/languages';
import { BANK } from './roomFixture';

const LANGUAGES: readonly Language[] = ['javascript', 'typescript', 'python'];

describe('every bundled problem opens as an interview', () => {
  let dir: string;

  before(() => { dir = mkdtempSync(path.join(tmpdir(), 'onsite-every-problem-')); });
  after(() => { rmSync(dir, { recursive: true, force: true }); });

  it('in JavaScript, TypeScript and Python: the room, its interviewer, a view the panel accepts, and a debrief', async () => {
    const bank = await loadProblemBank([{ path: BANK, origin: 'bundled' }]);
    assert.ok(bank.problems.length >= 150, `only ${bank.problems.length} problems loaded`);
    const store = new SessionStore(path.join(dir, 'sessions'), 60_000);
    const tests = new CustomTestStore(path.join(dir, 'custom-tests'));
    const failures: string[] = [];
    for (const problem of bank.problems) {
      const statementHtml = renderStatement(problem.statement);
      for (const language of LANGUAGES) {
        let room: InterviewRoom | undefined;
        try {
          const session = InterviewSession.start({ problem: problem.meta, language, mode: 'practice' }, { store });
          room = new InterviewRoom(session, problem, tests, {});
          const asked = room.askQuestion('Can the input be empty, and what does the constructor take?');
          if (!asked.ok) failures.push(`${problem.meta.id} (${language}): the question was refused`);
          const parsed = parseHostMessage({ kind: 'view', view: buildView(room, statementHtml, false) });
          if (!parsed.ok) failures.push(`${problem.meta.id} (${language}): the panel would drop its view: ${parsed.reason}`);
          // Given up at once: the debrief still reads this problem's bank (key questions, complexity classes).
          if (!room.session.giveUp().ok) failures.push(`${problem.meta.id} (${language}): could not give up`);
          const read = store.read(room.session.id);
          if (!read.ok) throw new Error(`its log does not read back: ${read.corrupt.reason}`);
          const debrief = parseDebriefHostMessage({ kind: 'debrief', view: debriefView(buildDebrief(read.log.events, problem.meta)) });
          if (!debrief.ok) failures.push(`${problem.meta.id} (${language}): the debrief panel would drop its view: ${debrief.reason}`);
        } catch (error) {
          failures.push(`${problem.meta.id} (${language}): ${(error as Error).message}`);
        } finally {
          room?.dispose();
          room?.session.close();
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
