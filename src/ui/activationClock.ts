/**
 * Issue #18's activation measured by our own code (the host's probe timed its own activation): how
 * long evaluating the activation bundle takes, and how long activate() runs. The host may do its own
 * work between the two (creating the extension's context, activating other extensions on the same
 * thread), which is reported apart. src/extension.ts imports this module first, so the bundle
 * evaluates it before any other of its modules.
 */
const evaluationStarted = performance.now();
let evaluationEnded: number | undefined;

/** Called at the end of src/extension.ts's module body, the last module the bundle evaluates. */
export function activationBundleEvaluated(): void {
  evaluationEnded = performance.now();
}

export interface ActivationTimes {
  evaluationMs: number;
  /** From the end of the bundle's evaluation to activate() being called: the host's own work. */
  hostGapMs: number;
  activateMs: number;
}

export function activationTimes(activateStarted: number, activateEnded: number): ActivationTimes {
  const evaluated = evaluationEnded ?? activateStarted;
  return { evaluationMs: evaluated - evaluationStarted, hostGapMs: activateStarted - evaluated, activateMs: activateEnded - activateStarted };
}

/** The log line the e2e suite reads ("Activated in N ms …"); kept beside the clock so both agree. */
export function activationReport(times: ActivationTimes, bundleBytes: number | undefined): string {
  const size = bundleBytes === undefined ? 'size unknown' : `${(bundleBytes / 1024).toFixed(0)} KB`;
  return `Activated in ${(times.evaluationMs + times.activateMs).toFixed(1)} ms (evaluating the activation bundle, ${size}, ${times.evaluationMs.toFixed(1)} ms, and activate() ${times.activateMs.toFixed(1)} ms; the host's own work between them ${times.hostGapMs.toFixed(1)} ms).`;
}
