/**
 * Loads ./features once, at first use. In the packaged extension the import becomes a require() of
 * dist/features.js (scripts/build.mjs), so activation never evaluates the interview, judge or loader code.
 */
type Features = typeof import('./features');

let loading: Promise<Features> | undefined;

export function loadFeatures(): Promise<Features> {
  loading ??= import('./features.js');
  return loading;
}
