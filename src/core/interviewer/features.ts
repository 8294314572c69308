/**
 * Sparse TF-IDF vectors over the terms of a question: words, adjacent word pairs (so "not sorted" and
 * "sorted output" differ from their parts) and character n-grams of each word (so a typo or an unseen
 * inflection still shares most of its grams). Weights are learnt per problem from its bank, so the
 * problem's own nouns, which every clarification shares, weigh little.
 */
export type SparseVector = Map<string, number>;

export interface FeatureSet {
  words: SparseVector;
  chars: SparseVector;
}

function add(vector: SparseVector, key: string, weight = 1): void {
  vector.set(key, (vector.get(key) ?? 0) + weight);
}

/** Raw counts of each feature kind for a term sequence from `contentTerms`. */
export function countFeatures(terms: readonly string[]): FeatureSet {
  const words: SparseVector = new Map();
  const chars: SparseVector = new Map();
  terms.forEach((term, i) => {
    add(words, term);
    const next = terms[i + 1];
    if (next !== undefined) add(words, `${term} ${next}`, 0.5);
    const padded = `<${term.replace(/^@/, '')}>`;
    for (let n = 3; n <= 5; n++) {
      for (let start = 0; start + n <= padded.length; start++) add(chars, padded.slice(start, start + n));
    }
  });
  return { words, chars };
}

/** Inverse document frequencies learnt from a set of documents; unseen features get the highest weight. */
export class InverseFrequencies {
  private readonly counts = new Map<string, number>();
  private documents = 0;

  observe(vector: SparseVector): void {
    this.documents++;
    for (const key of vector.keys()) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  weight(key: string): number {
    return Math.log((this.documents + 1) / ((this.counts.get(key) ?? 0) + 1)) + 1;
  }
}

/** Sublinear term frequency times IDF, normalised to unit length. */
export function weigh(vector: SparseVector, idf: InverseFrequencies): SparseVector {
  const out: SparseVector = new Map();
  let norm = 0;
  for (const [key, count] of vector) {
    const w = (1 + Math.log(count)) * idf.weight(key);
    out.set(key, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, w] of out) out.set(key, w / norm);
  return out;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, w] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += w * other;
  }
  return dot;
}

/** The normalised mean of unit vectors: the centre of a clarification's phrasings. */
export function centroid(vectors: readonly SparseVector[]): SparseVector {
  const sum: SparseVector = new Map();
  for (const v of vectors) for (const [key, w] of v) add(sum, key, w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [key, w] of sum) sum.set(key, w / norm);
  return sum;
}
