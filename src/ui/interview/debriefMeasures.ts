/**
 * After the interview, for the debrief: how the final solution's time grows on the problem's
 * generator, and how many of the problem's planted bugs the candidate's own tests would have caught.
 * Both run in the sandbox like every other run; a session closed meanwhile simply records nothing.
 */
import type { Judge } from '../../judge/judge';
import { judgeTestsOf } from './customTests';
import type { InterviewRoom } from './room';

export async function measureForDebrief(room: InterviewRoom, judge: Judge, source: string): Promise<void> {
  const scaling = await judge.measureScaling(room.problem, source, room.session.state.language);
  if (scaling.points.length > 0) {
    room.session.recordScaling(
      scaling.points.map((p) => ({
        size: p.size,
        timeMs: p.timeMs,
        ...(p.referenceMs !== undefined ? { referenceMs: p.referenceMs } : {}),
        ...(p.timedOut === true ? { timedOut: true } : {}),
      })),
      scaling.growth,
    );
  }
  const strength = await judge.measureTestStrength(room.problem, judgeTestsOf(room.savedTests));
  room.session.recordMutants(strength.caught.map((m) => m.file), strength.missed.map((m) => m.file));
}
