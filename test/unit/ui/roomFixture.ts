/** A real interview room over a bundled problem, its log in a temporary folder: three lines per test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Mode } from '../../../src/core/events';
import { InterviewSession } from '../../../src/core/session';
import { SessionStore } from '../../../src/core/storage';
import { CustomTestStore } from '../../../src/ui/interview/customTests';
import { InterviewRoom, type RoomOptions } from '../../../src/ui/interview/room';

import { bankProblem as bundled } from '../../builders/problems';

export { BANK_DIR as BANK } from '../../builders/problems';
export { bundled };

export interface RoomFixture {
  room: InterviewRoom;
  dir: string;
  store: SessionStore;
  tests: CustomTestStore;
  close(): void;
}

export async function openRoom(problemId = 'two-sum', mode: Mode = 'practice', options: RoomOptions = {}): Promise<RoomFixture> {
  const problem = await bundled(problemId);
  const dir = mkdtempSync(path.join(tmpdir(), 'onsite-ui-'));
  const store = new SessionStore(path.join(dir, 'sessions'), 60_000);
  const tests = new CustomTestStore(path.join(dir, 'custom-tests'));
  const session = InterviewSession.start({ problem: problem.meta, language: 'javascript', mode }, { store });
  const room = new InterviewRoom(session, problem, tests, options);
  return {
    room,
    dir,
    store,
    tests,
    close() {
      room.dispose();
      room.session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
