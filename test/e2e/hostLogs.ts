/** The newest extension host's log files under code-server's user data, read by the flows that report timings. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workbench } from './workbench';

/** Lines of `file` (e.g. 'remoteexthost.log', 'onsite-dev.onsite/Onsite.log') in the newest extension host's logs. */
export function hostLogLines(workbench: Workbench, file: string): string[] {
  try {
    const logsDir = join(workbench.server.userDir, 'logs');
    const session = readdirSync(logsDir).sort().at(-1) ?? '';
    const host = readdirSync(join(logsDir, session)).filter((d) => /^exthost\d+$/.test(d)).sort((a, b) => Number(a.slice(7)) - Number(b.slice(7))).at(-1) ?? '';
    return readFileSync(join(logsDir, session, host, file), 'utf8').split('\n');
  } catch {
    return [];
  }
}

export interface ActivationFigure {
  /** Evaluating the activation bundle plus activate(): Onsite's own share. */
  ms: number;
  evaluationMs: number;
  activateMs: number;
  /** Between the two, the host's work (its context for Onsite, other extensions on the same thread). */
  hostGapMs: number;
  bundleKB: number | undefined;
}

const ACTIVATED = /Activated in (-?[\d.]+) ms \(evaluating the activation bundle, (?:(\d+) KB|size unknown), (-?[\d.]+) ms, and activate\(\) (-?[\d.]+) ms; the host's own work between them ([\d.-]+) ms\)/;

/**
 * Issue #18's activation as Onsite measures it (src/ui/activationClock.ts). Onsite's lines reach the
 * file late under load, so it waits for the line.
 */
export async function activationFigure(workbench: Workbench, timeoutMs = 15_000): Promise<ActivationFigure | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = hostLogLines(workbench, 'onsite-dev.onsite/Onsite.log').map((l) => ACTIVATED.exec(l)).find((m) => m !== null);
    if (match !== undefined) {
      return { ms: Number(match[1]), bundleKB: match[2] === undefined ? undefined : Number(match[2]), evaluationMs: Number(match[3]), activateMs: Number(match[4]), hostGapMs: Number(match[5]) };
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function describeActivation(figure: ActivationFigure | undefined): string {
  if (figure === undefined) return 'activation figure not logged';
  const bundle = figure.bundleKB === undefined ? '' : ` of ${figure.bundleKB} KB`;
  return `activation, Onsite's code: ${figure.ms.toFixed(1)} ms (evaluating the activation bundle${bundle} ${figure.evaluationMs.toFixed(1)} ms + activate() ${figure.activateMs.toFixed(1)} ms; the host's own work between them ${figure.hostGapMs.toFixed(1)} ms, not counted)`;
}
