import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { InterviewSession } from '../../../src/core/session';
import { SessionStore } from '../../../src/core/storage';
import { CustomTestStore } from '../../../src/ui/interview/customTests';
import { InterviewRoom } from '../../../src/ui/interview/room';
import { buildView } from '../../../src/ui/interview/view';
import { bundled } from './roomFixture';

/** The custom-test form's parameters in a Python interview of a bundled problem. */
async function pythonParams(problemId: string): Promise<{ name: string; type: string }[]> {
  const problem = await bundled(problemId);
  const dir = mkdtempSync(path.join(tmpdir(), 'onsite-ui-'));
  const session = InterviewSession.start({ problem: problem.meta, language: 'python', mode: 'practice' }, { store: new SessionStore(path.join(dir, 'sessions'), 60_000) });
  const room = new InterviewRoom(session, problem, new CustomTestStore(path.join(dir, 'custom-tests')));
  try {
    return buildView(room, '<p>statement</p>', false).problem.params;
  } finally {
    room.dispose();
    session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the custom-test form in a Python interview', () => {
  it("labels the parameters with starter.py's annotations", async () => {
    assert.deepEqual(await pythonParams('two-sum'), [
      { name: 'nums', type: 'List[int]' },
      { name: 'target', type: 'int' },
    ]);
  });

  it("keeps a cycle's pos, which the def line lacks because it is not passed, and still labels head as Python does", async () => {
    assert.deepEqual(await pythonParams('linked-list-cycle'), [
      { name: 'head', type: 'Optional[ListNode]' },
      { name: 'pos', type: 'number' },
    ]);
  });
});
