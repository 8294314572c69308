/**
 * The interviewer measured on the clarify evaluation set (test/fixtures/clarify-eval): questions written
 * fresh from each clarification's question and answer, never from its phrasings, plus off-bank questions
 * and small talk. Shared by `npm run bench` and the unit test that asserts the accuracy targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Interviewer } from '../../src/core/interviewer/interviewer';
import type { ConfidenceBands, InterviewerReply } from '../../src/core/interviewer/interviewer';
import type { ScorerName } from '../../src/core/interviewer/scorers';
import { loadProblemBank } from '../../src/problems/loader';
import type { ProblemMeta } from '../../src/problems/types';

export interface EvalQuestion {
  text: string;
  expect: string | null;
  /** Other entries whose answer also answers the question, where two bank entries overlap. */
  alsoAccept?: string[];
  kind?: 'off-bank' | 'small-talk';
}

export interface EvalFile {
  problem: string;
  questions: EvalQuestion[];
}

export function readEvalSet(dir: string): EvalFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalFile);
}

/**
 * The set split by problem, alternately in name order: ideas are tuned on the first half and read on the
 * second, so a gain that only fits the tuning half's sentences shows up as a gap between the two.
 */
export function splitByProblem(evalSet: readonly EvalFile[]): { tuning: EvalFile[]; heldOut: EvalFile[] } {
  const sorted = [...evalSet].sort((a, b) => a.problem.localeCompare(b.problem));
  return { tuning: sorted.filter((_, i) => i % 2 === 0), heldOut: sorted.filter((_, i) => i % 2 === 1) };
}

export async function bundledMetas(problemsRoot: string): Promise<Map<string, ProblemMeta>> {
  const bank = await loadProblemBank([{ path: problemsRoot, origin: 'bundled' }]);
  return new Map(bank.problems.map((p) => [p.meta.id, p.meta]));
}

export interface ClarifyFigures {
  questions: number;
  inBank: number;
  offBank: number;
  smallTalk: number;
  /** In-bank questions answered with the right clarification at once. */
  rightDirect: number;
  /** In-bank questions asked back with the right clarification among the choices. */
  rightViaAskBack: number;
  /** In-bank questions given the neutral reply or taken for small talk. */
  unmatched: number;
  /** In-bank questions asked back without the right clarification among the choices. */
  askedBackWrongly: number;
  /** Questions of any kind answered directly with a clarification they did not ask about. */
  wrong: number;
  /** Off-bank questions given the neutral reply (or taken for small talk), asked back, answered. */
  offBankNeutral: number;
  offBankAskedBack: number;
  smallTalkHandled: number;
  /** Load (training) time per problem and reply time per question, ms. */
  loadMs: number[];
  replyMs: number[];
}

export interface ClarifyMiss {
  problem: string;
  text: string;
  expect: string | null;
  reply: InterviewerReply['kind'];
  got: string[];
}

export function evaluateInterviewer(
  evalSet: readonly EvalFile[],
  metas: ReadonlyMap<string, ProblemMeta>,
  scorer: ScorerName,
  bands?: ConfidenceBands,
  misses?: ClarifyMiss[],
): ClarifyFigures {
  const f: ClarifyFigures = {
    questions: 0, inBank: 0, offBank: 0, smallTalk: 0, rightDirect: 0, rightViaAskBack: 0, unmatched: 0, askedBackWrongly: 0,
    wrong: 0, offBankNeutral: 0, offBankAskedBack: 0, smallTalkHandled: 0, loadMs: [], replyMs: [],
  };
  for (const file of evalSet) {
    const meta = metas.get(file.problem);
    if (meta === undefined) throw new Error(`The evaluation set names an unknown problem: ${file.problem}`);
    const loadStart = performance.now();
    const interviewer = Interviewer.forProblem(meta, scorer, bands);
    f.loadMs.push(performance.now() - loadStart);
    for (const q of file.questions) {
      const start = performance.now();
      const reply = interviewer.reply(q.text);
      f.replyMs.push(performance.now() - start);
      f.questions++;
      const got = reply.kind === 'answer' ? [reply.clarification.id] : reply.kind === 'ask_back' ? reply.choices.map((c) => c.id) : [];
      let right = false;
      // The set allows either of two overlapping entries; a bank without overlaps is scored strictly.
      const accepted = q.expect === null ? [] : [q.expect, ...(q.alsoAccept ?? [])];
      const answered = reply.kind === 'answer' ? reply.clarification.id : null;
      if (answered !== null && !accepted.includes(answered)) f.wrong++;
      if (q.expect !== null) {
        f.inBank++;
        if (answered !== null && accepted.includes(answered)) {
          f.rightDirect++;
          right = true;
        } else if (reply.kind === 'ask_back' && got.some((id) => accepted.includes(id))) f.rightViaAskBack++;
        else if (reply.kind === 'ask_back') f.askedBackWrongly++;
        else if (reply.kind !== 'answer') f.unmatched++;
      } else if (q.kind === 'small-talk') {
        f.smallTalk++;
        if (reply.kind === 'small_talk') {
          f.smallTalkHandled++;
          right = true;
        }
      } else {
        f.offBank++;
        if (reply.kind === 'neutral' || reply.kind === 'small_talk') {
          f.offBankNeutral++;
          right = true;
        } else if (reply.kind === 'ask_back') f.offBankAskedBack++;
      }
      if (!right) misses?.push({ problem: file.problem, text: q.text, expect: q.expect, reply: reply.kind, got });
    }
  }
  return f;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function formatClarifyFigures(rows: readonly { name: string; figures: ClarifyFigures }[]): string[] {
  const first = rows[0]?.figures;
  const header = first === undefined ? '' : ` (${first.questions} questions: ${first.inBank} in-bank, ${first.offBank} off-bank, ${first.smallTalk} small talk)`;
  const lines = [
    `Clarify evaluation set${header}`,
    '',
    '| approach | in-bank right directly | right directly or via ask-back | in-bank unmatched | in-bank asked back, right one not offered | wrong answers (of all) | off-bank given neutral / asked back | small talk handled | ms per question (median / max) | load ms per problem (median / max) |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { name, figures: f } of rows) {
    lines.push(
      `| ${name} | ${percent(f.rightDirect, f.inBank)} | ${percent(f.rightDirect + f.rightViaAskBack, f.inBank)} | ${percent(f.unmatched, f.inBank)} | ${percent(f.askedBackWrongly, f.inBank)} | ` +
        `${percent(f.wrong, f.questions)} (${f.wrong}) | ${percent(f.offBankNeutral, f.offBank)} / ${percent(f.offBankAskedBack, f.offBank)} | ${percent(f.smallTalkHandled, f.smallTalk)} | ` +
        `${median(f.replyMs).toFixed(2)} / ${Math.max(...f.replyMs).toFixed(1)} | ${median(f.loadMs).toFixed(1)} / ${Math.max(...f.loadMs).toFixed(1)} |`,
    );
  }
  return lines;
}
