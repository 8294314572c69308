/**
 * The mutation gate over the bank (`npm run bench -- --mutation`): per problem, how many of the
 * reference's mutants the hidden tests kill, with the same runMutationGate `onsite validate
 * --mutation` uses. Slow (minutes), so it is opt-in and never part of `npm test`.
 */
import type { Judge } from '../../src/judge/judge';
import { runMutationGate, type MutationReport } from '../../src/judge/mutationGate';
import { loadProblemBank } from '../../src/problems/loader';

export async function measureBankMutation(judge: Judge, root: string, only?: string[]): Promise<MutationReport[]> {
  const ts = await import('typescript').then((m) => (m as { default?: typeof import('typescript') }).default ?? m);
  const bank = await loadProblemBank([{ path: root, origin: 'bundled' }]);
  const rows: MutationReport[] = [];
  for (const problem of bank.problems) {
    if (only && !only.includes(problem.meta.id)) continue;
    rows.push(await runMutationGate(judge, problem, ts));
  }
  return rows;
}

export function formatMutation(rows: MutationReport[]): string[] {
  const lines = ['| problem | mutants | killed | likely equivalent | survivors | score | seconds |', '|---|---|---|---|---|---|---|'];
  for (const r of rows) {
    lines.push(`| ${r.problemId} | ${r.mutants} | ${r.killed} | ${r.likelyEquivalent.length} | ${r.survivors.length} | ${(r.score * 100).toFixed(1)}% | ${r.seconds.toFixed(1)} |`);
  }
  const below = rows.filter((r) => r.score < 0.98);
  lines.push('', `Below 98%: ${below.length} of ${rows.length}${below.length > 0 ? ` (${below.map((r) => r.problemId).join(', ')})` : ''}.`);
  for (const r of rows) for (const s of r.survivors) lines.push(`- survivor ${r.problemId}:${s.mutant.line} ${s.mutant.operator}: \`${s.mutant.mutatedLine}\``);
  return lines;
}
