/**
 * The interviewer's side of the Clarify phase: matches a candidate's question against the problem's
 * clarification bank, tolerating other wording, word order and typos. MiniSearch does the ranking (fuzzy
 * and prefix matching over the question and its phrasings); a small synonym table folds interview
 * vocabulary onto one term before indexing and searching, so "dupes" and "repeated values" meet
 * "duplicates".
 */
import MiniSearch from 'minisearch';
import type { Clarification } from '../../problems/types';

export interface ClarificationMatch {
  clarification: Clarification;
  score: number;
}

/** Words that say nothing about which clarification is meant. */
const STOP_WORDS = new Set(
  'a an the is are be can could do does did will would should shall may might i we you it its it\'s there this that these those of to in on for with at by from as or and if what whats when where which who how any some my your me about than then so just also ok okay please need want know assume is-it get given there\'s'.split(' '),
);

/** Words every problem's questions share; they may rank results but do not by themselves make a match. */
const GENERIC_WORDS = new Set('array input number value values element elements string list integer integers int problem function return output result case cases'.split(' '));

/** Interview vocabulary folded onto one representative term. */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['duplicate', 'duplicates', 'dupe', 'dupes', 'repeated', 'repeat', 'repeats', 'repeating', 'same', 'identical', 'unique', 'distinct'],
  ['empty', 'blank', 'nothing', 'zero-length', 'null', 'none', 'missing'],
  ['negative', 'negatives', 'minus', 'below'],
  ['sorted', 'sort', 'ordered', 'order', 'ascending', 'descending', 'monotonic'],
  ['size', 'sizes', 'length', 'long', 'big', 'large', 'largest', 'huge', 'constraint', 'constraints', 'limit', 'limits', 'bound', 'bounds', 'range', 'max', 'maximum', 'many'],
  ['small', 'smallest', 'minimum', 'min', 'tiny'],
  ['multiple', 'several', 'more', 'many-answers'],
  ['solution', 'solutions', 'answer', 'answers'],
  ['exist', 'exists', 'existing', 'always', 'guaranteed', 'guarantee'],
  ['invalid', 'impossible', 'cannot', "can't", 'unreachable', 'no-solution'],
  ['index', 'indices', 'indexes', 'position', 'positions'],
  ['character', 'characters', 'char', 'chars', 'letter', 'letters'],
  ['case', 'uppercase', 'lowercase', 'capital', 'capitals'],
  ['unicode', 'ascii', 'utf', 'utf-8', 'emoji'],
  ['space', 'spaces', 'whitespace'],
  ['float', 'floats', 'decimal', 'decimals', 'fraction', 'fractional', 'double'],
  ['overflow', 'overflows'],
  ['modify', 'mutate', 'change', 'in-place', 'inplace', 'overwrite'],
  ['reuse', 'reused', 'twice', 'again', 'unlimited', 'infinite'],
  ['cycle', 'cycles', 'cyclic', 'loop', 'loops'],
  ['connected', 'disconnected', 'components', 'component'],
  ['zero', 'zeros', 'zeroes', '0'],
];

const CANONICAL = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const [head] = group;
  if (head === undefined) continue;
  for (const word of group) CANONICAL.set(word, head);
}

function canonicalTerm(term: string): string | null {
  const lower = term.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (lower === '' || STOP_WORDS.has(lower)) return null;
  const direct = CANONICAL.get(lower);
  if (direct !== undefined) return direct;
  // Plural and simple "-s" forms fold onto the singular so "coins" meets "coin".
  if (lower.length > 3 && lower.endsWith('s')) return CANONICAL.get(lower.slice(0, -1)) ?? lower.slice(0, -1);
  return lower;
}

function tokenize(textValue: string): string[] {
  return textValue.split(/[\s,.;:!?()[\]{}"/\\=<>+*^|]+/u).filter((t) => t !== '');
}

export function contentTerms(question: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(question)) {
    const term = canonicalTerm(token);
    if (term !== null) terms.add(term);
  }
  return [...terms];
}

interface IndexedClarification {
  id: string;
  question: string;
  phrasings: string;
}

export class ClarificationBank {
  private readonly index: MiniSearch<IndexedClarification>;
  private readonly byId = new Map<string, Clarification>();
  private readonly termsById = new Map<string, Set<string>>();
  /** How many clarifications use each term: a term most of them share (the problem's own nouns) cannot decide a match. */
  private readonly documentFrequency = new Map<string, number>();

  constructor(clarifications: readonly Clarification[]) {
    this.index = new MiniSearch<IndexedClarification>({
      fields: ['question', 'phrasings'],
      storeFields: ['id'],
      tokenize,
      processTerm: (term) => canonicalTerm(term) ?? null,
      searchOptions: {
        boost: { phrasings: 1.2 },
        // Typos: one edit in a word of five letters or more, two in longer words.
        fuzzy: (term) => (term.length >= 8 ? 0.25 : term.length >= 5 ? 0.2 : 0),
        prefix: (term) => term.length >= 4,
        combineWith: 'OR',
      },
    });
    for (const c of clarifications) {
      this.byId.set(c.id, c);
      const terms = new Set(contentTerms(`${c.question} ${c.phrasings.join(' ')}`));
      this.termsById.set(c.id, terms);
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.commonAbove = Math.max(1, Math.floor(clarifications.length * 0.3));
    this.index.addAll(clarifications.map((c) => ({ id: c.id, question: c.question, phrasings: c.phrasings.join(' \n ') })));
  }

  /**
   * The clarification the question asks about, or null when none is close enough. A match needs at least
   * one distinctive term in common and at least half of the question's distinctive terms found in it,
   * so a question about something the bank does not cover gets the neutral answer instead of a wrong one.
   */
  private readonly commonAbove: number;

  match(question: string): ClarificationMatch | null {
    const terms = contentTerms(question);
    const distinctive = terms.filter((t) => !GENERIC_WORDS.has(t));
    if (terms.length === 0) return null;
    const results = this.index.search(question);
    for (const result of results) {
      const documentTerms = this.termsById.get(String(result.id)) ?? new Set<string>();
      const found = (t: string): string | undefined => (documentTerms.has(t) ? t : [...documentTerms].find((d) => fuzzyEqual(d, t)));
      const matchedTerms = terms.map(found).filter((t): t is string => t !== undefined);
      const matchedDistinctive = distinctive.filter((t) => found(t) !== undefined);
      const informative = matchedDistinctive.filter((t) => (this.documentFrequency.get(found(t) ?? t) ?? 0) <= this.commonAbove);
      const enough =
        distinctive.length === 0
          ? matchedTerms.length >= Math.max(1, Math.ceil(terms.length / 2))
          : informative.length >= 1 && matchedDistinctive.length * 2 >= distinctive.length;
      if (!enough) continue;
      const clarification = this.byId.get(String(result.id));
      if (clarification !== undefined) return { clarification, score: result.score };
    }
    return null;
  }
}

/** True when two terms are the same up to the small edits MiniSearch's fuzzy search already allowed. */
function fuzzyEqual(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return Math.min(a.length, b.length) >= 4;
  if (Math.abs(a.length - b.length) > 2) return false;
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
