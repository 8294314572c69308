/**
 * The debrief as a Markdown file the candidate keeps, and the few-line summary behind "Copy summary".
 * Wording, so it lives outside core; free of `vscode` so the tests export through it.
 */
import { formatClock, formatDuration, ordinal, plural } from '../../core/debrief/clock';
import type { Debrief } from '../../core/debrief/debrief';
import { times, verdictWords } from './commonWords';
import { largestTestsLine, measuredSentence, planSentence } from './complexityWords';
import { dimensionTitle, evidenceWords, scoreReasonLine } from './scoreWords';
import { findingWords, silenceWords } from './findingWords';
import { efficiencyWords, failureSentences } from './testResultWords';
import { timelineWords } from './timelineWords';

export interface MarkdownOptions {
  /** Wall-clock dates in the reader's zone; injectable so exports are reproducible in tests. */
  formatDate: (epochMs: number) => string;
  /** What the history says beyond this session, when the export is made with it at hand. */
  next?: { weaknesses: string[]; suggestion: { title: string; reason: string } | null };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function localDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Markdown table cells and inline text must not let user text break the table or start markup. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/([*_`[\]<>])/g, '\\$1');
}

function bar(ratio: number): string {
  return '▇'.repeat(Math.max(1, Math.min(12, Math.round(ratio * 10))));
}

/**
 * " · 1 pause (4:10) · away twice (12:00 in all; editor closed, reloaded or asleep)": pauses count only
 * the ones the user chose; a reload is time away, never a pause.
 */
export function absenceSummary(phases: Debrief['phases']): string {
  const parts: string[] = [];
  if (phases.pauses.length > 0) {
    parts.push(`${plural(phases.pauses.length, 'pause')} (${phases.pauses.map((p) => (p.wallMs === null ? 'not resumed' : formatClock(p.wallMs))).join(', ')})`);
  }
  if (phases.away.length > 0) {
    const total = phases.away.reduce((sum, a) => sum + (a.wallMs ?? 0), 0);
    parts.push(`away ${times(phases.away.length)} (${formatClock(total)} in all; editor closed, reloaded or asleep)`);
  }
  return parts.map((p) => ` · ${p}`).join('');
}

export function outcomeLine(d: Debrief): string {
  if (d.tests.acceptedOnSubmit !== null) return `Accepted on the ${ordinal(d.tests.acceptedOnSubmit)} submit`;
  switch (d.outcome) {
    case 'gave_up':
      return 'Gave up';
    case 'expired':
      return 'Time ran out';
    case 'rejected':
      return 'Not accepted';
    case 'accepted':
      return 'Accepted';
    default:
      return 'Unfinished';
  }
}

export function debriefMarkdown(d: Debrief, options: MarkdownOptions = { formatDate: localDate }): string {
  const out: string[] = [];
  const { phases } = d;
  out.push(`# Onsite debrief — ${cell(d.problem.title)} (${d.problem.difficulty}) · ${d.language === 'javascript' ? 'JavaScript' : 'TypeScript'} · ${d.mode} mode`);
  out.push(`${options.formatDate(d.startedAt)} · ${formatClock(d.activeMs)} active (limit ${formatClock(phases.overallLimitMs)})${absenceSummary(phases)} · **${outcomeLine(d)}**`, '');

  out.push('## Time per phase', '| phase | time | budget | |', '|---|---|---|---|');
  for (const p of phases.phases) {
    const note = p.standing === 'within' ? '' : ` ${p.standing.replace(/_/g, ' ')}`;
    out.push(`| ${p.phase} | ${formatClock(p.spentMs)} | ${formatClock(p.budgetMs)} | ${p.spentMs > 0 ? bar(p.ratio) : ''}${note} |`);
  }
  for (const r of phases.returns) {
    out.push(`Went back from ${r.from} to ${r.to} at ${formatClock(r.t)}${r.afterVerdict !== null ? ` (last run: ${verdictWords(r.afterVerdict)})` : ''}.`);
  }
  out.push('', '## What happened');
  for (const entry of d.timeline) {
    const e = timelineWords(entry);
    out.push(`- ${e.clock} ${cell(e.text)}${e.detail !== null ? ` — *${cell(e.detail)}*` : ''}`);
  }

  const c = d.clarifications;
  out.push('', `## Clarifications — ${c.keyAsked} of ${c.keyTotal} key questions asked`);
  for (const o of c.outcomes) {
    const mark = o.askedAt !== null ? '✔' : o.key ? '✘' : '·';
    const when = o.askedAt !== null ? ` (${formatClock(o.askedAt)}${o.askedLate ? ', after coding started' : ''})` : '';
    out.push(`- ${mark} ${cell(o.question)}${o.key ? '' : ' (optional)'}${when} — *${cell(o.answer)}*`);
  }
  for (const u of c.unmatched) out.push(`- ? ${cell(u.text)} (${formatClock(u.t)}) — *${cell(u.answer)}*`);

  const x = d.complexity;
  out.push('', '## Complexity');
  out.push(cell(planSentence(x)));
  if (x.maxSizeTests.length > 0) out.push(largestTestsLine(x));
  if (x.measured !== null) out.push(cell(measuredSentence(x.measured)));

  out.push('', '## Testing');
  const t = d.tests;
  out.push(`${t.runs} run${t.runs === 1 ? '' : 's'}, ${t.submits} submit${t.submits === 1 ? '' : 's'}.` +
    (t.timeToFirstGreenMs !== null ? ` First all-green ${formatDuration(t.timeToFirstGreenMs)} after coding started.` : ''));
  if (t.firstSubmit !== null && t.finalSubmit !== null) {
    out.push(`First submit ${t.firstSubmit.passed} / ${t.firstSubmit.total}; final ${t.finalSubmit.passed} / ${t.finalSubmit.total}.`);
  }
  if (t.byLabel.length > 0) {
    out.push('', '| hidden tests | first submit | final |', '|---|---|---|');
    for (const l of t.byLabel) {
      const show = (r: { passed: number; total: number } | null): string => (r === null ? '–' : `${r.passed} / ${r.total}`);
      out.push(`| ${cell(l.label)} | ${show(l.firstSubmit)} | ${show(l.finalSubmit)} |`);
    }
  }
  for (const line of failureSentences(t)) out.push('', cell(line));
  if (t.efficiency !== null) out.push('', cell(efficiencyWords(t.efficiency)));
  if (d.mutants.measured) {
    out.push('', `${d.mutants.customTests === 0 ? 'Your tests' : `Your ${d.mutants.customTests} test${d.mutants.customTests === 1 ? '' : 's'}`} caught ${d.mutants.caught} of ${d.mutants.total} planted bugs.` +
      (d.mutants.missed.length > 0 ? ` Missed: ${d.mutants.missed.map((m) => `*${cell(m.bug)}* (${cell(m.why)})`).join(', ')}.` : ''));
  }
  for (const s of d.silences) out.push(`Silent: ${silenceWords(s)}.`);

  out.push('', '## Feedback');
  d.feedback.forEach((f, i) => {
    const { title, sentence } = findingWords(f);
    out.push(`${i + 1}. **${title}.** ${cell(sentence)}`);
  });

  out.push('', '## Self-review (before results → evidence)', '| dimension | you | evidence suggests |', '|---|---|---|');
  for (const e of d.evidence) {
    const mine = d.selfReview?.scores[e.dimension];
    out.push(`| ${dimensionTitle(e.dimension)} | ${mine ?? '–'} | ${e.score === null ? '' : `${e.score} — `}${cell(scoreReasonLine(e))} |`);
  }
  const used = d.evidence.filter((e) => e.evidence.length > 0);
  if (used.length > 0) {
    out.push('', 'Evidence used:');
    for (const e of used) out.push(`- ${dimensionTitle(e.dimension)}: ${e.evidence.map((b) => cell(evidenceWords(b))).join('; ')}`);
  }
  if (d.selfReview !== null && d.selfReview.notes.trim() !== '') out.push('', `Your notes: ${cell(d.selfReview.notes)}`);

  for (const f of d.followUps) {
    out.push('', `## Follow-up: "${cell(f.question)}"`, `Your answer: "${cell(f.answer)}".${f.modelAnswer !== null ? ` Model answer: ${cell(f.modelAnswer)}` : ''}`);
  }
  const next = options.next;
  if (next !== undefined && (next.weaknesses.length > 0 || next.suggestion !== null)) {
    out.push('', '## Next');
    for (const w of next.weaknesses) out.push(`- ${cell(w)}.`);
    if (next.suggestion !== null) out.push(`Suggested next: *${cell(next.suggestion.title)}* (${cell(next.suggestion.reason)}).`);
  }
  return `${out.join('\n')}\n`;
}

/** A few lines for the clipboard: outcome, time, coverage and the top feedback titles. */
export function debriefSummary(d: Debrief): string {
  const lines = [
    `${d.problem.title} (${d.problem.difficulty}): ${outcomeLine(d)} in ${formatClock(d.activeMs)}.`,
    `Key questions ${d.clarifications.keyAsked}/${d.clarifications.keyTotal}; runs ${d.tests.runs}; submits ${d.tests.submits}` +
      (d.mutants.measured ? `; planted bugs caught ${d.mutants.caught}/${d.mutants.total}` : '') + '.',
    ...d.feedback.map((f) => `- ${findingWords(f).sentence}`),
  ];
  return lines.join('\n');
}
