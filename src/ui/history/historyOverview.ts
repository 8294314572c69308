/**
 * The history overview the debrief webview renders: trend charts as series, recurring weaknesses,
 * calibration, the review schedule and the next problem. No `vscode` import, so it is unit-tested.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import { gradeReasonWords, suggestionReasonWords, weaknessWords } from './historyWords';
import { outcomeWords } from './sessionWords';
import { dimensionTitle } from '../debrief/scoreWords';
import { DIMENSIONS } from '../../vocabulary/interview';
import { reviewSchedule, suggestNext } from '../../core/history/reviewSchedule';
import type { CatalogueProblem } from '../../core/history/reviewSchedule';
import type { SessionSummary } from '../../core/history/sessionSummary';
import { calibration, trends } from '../../core/history/trends';
import type { TrendPoint } from '../../core/history/trends';
import { recurringWeaknesses } from '../../core/history/weaknesses';
import type { ChartView, HistoryView } from '../../webview/debrief/protocol';

/** Charts stay legible with the last 30 sessions; older ones are in the list and the export. */
const CHART_SESSIONS = 30;

function shortDate(at: number): string {
  const d = new Date(at);
  return `${d.getMonth() + 1}/${d.getDate()}`;
}

function points(series: TrendPoint[], scale: (v: number) => number): ChartView['series'][number]['points'] {
  return series.slice(-CHART_SESSIONS).map((p) => ({ x: shortDate(p.startedAt), y: scale(p.value) }));
}

const percent = (v: number): number => Math.round(v * 1000) / 10;
const minutes = (ms: number): number => Math.round(ms / 6000) / 10;

export async function historyOverview(sessions: readonly SessionSummary[], catalogue: readonly CatalogueProblem[], now: number): Promise<HistoryView> {
  const t = trends(sessions);
  const cal = calibration(sessions);
  const schedule = await reviewSchedule(sessions);
  const suggestion = await suggestNext(sessions, catalogue, now);
  return {
    sessions: sessions.length,
    charts: [
      {
        id: 'phase-share',
        title: l10n.t('Share of time per phase'),
        unit: 'percent',
        series: (['clarify', 'plan', 'code', 'test'] as const).map((phase) => ({ label: phase, points: points(t.phaseShare[phase], percent) })),
      },
      { id: 'coverage', title: l10n.t('Key clarifying questions asked'), unit: 'percent', series: [{ label: l10n.t('coverage'), points: points(t.clarificationCoverage, percent) }] },
      { id: 'first-submit', title: l10n.t('Hidden tests passed on the first submit'), unit: 'percent', series: [{ label: l10n.t('first submit'), points: points(t.firstSubmitPassRate, percent) }] },
      { id: 'first-green', title: l10n.t('Time from first code to first green run'), unit: 'minutes', series: [{ label: l10n.t('minutes'), points: points(t.timeToFirstGreenMs, minutes) }] },
      {
        id: 'calibration',
        title: l10n.t('Self-rating minus evidence, per session'),
        unit: 'gap',
        series: DIMENSIONS.map((dimension) => ({
          label: dimensionTitle(dimension),
          points: cal.points.slice(-CHART_SESSIONS).map((p) => ({ x: shortDate(p.startedAt), y: p.gap[dimension] })),
        })),
      },
    ],
    weaknesses: recurringWeaknesses(sessions).map(weaknessWords),
    calibration: DIMENSIONS.map((dimension) => {
      const mean = cal.mean?.[dimension] ?? null;
      return { dimension, title: dimensionTitle(dimension), mean: mean === null ? null : Math.round(mean * 100) / 100, sessions: cal.sessions[dimension] };
    }),
    schedule: schedule.slice(0, 50).map((c) => ({
      problemId: c.problemId,
      title: c.title,
      due: c.due <= now ? l10n.t('due (since {0})', shortDate(c.due)) : l10n.t('in {0} d', Math.ceil((c.due - now) / 86_400_000)),
      lastGrade: c.lastGrade.grade,
      reason: gradeReasonWords(c.lastGrade.reason),
    })),
    suggestion: suggestion === null ? null : { problemId: suggestion.problemId, title: suggestion.title, reason: suggestionReasonWords(suggestion) },
    recent: [...sessions]
      .sort((a, b) => b.startedAt - a.startedAt)
      .slice(0, 200)
      .map((s) => ({ sessionId: s.sessionId, title: s.title, when: shortDate(s.startedAt), outcome: outcomeWords(s), active: formatClock(s.activeMs) })),
  };
}
