/**
 * Ways of scoring how well a question matches each clarification of one problem, all on a 0–1 scale so
 * the interviewer's confidence bands apply to any of them. The n-gram classifier is the one the
 * interviewer uses; the lexical scorer and the blend stay because `npm run bench` compares them on the
 * evaluation set, which is how the classifier was chosen (README: "The interviewer").
 */
import MiniSearch from 'minisearch';
import type { Clarification } from '../../problems/types';
import { centroid, cosine, countFeatures, InverseFrequencies, weigh } from './features';
import type { SparseVector } from './features';
import { contentTerms } from './language';
import type { Vocabulary } from './language';

export interface ScoredClarification {
  clarification: Clarification;
  score: number;
}

export interface ClarificationScorer {
  /** Every clarification with its score, best first. */
  rank(question: string): ScoredClarification[];
}

export type ScorerName = 'lexical' | 'ngram' | 'blend';

/** The texts that describe a clarification: how a strong candidate asks it and the wordings that recognise it. */
function textsOf(c: Clarification): string[] {
  return [c.question, ...c.phrasings].filter((t) => t.trim() !== '');
}

/**
 * The n-gram classifier's training texts: the question and phrasings, plus each sentence of the answer.
 * Candidates who ask about a rule often use the words the rule is stated in ("can I reuse a cell?" for
 * "each cell may be used once"), so the answer's sentences are further examples of the clarification;
 * one sentence per example keeps a long answer from outweighing the phrasings in the centre.
 */
function trainingTextsOf(c: Clarification): string[] {
  return [...textsOf(c), ...c.answer.split(/(?<=[.;!?])\s+/).filter((t) => t.trim() !== '')];
}

interface Profile {
  clarification: Clarification;
  words: SparseVector[];
  chars: SparseVector[];
  wordCentre: SparseVector;
  charCentre: SparseVector;
}

/**
 * (b) A nearest-neighbour and centroid classifier over TF-IDF word, word-pair and character n-gram
 * features, trained when the problem loads from its bank: each phrasing is one training example.
 * A clarification's score mixes its closest phrasing with its centre, so one lucky phrasing does not
 * outvote a clarification whose phrasings all agree.
 */
export class NgramScorer implements ClarificationScorer {
  private readonly wordIdf = new InverseFrequencies();
  private readonly charIdf = new InverseFrequencies();
  private readonly profiles: Profile[];

  constructor(
    clarifications: readonly Clarification[],
    private readonly vocabulary: Vocabulary,
    /** Weight of word and word-pair similarity against character n-gram similarity. */
    private readonly wordShare = 0.5,
    /** Weight of the closest phrasing against the clarification's centre (chosen on held-out phrasings). */
    private readonly nearestShare = 0.4,
  ) {
    const counted = clarifications.map((c) => ({ clarification: c, features: trainingTextsOf(c).map((t) => countFeatures(contentTerms(t, vocabulary))) }));
    for (const { features } of counted) {
      for (const f of features) {
        this.wordIdf.observe(f.words);
        this.charIdf.observe(f.chars);
      }
    }
    this.profiles = counted.map(({ clarification, features }) => {
      const words = features.map((f) => weigh(f.words, this.wordIdf));
      const chars = features.map((f) => weigh(f.chars, this.charIdf));
      return { clarification, words, chars, wordCentre: centroid(words), charCentre: centroid(chars) };
    });
  }

  rank(question: string): ScoredClarification[] {
    const features = countFeatures(contentTerms(question, this.vocabulary));
    const words = weigh(features.words, this.wordIdf);
    const chars = weigh(features.chars, this.charIdf);
    const similarity = (w: SparseVector, c: SparseVector): number => this.wordShare * cosine(words, w) + (1 - this.wordShare) * cosine(chars, c);
    return this.profiles
      .map((p) => {
        let nearest = 0;
        p.words.forEach((w, i) => {
          nearest = Math.max(nearest, similarity(w, p.chars[i] ?? new Map<string, number>()));
        });
        const centre = similarity(p.wordCentre, p.charCentre);
        return { clarification: p.clarification, score: this.nearestShare * nearest + (1 - this.nearestShare) * centre };
      })
      .sort((a, b) => b.score - a.score);
  }
}

interface IndexedClarification {
  id: string;
  text: string;
}

/**
 * (a) The earlier matcher's approach with the new normalisation: MiniSearch (BM25 with typo and prefix
 * tolerance) ranks, and the score is the share of the question's terms, weighted by how rare they are in
 * the bank, that the clarification's texts contain.
 */
export class LexicalScorer implements ClarificationScorer {
  private readonly index: MiniSearch<IndexedClarification>;
  private readonly byId = new Map<string, Clarification>();
  private readonly termsById = new Map<string, Set<string>>();
  private readonly idf = new InverseFrequencies();

  constructor(clarifications: readonly Clarification[], private readonly vocabulary: Vocabulary) {
    this.index = new MiniSearch<IndexedClarification>({
      fields: ['text'],
      storeFields: ['id'],
      tokenize: (text) => contentTerms(text, vocabulary),
      processTerm: (term) => term,
      searchOptions: {
        fuzzy: (term) => (term.length >= 8 ? 0.25 : term.length >= 5 ? 0.2 : 0),
        prefix: (term) => term.length >= 4,
        combineWith: 'OR',
      },
    });
    for (const c of clarifications) {
      this.byId.set(c.id, c);
      const terms = new Set(textsOf(c).flatMap((t) => contentTerms(t, vocabulary)));
      this.termsById.set(c.id, terms);
      this.idf.observe(new Map([...terms].map((t) => [t, 1])));
    }
    this.index.addAll(clarifications.map((c) => ({ id: c.id, text: textsOf(c).join(' \n ') })));
  }

  rank(question: string): ScoredClarification[] {
    const terms = [...new Set(contentTerms(question, this.vocabulary))];
    const total = terms.reduce((sum, t) => sum + this.idf.weight(t), 0);
    const ranked = this.index.search(question).map((result) => {
      const id = String(result.id);
      const documentTerms = this.termsById.get(id) ?? new Set<string>();
      const covered = terms.filter((t) => documentTerms.has(t) || [...documentTerms].some((d) => nearlyEqual(d, t)));
      const score = total === 0 ? 0 : covered.reduce((sum, t) => sum + this.idf.weight(t), 0) / total;
      return { id, score, raw: result.score };
    });
    ranked.sort((a, b) => b.score - a.score || b.raw - a.raw);
    const seen = new Set(ranked.map((r) => r.id));
    const rest = [...this.byId.keys()].filter((id) => !seen.has(id)).map((id) => ({ id, score: 0, raw: 0 }));
    return [...ranked, ...rest].flatMap((r) => {
      const clarification = this.byId.get(r.id);
      return clarification === undefined ? [] : [{ clarification, score: r.score }];
    });
  }
}

/** (d) The mean of the lexical and n-gram scores. */
export class BlendScorer implements ClarificationScorer {
  constructor(private readonly parts: readonly ClarificationScorer[]) {}

  rank(question: string): ScoredClarification[] {
    const totals = new Map<string, ScoredClarification>();
    for (const part of this.parts) {
      for (const { clarification, score } of part.rank(question)) {
        const prior = totals.get(clarification.id);
        totals.set(clarification.id, { clarification, score: (prior?.score ?? 0) + score / this.parts.length });
      }
    }
    return [...totals.values()].sort((a, b) => b.score - a.score);
  }
}

export function createScorer(name: ScorerName, clarifications: readonly Clarification[], vocabulary: Vocabulary): ClarificationScorer {
  switch (name) {
    case 'lexical':
      return new LexicalScorer(clarifications, vocabulary);
    case 'ngram':
      return new NgramScorer(clarifications, vocabulary);
    case 'blend':
      return new BlendScorer([new LexicalScorer(clarifications, vocabulary), new NgramScorer(clarifications, vocabulary)]);
  }
}

/** Same word up to one typo (two in long words), or one a prefix of the other. */
function nearlyEqual(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return Math.min(a.length, b.length) >= 4;
  if (Math.abs(a.length - b.length) > 2 || Math.min(a.length, b.length) < 5) return false;
  return editDistance(a, b) <= (Math.max(a.length, b.length) >= 8 ? 2 : 1);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
