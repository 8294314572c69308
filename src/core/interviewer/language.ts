/**
 * How the interviewer reads a candidate's question: one normalisation shared by the bank's phrasings and
 * the question, so both meet on the same terms. Contractions are expanded and negative prefixes split
 * ("unsorted" → "not sorted", "isn't" → "is not") so polarity is a term of its own instead of being lost;
 * true synonyms meet on one concept, but opposites never do ("distinct" and "duplicate" stay apart, because
 * a bank may hold both a duplicates question and a ties question); words are stemmed lightly; a parameter
 * named in the signature stands for itself and for its kind ("nums" is also "array").
 */
import type { Param } from '../../problems/types';

/** Words that say nothing about which clarification is meant. "not", "no", "same", "more" are kept on purpose. */
const STOP_WORDS = new Set(
  ('a an the is are was were be been being am can could do does did will would should shall may might must i we you it its they them '
    + 'there this that these those of to in on for with at by from as or and if what when where which who whom how so just also '
    + 'ok okay please need want know assume assuming get given let me my your our us about then any some here hey um uh well '
    + 'actually like thing things kind sort-of gonna wanna quick question ask wondering wonder mean say tell happen happens '
    + 'going supposed handle handled deal treat').split(' '),
);

/** Surface words that mean the same thing in interview questions, each group on its first word. Opposites live in separate groups. */
const CONCEPTS: readonly (readonly string[])[] = [
  ['duplicate', 'duplicates', 'duplicated', 'dupe', 'dupes', 'dup', 'dups', 'repeated', 'repeat', 'repeats', 'repeating', 'repetition', 'recurring'],
  ['distinct', 'unique', 'different'],
  ['same', 'equal', 'identical', 'tie', 'ties', 'tied', 'tying'],
  ['empty', 'blank', 'zero-length'],
  ['null', 'nil', 'undefined'],
  ['negative', 'negatives', 'minus'],
  // Being sorted (a property of the input) and sorting (an action the candidate may take) are different questions.
  ['sort', 'sorting', 'sorts', 're-sort'],
  ['sorted', 'ascending', 'descending', 'increasing', 'decreasing', 'monotonic'],
  ['size', 'length', 'long', 'large', 'big', 'huge', 'many', 'n'],
  ['limit', 'limits', 'constraint', 'constraints', 'bound', 'bounds', 'maximum', 'max', 'upper'],
  ['minimum', 'min', 'smallest', 'least', 'lower'],
  ['answer', 'answers', 'solution', 'solutions'],
  ['output', 'return', 'returns', 'returned', 'result', 'results'],
  ['guarantee', 'guaranteed', 'guarantees', 'always', 'promise', 'promised', 'ensured', 'certain'],
  ['exist', 'exists', 'existing', 'present'],
  ['impossible', 'unreachable', 'unsolvable', 'infeasible'],
  ['index', 'indices', 'indexes', 'position', 'positions'],
  ['character', 'characters', 'char', 'chars', 'letter', 'letters', 'symbol', 'symbols'],
  ['lettercase', 'uppercase', 'lowercase', 'capital', 'capitals', 'capitalized', 'capitalization', 'case-sensitive', 'case-insensitive'],
  ['charset', 'unicode', 'ascii', 'utf', 'utf-8', 'utf8', 'emoji', 'emojis', 'alphabet'],
  ['space', 'spaces', 'whitespace', 'whitespaces'],
  ['float', 'floats', 'decimal', 'decimals', 'fraction', 'fractional', 'double', 'doubles'],
  ['integer', 'integers', 'int', 'ints', 'whole'],
  ['modify', 'mutate', 'mutating', 'change', 'alter', 'overwrite', 'in-place', 'inplace', 'destroy'],
  ['reuse', 'reused', 'reusing', 'unlimited', 'infinite', 'infinitely'],
  ['cycle', 'cycles', 'cyclic', 'loop', 'loops'],
  ['zero', 'zeros', 'zeroes', '0'],
  ['one', '1', 'single', 'singleton', 'lone', 'only-one'],
  ['two', '2', 'pair', 'pairs', 'both'],
  ['multiple', 'several', 'more', 'many-answers'],
  ['order', 'ordering', 'ordered', 'arrangement', 'sequence'],
  ['fast', 'faster', 'quick', 'efficient', 'complexity', 'performance', 'optimal'],
  ['array', 'arrays', 'list', 'lists', 'vector'],
  ['value', 'values', 'number', 'numbers', 'element', 'elements', 'item', 'items', 'entry', 'entries', 'num'],
  ['word', 'words', 'token', 'tokens'],
  ['string', 'strings', 'text', 'str'],
  ['node', 'nodes', 'vertex', 'vertices'],
  ['edge', 'edges', 'link', 'links'],
  ['grid', 'matrix', 'board', 'cell', 'cells'],
  ['overflow', 'overflows'],
];

/**
 * Words that carry a negation inside them: split so polarity is its own term and the base still meets its
 * synonyms. A Map, not an object literal: a candidate's word is the key, and "constructor" looked up on an
 * object finds Object's own, which broke every question (and a bank) that used it.
 */
const NEGATED_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  unsorted: 'sorted', unordered: 'ordered', unbalanced: 'balanced', undirected: 'directed', unconnected: 'connected',
  disconnected: 'connected', invalid: 'valid', nonexistent: 'exist', unequal: 'equal', unweighted: 'weighted', nonempty: 'empty',
  nonnegative: 'negative', nonzero: 'zero', nonpositive: 'positive', noninteger: 'integer', nonunique: 'unique', non: '',
}));

const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'none', 'nothing', 'neither', 'nor']);

const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bcan['’]t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’](s|re|ll|ve|d|m)\b/g, ''],
];

const CONCEPT_OF = new Map<string, string>();
for (const group of CONCEPTS) {
  const head = group[0];
  if (head === undefined) continue;
  for (const word of group) CONCEPT_OF.set(word, head);
}

/** A light English stemmer: enough to meet "coins"/"coin", "sorting"/"sort", "repeated"/"repeat" without a dependency. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  return w;
}

/** The kind a parameter's type stands for in ordinary speech. */
export function kindOfType(type: string): string | null {
  const t = type.replace(/\s/g, '');
  if (t.endsWith('[][]')) return 'grid';
  if (t.endsWith('[]')) return t.startsWith('string') ? 'word' : 'array';
  if (t === 'string') return 'string';
  if (t === 'number') return 'value';
  if (t.startsWith('ListNode')) return 'node';
  if (t.startsWith('TreeNode')) return 'node';
  return null;
}

export interface Vocabulary {
  /** Lowercased parameter (and method) names mapped to the concept they stand for, or null. */
  readonly names: ReadonlyMap<string, string | null>;
}

export function vocabularyOf(params: readonly Param[], methodNames: readonly string[] = []): Vocabulary {
  const names = new Map<string, string | null>();
  for (const p of params) names.set(p.name.toLowerCase(), kindOfType(p.type));
  for (const m of methodNames) if (!names.has(m.toLowerCase())) names.set(m.toLowerCase(), null);
  return { names };
}

export const NO_VOCABULARY: Vocabulary = { names: new Map() };

/** Raw words of a text, lowercased, contractions expanded, concrete empty values ("[]", '""') read as "empty". */
function rawWords(text: string): string[] {
  let t = text.toLowerCase().normalize('NFKC');
  for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  t = t
    .replace(/\[\s*\]|\{\s*\}|""|''/g, ' empty ')
    .replace(/\bnon[-\s](?=[a-z])/g, 'not ')
    .replace(/>=|≥/g, ' at-least ')
    .replace(/<=|≤/g, ' at-most ')
    .replace(/>/g, ' greater ')
    .replace(/</g, ' less ')
    .replace(/\bcase[-\s]sensitiv\w*|\bcase[-\s]insensitiv\w*|\bupper[-\s]?case\b|\blower[-\s]?case\b/g, ' lettercase ')
    .replace(/\bwhite[-\s]space/g, ' whitespace ')
    .replace(/\bin[-\s]place\b/g, ' inplace ');
  return t.split(/[^\p{L}\p{N}^-]+/u).flatMap((w) => w.split(/(?<=\p{L})-(?=\p{L})|^-+|-+$/u)).filter((w) => w !== '');
}

/**
 * The question's content terms, in order: stop words dropped, negation kept as "not", each word on its
 * concept or its stem, parameter names followed by the kind they stand for.
 */
export function contentTerms(text: string, vocabulary: Vocabulary = NO_VOCABULARY): string[] {
  const terms: string[] = [];
  for (const word of rawWords(text)) {
    if (vocabulary.names.has(word)) {
      terms.push(`@${word}`);
      const kind = vocabulary.names.get(word);
      if (kind !== null && kind !== undefined) terms.push(kind);
      continue;
    }
    if (NEGATIONS.has(word)) {
      terms.push('not');
      continue;
    }
    const negated = NEGATED_WORDS.get(word);
    if (negated !== undefined) {
      terms.push('not');
      if (negated !== '') terms.push(conceptOrStem(negated));
      continue;
    }
    const concept = CONCEPT_OF.get(word);
    if (concept !== undefined) {
      terms.push(concept);
      continue;
    }
    if (STOP_WORDS.has(word)) continue;
    // Lone letters are variable names from other problems or leftovers; only the signature's own count.
    if (word.length === 1 && !/\d/.test(word)) continue;
    terms.push(conceptOrStem(word));
  }
  return terms;
}

function conceptOrStem(word: string): string {
  const direct = CONCEPT_OF.get(word);
  if (direct !== undefined) return direct;
  const stemmed = stem(word);
  return CONCEPT_OF.get(stemmed) ?? stemmed;
}
