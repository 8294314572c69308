import type { ProblemMeta } from '../../problems/types';
import { codingStart, eventsOf } from './sessionLog';
import type { SessionLog } from './sessionLog';

export interface ClarificationOutcome {
  id: string;
  question: string;
  answer: string;
  key: boolean;
  /** When the candidate first asked it, or null if never. */
  askedAt: number | null;
  /** Their own words, when asked. */
  askedAs: string | null;
  /** Asked only after coding had started. */
  askedLate: boolean;
}

export interface ClarificationReport {
  outcomes: ClarificationOutcome[];
  keyTotal: number;
  keyAsked: number;
  /** keyAsked / keyTotal, or null for a bank without key questions. */
  coverage: number | null;
  /** Questions the bank did not recognise, still worth showing with their answers. */
  unmatched: { t: number; text: string; answer: string }[];
  saidNoQuestions: boolean;
}

interface AskedClarification {
  t: number;
  text: string;
  clarificationId: string | null;
  answer: string;
}

/**
 * The candidate's questions about the problem with what each settled on: a direct match, or the
 * clarification confirmed after an ask-back (at the time of the question, in the candidate's words).
 * Small talk is left out; an ask-back never answered counts as unmatched.
 */
function questionsAsked(log: SessionLog): AskedClarification[] {
  const chosen = new Map(eventsOf(log, 'clarification_chosen').map((c) => [c.questionSeq, c]));
  return eventsOf(log, 'question_asked')
    .filter((q) => q.reply !== 'small_talk')
    .map((q) => {
      const choice = q.reply === 'ask_back' ? chosen.get(q.seq) : undefined;
      return choice === undefined ? { t: q.t, text: q.text, clarificationId: q.clarificationId, answer: q.answer } : { t: q.t, text: q.text, clarificationId: choice.clarificationId, answer: choice.answer };
    });
}

export function clarificationReport(log: SessionLog, meta: ProblemMeta | undefined): ClarificationReport {
  const questions = questionsAsked(log);
  const codeFrom = codingStart(log);
  const outcomes = (meta?.clarifications ?? []).map((c): ClarificationOutcome => {
    const first = questions.find((q) => q.clarificationId === c.id);
    return {
      id: c.id,
      question: c.question,
      answer: c.answer,
      key: c.key,
      askedAt: first?.t ?? null,
      askedAs: first?.text ?? null,
      askedLate: first !== undefined && codeFrom !== null && first.t > codeFrom,
    };
  });
  const keys = outcomes.filter((o) => o.key);
  const keyAsked = keys.filter((o) => o.askedAt !== null).length;
  const known = new Set(outcomes.map((o) => o.id));
  return {
    outcomes,
    keyTotal: keys.length,
    keyAsked,
    coverage: keys.length === 0 ? null : keyAsked / keys.length,
    unmatched: questions
      .filter((q) => q.clarificationId === null || !known.has(q.clarificationId))
      .map((q) => ({ t: q.t, text: q.text, answer: q.answer })),
    saidNoQuestions: eventsOf(log, 'no_questions').length > 0,
  };
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);
}

/** A failing input kind relates to a clarification when they share a meaningful word ("empty-input" ~ "empty array"). */
export function relatesToClarification(clarificationId: string, kind: string): boolean {
  const kindWords = new Set(words(kind));
  return words(clarificationId).some((w) => kindWords.has(w) || [...kindWords].some((k) => k.startsWith(w) || w.startsWith(k)));
}
