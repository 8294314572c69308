/**
 * Loads ./features once, at first use. In the packaged extension the import becomes a require() of
 * dist/features.js (scripts/build.mjs), so activation never evaluates the interview, judge or loader code.
 */
type Features = typeof import('./features');

let loading: Promise<{ features: Features; loadMs: number }> | undefined;

async function load(): Promise<{ features: Features; loadMs: number }> {
  const started = performance.now();
  const features = await import('./features.js');
  return { features, loadMs: performance.now() - started };
}

export async function loadFeatures(): Promise<Features> {
  loading ??= load();
  return (await loading).features;
}

/** How long evaluating the features took, for the log that traces a reload; undefined until loaded. */
export async function featuresLoadMs(): Promise<number | undefined> {
  return loading === undefined ? undefined : (await loading).loadMs;
}
