/**
 * Turns a Debrief into the view the webview renders: every figure already worded and formatted, so the
 * webview only lays out text and draws bars, and the protocol can check each field's shape.
 * No `vscode` import: the same view is built in the unit tests.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { Debrief } from '../../core/debrief/debrief';
import { findingWords, missedBugsSentence, missedBugWhy, plantedBugsSentence, silenceWords } from './findingWords';
import { localDate, outcomeLine, sessionTimeLine, sessionTitle } from './headerWords';
import { DIMENSIONS } from '../../vocabulary/interview';
import { verdictWords } from './commonWords';
import { largestTestsSentence, measuredSentence, planSentence } from './complexityWords';
import { dimensionTitle, evidenceWords, reasonWords } from './scoreWords';
import { efficiencyWords, failureSentences } from './testResultWords';
import { timelineWords } from './timelineWords';
import type { DebriefView } from '../../webview/debrief/protocol';

function limit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clampScore(n: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, Math.round(n))) as 1 | 2 | 3 | 4;
}

/** Going back, pausing and time away, each with when and for how long. */
function phaseNotes(phases: Debrief['phases']): string[] {
  return [
    ...phases.returns.map((r) =>
      r.afterVerdict === null
        ? l10n.t('Went back from {0} to {1} at {2}.', r.from, r.to, formatClock(r.t))
        : l10n.t('Went back from {0} to {1} at {2} after a run that ended {3}.', r.from, r.to, formatClock(r.t), verdictWords(r.afterVerdict)),
    ),
    ...phases.pauses.map((p) =>
      p.wallMs === null ? l10n.t('Paused at {0}, never resumed.', formatClock(p.t)) : l10n.t('Paused at {0} for {1} (not counted).', formatClock(p.t), formatClock(p.wallMs)),
    ),
    ...phases.away.map((a) =>
      a.wallMs === null
        ? l10n.t('Away at {0} (editor closed, reloaded or asleep; not counted).', formatClock(a.t))
        : l10n.t('Away at {0} for {1} (editor closed, reloaded or asleep; not counted).', formatClock(a.t), formatClock(a.wallMs)),
    ),
  ];
}

export function debriefView(d: Debrief, formatDate: (at: number) => string = localDate): DebriefView {
  const c = d.clarifications;
  const x = d.complexity;
  const complexity: string[] = [planSentence(x)];
  if (x.maxSizeTests.length > 0) complexity.push(largestTestsSentence(x));
  if (x.measured !== null) complexity.push(measuredSentence(x.measured));

  const t = d.tests;
  const runs = (n: number): string => (n === 1 ? l10n.t('1 run') : l10n.t('{0} runs', n));
  const submits = t.submits === 1 ? l10n.t('1 submit') : l10n.t('{0} submits', t.submits);
  const testing: string[] = [l10n.t('{0}, {1}, {2} with your own tests.', runs(t.runs), submits, runs(t.runsWithOwnTests))];
  if (t.firstSubmit !== null && t.finalSubmit !== null) {
    const { firstSubmit: first, finalSubmit: final } = t;
    testing.push(l10n.t('First submit {0} / {1} at {2}; final {3} / {4} at {5}.', first.passed, first.total, formatClock(first.t), final.passed, final.total, formatClock(final.t)));
  }
  if (t.timeToFirstGreenMs !== null && t.codingStartedAt !== null) {
    testing.push(l10n.t('First all-green run {0} after coding started at {1}.', formatClock(t.timeToFirstGreenMs), formatClock(t.codingStartedAt)));
  }
  testing.push(...failureSentences(t));
  // The interviewer's view on efficiency, as the copied summary and `onsite judge` give it.
  if (t.efficiency !== null) testing.push(efficiencyWords(t.efficiency, d.language));
  if (d.mutants.measured) {
    const missed = d.mutants.missed.map((m) => l10n.t('{0} ({1})', m.bug, missedBugWhy(m.exposedBy, d.mutants))).join('; ');
    testing.push(plantedBugsSentence(d.mutants) + (d.mutants.missed.length > 0 ? ` ${missedBugsSentence(d.mutants, missed)}` : ''));
  }

  const show = (r: { passed: number; total: number } | null): string => (r === null ? '–' : `${r.passed} / ${r.total}`);
  const selfScores = d.selfReview?.scores;

  return {
    sessionId: d.sessionId,
    title: limit(sessionTitle(d), 500),
    subtitle: sessionTimeLine(d, formatDate(d.startedAt)),
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
    phaseNotes: phaseNotes(d.phases),
    timeline: d.timeline.map((entry) => {
      const e = timelineWords(entry);
      return { clock: e.clock, kind: entry.kind, text: limit(e.text, 10_000), detail: e.detail === null ? null : limit(e.detail, 10_000) };
    }),
    clarificationSummary: l10n.t('{0} of {1} key questions asked', c.keyAsked, c.keyTotal),
    clarifications: [
      ...c.outcomes.map((o) => ({
        status: o.askedAt === null ? (o.key ? ('missed' as const) : ('optional' as const)) : o.askedLate ? ('late' as const) : ('asked' as const),
        question: o.askedAs !== null && o.askedAs !== o.question ? l10n.t('{0} (you asked: "{1}")', o.question, limit(o.askedAs, 2000)) : o.question,
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
      // A moment the sentence already names ("first at 00:21") is not repeated after it; "00:21" inside
      // "1:00:21" is another moment, so only a whole clock counts.
      const clocks = [...new Set(f.evidence.map(formatClock))].filter((clock) => !new RegExp(`(?<![\\d:])${clock}(?![\\d:])`).test(sentence));
      return { ruleId: f.ruleId, tone: f.tone, title, sentence: limit(sentence, 10_000), clocks };
    }),
    scores: d.evidence.map((e) => {
      const self = selfScores?.[e.dimension];
      return { dimension: e.dimension, title: dimensionTitle(e.dimension), self: self === undefined ? null : clampScore(self), evidence: e.score, reason: reasonWords(e.reason), basis: e.evidence.slice(0, 100).map((b) => limit(evidenceWords(b), 10_000)) };
    }),
    selfNotes: limit(d.selfReview?.notes ?? '', 10_000),
    followUps: d.followUps.map((f) => ({ question: limit(f.question, 10_000), answer: limit(f.answer, 10_000), model: f.modelAnswer })),
  };
}
