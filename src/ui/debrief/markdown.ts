/**
 * The debrief as a Markdown file the candidate keeps, and the few-line summary behind "Copy summary".
 * Wording, so it lives outside core; free of `vscode` so the tests export through it.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { Debrief } from '../../core/debrief/debrief';
import { durationWords, verdictWords } from './commonWords';
import { largestTestsLine, measuredSentence, planSentence } from './complexityWords';
import { localDate, outcomeLine, sessionTimeLine, sessionTitle } from './headerWords';
import { dimensionTitle, evidenceWords, scoreReasonLine } from './scoreWords';
import { findingWords, missedBugsSentence, missedBugWhy, plantedBugsSentence, silenceWords } from './findingWords';
import { efficiencyWords, failureSentences } from './testResultWords';
import { timelineWords } from './timelineWords';
import { standingName } from '../../webview/shared/standingNames';

export interface MarkdownOptions {
  /** Wall-clock dates in the reader's zone; injectable so exports are reproducible in tests. */
  formatDate: (epochMs: number) => string;
  /** What the history says beyond this session, when the export is made with it at hand. */
  next?: { weaknesses: string[]; suggestion: { title: string; reason: string } | null };
}

/** Markdown table cells and inline text must not let user text break the table or start markup. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

function bar(ratio: number): string {
  return '▇'.repeat(Math.max(1, Math.min(12, Math.round(ratio * 10))));
}

export function debriefMarkdown(d: Debrief, options: MarkdownOptions = { formatDate: localDate }): string {
  const out: string[] = [];
  const { phases } = d;
  out.push(`# ${l10n.t('Onsite debrief — {0}', sessionTitle(d, cell(d.problem.title)))}`);
  out.push(`${sessionTimeLine(d, options.formatDate(d.startedAt))} · **${outcomeLine(d)}**`, '');

  out.push(`## ${l10n.t('Time per phase')}`, `| ${l10n.t('phase')} | ${l10n.t('time')} | ${l10n.t('budget')} | |`, '|---|---|---|---|');
  for (const p of phases.phases) {
    const note = p.standing === 'within' ? '' : ` ${standingName(p.standing)}`;
    out.push(`| ${p.phase} | ${formatClock(p.spentMs)} | ${formatClock(p.budgetMs)} | ${p.spentMs > 0 ? bar(p.ratio) : ''}${note} |`);
  }
  for (const r of phases.returns) {
    const at = formatClock(r.t);
    out.push(
      r.afterVerdict === null
        ? l10n.t('Went back from {0} to {1} at {2}.', r.from, r.to, at)
        : l10n.t('Went back from {0} to {1} at {2} (last run: {3}).', r.from, r.to, at, verdictWords(r.afterVerdict)),
    );
  }
  out.push('', `## ${l10n.t('What happened')}`);
  for (const entry of d.timeline) {
    const e = timelineWords(entry);
    out.push(`- ${e.clock} ${cell(e.text)}${e.detail !== null ? ` — *${cell(e.detail)}*` : ''}`);
  }

  const c = d.clarifications;
  out.push('', `## ${l10n.t('Clarifications — {0} of {1} key questions asked', c.keyAsked, c.keyTotal)}`);
  for (const o of c.outcomes) {
    const mark = o.askedAt !== null ? '✔' : o.key ? '✘' : '·';
    const asked = o.askedAt === null ? '' : ` (${o.askedLate ? l10n.t('{0}, after coding started', formatClock(o.askedAt)) : formatClock(o.askedAt)})`;
    out.push(`- ${mark} ${cell(o.question)}${o.key ? '' : ` ${l10n.t('(optional)')}`}${asked} — *${cell(o.answer)}*`);
  }
  for (const u of c.unmatched) out.push(`- ? ${cell(u.text)} (${formatClock(u.t)}) — *${cell(u.answer)}*`);

  const x = d.complexity;
  out.push('', `## ${l10n.t('Complexity')}`);
  out.push(cell(planSentence(x)));
  if (x.maxSizeTests.length > 0) out.push(largestTestsLine(x));
  if (x.measured !== null) out.push(cell(measuredSentence(x.measured)));

  out.push('', `## ${l10n.t('Testing')}`);
  const t = d.tests;
  const counts = l10n.t('{0}, {1}.', t.runs === 1 ? l10n.t('1 run') : l10n.t('{0} runs', t.runs), t.submits === 1 ? l10n.t('1 submit') : l10n.t('{0} submits', t.submits));
  out.push(counts + (t.timeToFirstGreenMs !== null ? ` ${l10n.t('First all-green {0} after coding started.', durationWords(t.timeToFirstGreenMs))}` : ''));
  if (t.firstSubmit !== null && t.finalSubmit !== null) {
    out.push(l10n.t('First submit {0} / {1}; final {2} / {3}.', t.firstSubmit.passed, t.firstSubmit.total, t.finalSubmit.passed, t.finalSubmit.total));
  }
  if (t.byLabel.length > 0) {
    out.push('', `| ${l10n.t('hidden tests')} | ${l10n.t('first submit')} | ${l10n.t('final')} |`, '|---|---|---|');
    for (const l of t.byLabel) {
      const show = (r: { passed: number; total: number } | null): string => (r === null ? '–' : `${r.passed} / ${r.total}`);
      out.push(`| ${cell(l.label)} | ${show(l.firstSubmit)} | ${show(l.finalSubmit)} |`);
    }
  }
  for (const line of failureSentences(t)) out.push('', cell(line));
  if (t.efficiency !== null) out.push('', cell(efficiencyWords(t.efficiency, d.language)));
  if (d.mutants.measured) {
    const m = d.mutants;
    const missed = m.missed.map((b) => `*${cell(b.bug)}* (${cell(missedBugWhy(b.exposedBy, m))})`).join(', ');
    out.push('', plantedBugsSentence(m) + (m.missed.length > 0 ? ` ${missedBugsSentence(m, missed)}` : ''));
  }
  for (const s of d.silences) out.push(l10n.t('Silent: {0}.', silenceWords(s)));

  out.push('', `## ${l10n.t('Feedback')}`);
  d.feedback.forEach((f, i) => {
    const { title, sentence } = findingWords(f);
    out.push(`${i + 1}. **${title}.** ${cell(sentence)}`);
  });

  out.push('', `## ${l10n.t('Self-review (before results → evidence)')}`, `| ${l10n.t('dimension')} | ${l10n.t('you')} | ${l10n.t('evidence suggests')} |`, '|---|---|---|');
  for (const e of d.evidence) {
    const mine = d.selfReview?.scores[e.dimension];
    out.push(`| ${dimensionTitle(e.dimension)} | ${mine ?? '–'} | ${e.score === null ? '' : `${e.score} — `}${cell(scoreReasonLine(e))} |`);
  }
  const used = d.evidence.filter((e) => e.evidence.length > 0);
  if (used.length > 0) {
    out.push('', l10n.t('Evidence used:'));
    for (const e of used) out.push(`- ${dimensionTitle(e.dimension)}: ${e.evidence.map((b) => cell(evidenceWords(b))).join('; ')}`);
  }
  if (d.selfReview !== null && d.selfReview.notes.trim() !== '') out.push('', l10n.t('Your notes: {0}', cell(d.selfReview.notes)));

  for (const f of d.followUps) {
    const answer = f.modelAnswer === null ? l10n.t('Your answer: "{0}".', cell(f.answer)) : l10n.t('Your answer: "{0}". Model answer: {1}', cell(f.answer), cell(f.modelAnswer));
    out.push('', `## ${l10n.t('Follow-up: "{0}"', cell(f.question))}`, answer);
  }
  const next = options.next;
  if (next !== undefined && (next.weaknesses.length > 0 || next.suggestion !== null)) {
    out.push('', `## ${l10n.t('Next')}`);
    for (const w of next.weaknesses) out.push(`- ${cell(w)}.`);
    if (next.suggestion !== null) out.push(l10n.t('Suggested next: *{0}* ({1}).', cell(next.suggestion.title), cell(next.suggestion.reason)));
  }
  return `${out.join('\n')}\n`;
}

/** A few lines for the clipboard: outcome, time, coverage and the top feedback titles. */
export function debriefSummary(d: Debrief): string {
  const lines = [
    l10n.t('{0} ({1}): {2} in {3}.', d.problem.title, d.problem.difficulty, outcomeLine(d), formatClock(d.activeMs)),
    d.mutants.measured
      ? l10n.t('Key questions {0}/{1}; runs {2}; submits {3}; planted bugs caught {4}/{5}.', d.clarifications.keyAsked, d.clarifications.keyTotal, d.tests.runs, d.tests.submits, d.mutants.caught, d.mutants.total)
      : l10n.t('Key questions {0}/{1}; runs {2}; submits {3}.', d.clarifications.keyAsked, d.clarifications.keyTotal, d.tests.runs, d.tests.submits),
    ...d.feedback.map((f) => `- ${findingWords(f).sentence}`),
  ];
  return lines.join('\n');
}
