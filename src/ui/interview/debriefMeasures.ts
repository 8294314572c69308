/**
 * After the interview, for the debrief: how the final solution's time grows on the problem's
 * generator, and how many of the problem's planted bugs the candidate's own tests would have caught.
 * Both run in the sandbox like every other run; a session closed meanwhile simply records nothing.
 */
import type { Judge } from '../../judge/judge';
import { judgeTestsOf } from './customTests';
import type { InterviewRoom } from './room';

export async function measureForDebrief(room: InterviewRoom, judge: Judge, source: string, log: (message: string) => void): Promise<void> {
  // A scaling run that fails (a generator refusing a size) must not cost the debrief its planted-bug figures.
  const scaling = await judge.measureScaling(room.problem, source, room.session.state.language).catch((error: unknown) => {
    log(`Scaling not measured for ${room.problem.meta.id}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (scaling !== undefined && scaling.points.length > 0) {
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
