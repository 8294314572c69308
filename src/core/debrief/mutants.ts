/** Testing strength: how many of the problem's planted bugs the candidate's own tests caught. */
import type { ProblemMeta } from '../../problems/types';
import { lastEventOf } from './sessionLog';
import type { SessionLog } from './sessionLog';

export interface MissedMutant {
  file: string;
  bug: string;
  /** The kind of input that tells the bug apart ("empty"), or '' when the problem does not say; worded by src/ui/debrief/findingWords.ts. */
  exposedBy: string;
}

export interface MutantReport {
  measured: boolean;
  caught: number;
  total: number;
  missed: MissedMutant[];
  customTests: number;
}

function sameMutant(a: string, b: string): boolean {
  const strip = (s: string): string => s.replace(/\.(js|ts)$/, '');
  return strip(a) === strip(b);
}

export function mutantReport(log: SessionLog, meta: ProblemMeta | undefined): MutantReport {
  const savedIds = new Set<string>();
  for (const event of log.events) {
    if (event.type === 'custom_test_saved') savedIds.add(event.id);
    if (event.type === 'custom_test_removed') savedIds.delete(event.id);
  }
  const measuredEvent = lastEventOf(log, 'mutants_measured');
  if (measuredEvent === undefined) {
    return { measured: false, caught: 0, total: 0, missed: [], customTests: savedIds.size };
  }
  const missed = measuredEvent.missed.map((file): MissedMutant => {
    const info = meta?.mutants.find((m) => sameMutant(m.file, file));
    return { file, bug: info?.bug ?? file, exposedBy: info?.exposedBy ?? '' };
  });
  return {
    measured: true,
    caught: measuredEvent.caught.length,
    total: measuredEvent.caught.length + measuredEvent.missed.length,
    missed,
    customTests: savedIds.size,
  };
}
