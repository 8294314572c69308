/**
 * Turns a Debrief into the view the webview renders: every figure already worded and formatted, so the
 * webview only lays out text and draws bars, and the protocol can check each field's shape.
 * No `vscode` import: the same view is built in the unit tests.
 */
import { formatClock, plural } from '../../core/debrief/clock';
import type { Debrief } from '../../core/debrief/debrief';
import { findingWords, silenceWords } from './findingWords';
import { absenceSummary, localDate, outcomeLine } from './markdown';
import { DIMENSIONS } from '../../vocabulary/interview';
import { verdictWords } from './commonWords';
import { largestTestsSentence, measuredSentence, planSentence } from './complexityWords';
import { dimensionTitle, evidenceWords, reasonWords } from './scoreWords';
import { failureSentences } from './testResultWords';
import { timelineWords } from './timelineWords';
import type { DebriefView } from '../../webview/debrief/protocol';

function limit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clampScore(n: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(n))) as 1 | 2 | 3 | 4;
}

export function debriefView(d: Debrief, formatDate: (at: number) => string = localDate): DebriefView {
  const c = d.clarifications;
  const x = d.complexity;
  const complexity: string[] = [planSentence(x)];
  if (x.maxSizeTests.length > 0) complexity.push(largestTestsSentence(x));
  if (x.measured !== null) complexity.push(measuredSentence(x.measured));

  const t = d.tests;
  const testing: string[] = [`${plural(t.runs, 'run')}, ${plural(t.submits, 'submit')}, ${plural(t.runsWithOwnTests, 'run')} with your own tests.`];
  if (t.firstSubmit !== null && t.finalSubmit !== null) {
    testing.push(`First submit ${t.firstSubmit.passed} / ${t.firstSubmit.total} at ${formatClock(t.firstSubmit.t)}; final ${t.finalSubmit.passed} / ${t.finalSubmit.total} at ${formatClock(t.finalSubmit.t)}.`);
  }
  if (t.timeToFirstGreenMs !== null && t.codingStartedAt !== null) {
    testing.push(`First all-green run ${formatClock(t.timeToFirstGreenMs)} after coding started at ${formatClock(t.codingStartedAt)}.`);
  }
  testing.push(...failureSentences(t));
  if (d.mutants.measured) {
    testing.push(
      `Your tests caught ${d.mutants.caught} of ${d.mutants.total} planted bugs.` +
        d.mutants.missed.map((m) => ` Missed: ${m.bug} — ${m.why}.`).join(''),
    );
  }

  const show = (r: { passed: number; total: number } | null): string => (r === null ? '–' : `${r.passed} / ${r.total}`);
  const selfScores = d.selfReview?.scores;

  return {
    sessionId: d.sessionId,
    title: limit(`${d.problem.title} (${d.problem.difficulty}) · ${d.language === 'javascript' ? 'JavaScript' : 'TypeScript'} · ${d.mode} mode`, 500),
    subtitle: `${formatDate(d.startedAt)} · ${formatClock(d.activeMs)} active (limit ${formatClock(d.phases.overallLimitMs)})${absenceSummary(d.phases)}`,
    outcome: outcomeLine(d),
    revealed: d.selfReview !== null,
    dimensions: DIMENSIONS.map((id) => ({ id, title: dimensionTitle(id) })),
    phases: d.phases.phases.map((p) => ({
      phase: p.phase,
      spentMs: p.spentMs,
      budgetMs: p.budgetMs,
      spent: formatClock(p.spentMs),
      budget: formatClock(p.budgetMs),
      standing: p.standing,
    })),
    phaseNotes: [
      ...d.phases.returns.map((r) => `Went back from ${r.from} to ${r.to} at ${formatClock(r.t)}${r.afterVerdict !== null ? ` after a run that ended ${verdictWords(r.afterVerdict)}` : ''}.`),
      ...d.phases.pauses.map((p) => (p.wallMs === null ? `Paused at ${formatClock(p.t)}, never resumed.` : `Paused at ${formatClock(p.t)} for ${formatClock(p.wallMs)} (not counted).`)),
      ...d.phases.away.map((a) => `Away at ${formatClock(a.t)}${a.wallMs === null ? '' : ` for ${formatClock(a.wallMs)}`} (editor closed, reloaded or asleep; not counted).`),
    ],
    timeline: d.timeline.map((entry) => {
      const e = timelineWords(entry);
      return { clock: e.clock, kind: entry.kind, text: limit(e.text, 10_000), detail: e.detail === null ? null : limit(e.detail, 10_000) };
    }),
    clarificationSummary: `${c.keyAsked} of ${c.keyTotal} key questions asked`,
    clarifications: [
      ...c.outcomes.map((o) => ({
        status: o.askedAt === null ? (o.key ? ('missed' as const) : ('optional' as const)) : o.askedLate ? ('late' as const) : ('asked' as const),
        question: o.askedAs !== null && o.askedAs !== o.question ? `${o.question} (you asked: "${limit(o.askedAs, 2000)}")` : o.question,
        answer: o.answer,
        when: o.askedAt === null ? null : formatClock(o.askedAt),
      })),
      ...c.unmatched.map((u) => ({ status: 'unmatched' as const, question: limit(u.text, 10_000), answer: limit(u.answer, 10_000), when: formatClock(u.t) })),
    ],
    complexity,
    testing,
    byLabel: t.byLabel.map((l) => ({ label: limit(l.label, 10_000), first: show(l.firstSubmit), final: show(l.finalSubmit) })),
    silences: d.silences.map(silenceWords),
    feedback: d.feedback.map((f) => {
      const { title, sentence } = findingWords(f);
      return { ruleId: f.ruleId, tone: f.tone, title, sentence: limit(sentence, 10_000), clocks: f.evidence.map(formatClock) };
    }),
    scores: d.evidence.map((e) => {
      const self = selfScores?.[e.dimension];
      return { dimension: e.dimension, title: dimensionTitle(e.dimension), self: self === undefined ? null : clampScore(self), evidence: e.score, reason: reasonWords(e.reason), basis: e.evidence.slice(0, 100).map((b) => limit(evidenceWords(b), 10_000)) };
    }),
    selfNotes: limit(d.selfReview?.notes ?? '', 10_000),
    followUps: d.followUps.map((f) => ({ question: limit(f.question, 10_000), answer: limit(f.answer, 10_000), model: f.modelAnswer })),
  };
}
