/**
 * `onsite ask <problem-id | problem-dir> "<question>" [--json]`: what the interviewer would say to a
 * clarifying question, through the same `Interviewer` the interview panel uses. Exit 0 whatever the
 * reply; 2 on usage or problem errors.
 */
import { Interviewer } from '../core/interviewer/interviewer';
import type { InterviewerReply } from '../core/interviewer/interviewer';
import { loadProblemOrExplain, problemDirFor, splitProblemCommandArgs, unknownProblemMessage } from './problemCommand';

export const ASK_USAGE = 'usage: onsite ask <problem-id | problem-dir> "<question>" [--json]';

function fail(message: string): number {
  console.error(`onsite ask: ${message}\n${ASK_USAGE}`);
  return 2;
}

/** The reply as `--json` prints it: `clarificationId` only for a direct answer; the choices of an ask-back in `candidates`. */
export function replySummary(reply: InterviewerReply): {
  clarificationId: string | null;
  reply: InterviewerReply['kind'];
  answer: string;
  confidence: number;
  candidates: { id: string; question: string; score: number }[];
} {
  const offered = reply.kind === 'ask_back' ? reply.candidates.filter((c) => reply.choices.includes(c.clarification)) : reply.candidates.filter((c) => c.score > 0);
  return {
    clarificationId: reply.kind === 'answer' ? reply.clarification.id : null,
    reply: reply.kind,
    answer: reply.text,
    confidence: Math.round(reply.confidence * 1000) / 1000,
    candidates: offered.map((c) => ({ id: c.clarification.id, question: c.clarification.question, score: Math.round(c.score * 1000) / 1000 })),
  };
}

export async function runAsk(args: string[]): Promise<number> {
  const { json, positional, unknownOptions } = splitProblemCommandArgs(args);
  if (unknownOptions.length > 0) return fail(`unknown option ${unknownOptions.join(', ')}`);
  const [problemArg, question] = positional;
  if (problemArg === undefined || question === undefined || positional.length > 2) return fail('expected a problem and one question (quote it)');
  if (question.trim() === '') return fail('the question is empty');
  const dir = problemDirFor(problemArg);
  if (dir === undefined) return fail(unknownProblemMessage(problemArg));
  const problem = await loadProblemOrExplain('ask', dir);
  if (problem === undefined) return 2;
  const summary = replySummary(Interviewer.forProblem(problem.meta).reply(question));
  if (json) {
    console.log(JSON.stringify(summary, null, 2));
    return 0;
  }
  console.log(`Interviewer: ${summary.answer}`);
  const label = summary.reply === 'answer' ? `answered from "${summary.clarificationId ?? ''}"` : summary.reply.replace('_', ' ');
  console.log(`    (${label}, confidence ${summary.confidence.toFixed(2)})`);
  for (const c of summary.candidates) console.log(`    ${c.score.toFixed(2)}  ${c.id}: ${c.question}`);
  return 0;
}
