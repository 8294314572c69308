/**
 * mulberry32: a small seeded generator, the same draws in every engine. The sandbox's harness seeds
 * generator.js with the same function written as guest text (guest/harness.ts); the host uses this one
 * for the bundled generators it runs in V8 and for the mutation gate's neighbouring inputs.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
