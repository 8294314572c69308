/**
 * The interviewer of the Clarify phase: reads a candidate's question and decides, as a real interviewer
 * would, to answer it from the problem's clarification bank, to ask back which of two things was meant,
 * to give the neutral "make an assumption" reply to a question the bank does not cover, or to steer small
 * talk back to the problem. The panel and `onsite ask` both go through `reply`, so they cannot disagree.
 */
import type { Clarification, ProblemMeta } from '../../problems/types';
import { contentTerms, vocabularyOf } from './language';
import type { Vocabulary } from './language';
import { createScorer } from './scorers';
import type { ClarificationScorer, ScoredClarification, ScorerName } from './scorers';

/** The interviewer's answer when the bank has nothing on the question. */
export const NEUTRAL_ANSWER = 'Good question — make a reasonable assumption and state it.';
/** The in-character reply to small talk; it is not counted as a question about the problem. */
export const SMALL_TALK_REPLY = "Let's focus on the problem — what would you like to know about the input?";

/** Score thresholds that split answers into bands; see `bandsFor`. */
export interface ConfidenceBands {
  /** At or above this, with `margin` over the runner-up, the interviewer answers directly. */
  direct: number;
  /** How far ahead of the runner-up a direct answer must be. */
  margin: number;
  /** At or above this (and not direct), the interviewer asks back between the top two. */
  askBack: number;
}

/** Calibrated per scorer by `npm run bench -- --calibrate` on the bank's own phrasings (held out one at a time). */
export const DEFAULT_BANDS: Record<ScorerName, ConfidenceBands> = {
  ngram: { direct: 0.43, margin: 0.24, askBack: 0.05 },
  // Held out, no lexical score separated covered from uncovered questions well enough to answer directly.
  lexical: { direct: 1.01, margin: 0, askBack: 0.05 },
  blend: { direct: 0.71, margin: 0.18, askBack: 0.05 },
};

interface ReplyBase {
  /** What the interviewer says. */
  text: string;
  /** The best clarification's score, 0–1. */
  confidence: number;
  /** The closest clarifications, best first (at most three). */
  candidates: ScoredClarification[];
}

export type InterviewerReply =
  | (ReplyBase & { kind: 'answer'; clarification: Clarification })
  | (ReplyBase & { kind: 'ask_back'; choices: Clarification[] })
  | (ReplyBase & { kind: 'neutral' })
  | (ReplyBase & { kind: 'small_talk' });

/** Words of any interview question about a problem, whatever the problem: a question using one is not small talk. */
const INTERVIEW_WORDS = new Set(
  contentTerms(
    'input output array string value integer empty size sorted negative complexity memory language library built-in '
      + 'return edge case test example constraint limit algorithm brute force recursion recursive approach hash map set code answer modify '
      + 'null zero duplicate distinct order valid invalid range tree graph list node matrix grid pointer index character parameter argument',
  ),
);

/** Small talk that can share a word with a problem ("how is your day going", "what time is it there"). */
const SMALL_TALK_CUES =
  /\b(hi|hello|hey|thanks|thank you|cheers|good (morning|afternoon|evening|day)|how are (you|things)|how('s| is| has) (it|your|the|everything|life)\b|how have you been|your (day|week|weekend|name|team|job|role|company|favou?rite|hobby|hobbies)|weather|lunch|dinner|breakfast|coffee|tea|weekend|holiday|vacation|nice to meet|pleasure to meet|where are you (from|based|located)|tell me about (yourself|you|the company|the team)|joke|can you hear me|my (internet|connection|mic|camera)|bathroom|water break|sports?|football|movie|music|music|pets?|dog|cat)\b/i;

/**
 * Questions about the interview itself rather than the problem: the tools allowed, the time, how to
 * work, how the candidate feels. They get the small-talk reply too, but only when they name no
 * parameter and no clarification fits them well, so "how long can the array be?" stays a question.
 */
const INTERVIEW_META_CUES =
  /\b(can i (use|write (it|this|my solution|the solution|code)? ?in|code in|do (it|this) in) (python|java|javascript|typescript|c\+\+|c#|go|golang|rust|ruby|kotlin|swift|js|ts)|(which|what) (programming )?language|programming language|google|search (online|the web|the internet)|look (it|things|something|stuff) up|stack ?overflow|(use|check|read) (the )?(docs|documentation)|chatgpt|copilot|\bai\b|think(ing)? (out loud|aloud)|talk (through|out loud)|how (long|much time) (do i|have i|will (this|it|we)|is (this|the interview|the session)|are we)|how much time|time (left|remaining)|minutes (left|remaining)|time limit for (this|the interview)|next (round|step|stage)s?|(the|this) interview (format|process|structure|go)|take (a )?notes|pen and paper|whiteboard|(feel|feeling|i am|i'm|im) (so |a bit |a little |really |very )?(nervous|anxious|stressed|tired|excited|sleepy|hungry|great|good|fine|okay|ok)|nervous|give me a (sec|second|minute|moment)|one (sec|second|moment)|bear with me|questions for you|sorry (for|about) (the|my) (delay|noise|background))\b/i;

/** Words that make a meta-sounding question one about the problem ("how much time complexity is allowed?"). */
const PROBLEM_TERMS = new Set(
  contentTerms('input output array string value integer empty size sorted negative complexity memory return edge case test example constraint range tree graph node grid index character'),
);

/** How much a clarification's score keeps when it never names a scalar parameter the question names. */
const SCALAR_MISMATCH = 0.6;

export function askBackText(choices: readonly Clarification[]): string {
  return `Do you mean: ${choices.map((c, i) => `(${i + 1}) ${c.question}`).join(' ')}`;
}

export class Interviewer {
  private readonly scorer: ClarificationScorer;
  private readonly vocabulary: Vocabulary;
  private readonly problemTerms: Set<string>;
  /** Each clarification's terms, to see which parameters it talks about. */
  private readonly termsOf = new Map<string, Set<string>>();

  constructor(
    readonly clarifications: readonly Clarification[],
    vocabulary: Vocabulary,
    readonly scorerName: ScorerName = 'ngram',
    readonly bands: ConfidenceBands = DEFAULT_BANDS[scorerName],
  ) {
    this.vocabulary = vocabulary;
    this.scorer = createScorer(scorerName, clarifications, vocabulary);
    // Questions and phrasings only: answers are written in the interviewer's words, which small talk shares more often.
    this.problemTerms = new Set(clarifications.flatMap((c) => [c.question, ...c.phrasings].flatMap((t) => contentTerms(t, vocabulary))));
    for (const c of clarifications) this.termsOf.set(c.id, new Set([c.question, ...c.phrasings].flatMap((t) => contentTerms(t, vocabulary))));
  }

  static forProblem(meta: ProblemMeta, scorerName: ScorerName = 'ngram', bands?: ConfidenceBands): Interviewer {
    const entry = meta.entry;
    const vocabulary =
      entry.kind === 'function'
        ? vocabularyOf(entry.params)
        : vocabularyOf([...entry.constructorParams, ...entry.methods.flatMap((m) => m.params)], entry.methods.map((m) => m.name));
    return new Interviewer(meta.clarifications, vocabulary, scorerName, bands ?? DEFAULT_BANDS[scorerName]);
  }

  /** The clarification a confirmed ask-back choice refers to. */
  clarification(id: string): Clarification | undefined {
    return this.clarifications.find((c) => c.id === id);
  }

  reply(question: string): InterviewerReply {
    const ranked = this.aboutNamedScalars(question, this.scorer.rank(question));
    const candidates = ranked.slice(0, 3);
    const [first, second] = ranked;
    const confidence = first?.score ?? 0;
    const base = { confidence, candidates };
    if (this.isSmallTalk(question, confidence)) return { kind: 'small_talk', text: SMALL_TALK_REPLY, ...base };
    if (first === undefined || confidence < this.bands.askBack) return { kind: 'neutral', text: NEUTRAL_ANSWER, ...base };
    const runnerUp = second?.score ?? 0;
    if (confidence >= this.bands.direct && confidence - runnerUp >= this.bands.margin) {
      return { kind: 'answer', clarification: first.clarification, text: first.clarification.answer, ...base };
    }
    const choices = [first, second].filter((c): c is ScoredClarification => c !== undefined && c.score > 0).map((c) => c.clarification);
    return { kind: 'ask_back', choices, text: askBackText(choices), ...base };
  }

  /**
   * A question that names a scalar parameter ("can k be negative?") is about that parameter: a
   * clarification that never names it ("can the values be negative?") is a weaker match, however many
   * other words they share. Array and string parameters are exempt, since banks say "the array" for them.
   */
  private aboutNamedScalars(question: string, ranked: ScoredClarification[]): ScoredClarification[] {
    const named = contentTerms(question, this.vocabulary).filter((t) => t.startsWith('@') && this.vocabulary.names.get(t.slice(1)) === 'value');
    if (named.length === 0) return ranked;
    return ranked
      .map((r) => {
        const terms = this.termsOf.get(r.clarification.id);
        const missing = named.filter((t) => !(terms?.has(t) ?? false)).length;
        return missing === 0 ? r : { clarification: r.clarification, score: r.score * SCALAR_MISMATCH ** missing };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * Small talk is an ordinary pleasantry that matched nothing in the bank well, or a question close to
   * no clarification at all that names no parameter and uses no word of interview questions in general
   * (sharing a stray word such as "one" or "time" with the bank does not make it a question).
   */
  private isSmallTalk(question: string, confidence: number): boolean {
    if (SMALL_TALK_CUES.test(question) && confidence < this.bands.direct) return true;
    const terms = contentTerms(question, this.vocabulary);
    if (INTERVIEW_META_CUES.test(question) && confidence < this.bands.direct) {
      // The cue's own words ("how long do I have") are not the problem's; any other problem word is.
      const rest = contentTerms(question.replace(new RegExp(INTERVIEW_META_CUES.source, 'gi'), ' '), this.vocabulary);
      if (!rest.some((t) => t.startsWith('@') || PROBLEM_TERMS.has(t))) return true;
    }
    if (confidence >= this.bands.askBack) return false;
    // Nothing left but function words ("what now?"): a question of sorts, so the neutral reply.
    if (terms.length === 0) return false;
    if (terms.some((t) => t.startsWith('@') || INTERVIEW_WORDS.has(t))) return false;
    return confidence < this.bands.askBack / 2 || !terms.some((t) => this.problemTerms.has(t));
  }
}
