/**
 * The debrief's feedback findings in the display language: a title per rule and a sentence per message.
 * Switches rather than tables so the l10n exporter sees each literal; free of `vscode` (see
 * src/ui/refusalWords.ts) so the Markdown export, the webview view and the tests word them alike.
 */
import * as l10n from '@vscode/l10n';
import { formatClock } from '../../core/debrief/clock';
import type { FindingMessage } from '../../core/debrief/findingMessages';
import type { Finding, RuleId } from '../../core/debrief/rules';
import type { SilentStretch } from '../../core/debrief/silence';
import { capitalize, durationWords, list, ordinal, times, verdictWords } from './commonWords';
import { growthRankWords, measuredFactorsWords } from './complexityWords';
import { solutionFailureWords } from './testResultWords';

export interface WordedFinding {
  /** A short imperative heading ("Clarify before planning"). */
  title: string;
  sentence: string;
}

export function findingWords(finding: Finding): WordedFinding {
  return { title: findingTitle(finding.ruleId), sentence: findingSentence(finding.message) };
}

/** "14 minutes of coding with no note, run or question between 06:10 and 20:15" */
export function silenceWords(s: SilentStretch): string {
  return l10n.t('{0} of coding with no note, run or question between {1} and {2}', durationWords(s.durationMs), formatClock(s.from), formatClock(s.to));
}

/** The planted-bug figures, as mutants.ts reports them. */
interface PlantedBugs {
  customTests: number;
  caught: number;
  total: number;
}

/** A candidate who wrote no test of their own: "your tests" would name something that does not exist. */
function wroteNoTests(m: PlantedBugs): boolean {
  return m.customTests === 0 && m.caught === 0;
}

/** What the candidate's own tests did against the planted bugs, worded for how many they wrote. */
export function plantedBugsSentence(m: PlantedBugs): string {
  if (wroteNoTests(m)) return l10n.t('You wrote no tests of your own, so none of the {0} planted bugs met one.', m.total);
  if (m.customTests === 1) return l10n.t('Your 1 test caught {0} of {1} planted bugs.', m.caught, m.total);
  if (m.customTests === 0) return l10n.t('Your tests caught {0} of {1} planted bugs.', m.caught, m.total);
  return l10n.t('Your {0} tests caught {1} of {2} planted bugs.', m.customTests, m.caught, m.total);
}

/** Why a planted bug got through: "none of your tests had empty input", or with no tests, what would catch it. */
export function missedBugWhy(exposedBy: string, m: PlantedBugs): string {
  if (wroteNoTests(m)) return exposedBy === '' ? l10n.t('only a test of your own would tell it apart') : l10n.t('a test with {0} input catches it', exposedBy);
  return exposedBy === '' ? l10n.t('no test of yours told it apart') : l10n.t('none of your tests had {0} input', exposedBy);
}

/** "Missed: a (why); b (why)." — or, for a candidate with no tests, what each bug needs. */
export function missedBugsSentence(m: PlantedBugs, missed: string): string {
  return wroteNoTests(m) ? l10n.t('Tests that would catch them: {0}.', missed) : l10n.t('Missed: {0}.', missed);
}

export function findingTitle(id: RuleId): string {
  switch (id) {
    case 'coded-before-key-question':
      return l10n.t('Ask the key questions before coding');
    case 'key-questions-missed':
      return l10n.t('Clarify before planning');
    case 'no-plan-before-code':
      return l10n.t('Say the plan before coding');
    case 'plan-slower-than-expected':
      return l10n.t('Check the plan against the constraints');
    case 'max-size-tests-failed':
      return l10n.t('Make it scale to the largest inputs');
    case 'measured-growth-slower':
      return l10n.t('Your solution grows faster than it should');
    case 'submitted-without-running':
      return l10n.t('Run before you submit');
    case 'no-own-test-before-submit':
      return l10n.t('Test your own cases');
    case 'mutants-missed':
      return l10n.t('Test the boundaries');
    case 'input-kind-failed-repeatedly':
      return l10n.t('Fix a failing kind of input once');
    case 'solution-failed-every-test':
      return l10n.t('Get the whole solution running first');
    case 'silent-coding':
      return l10n.t('Think aloud while coding');
    case 'phase-over-budget':
      return l10n.t('Keep phases within budget');
    case 'hints-revealed':
      return l10n.t('Reach the idea with fewer hints');
    case 'gave-up':
      return l10n.t('Finish with a working version');
    case 'time-expired':
      return l10n.t('Leave time to submit');
    case 'went-back-to-fix':
      return l10n.t('Going back to fix');
    case 'own-tests-before-first-submit':
      return l10n.t('Own tests before submitting');
    case 'clean-session':
      return l10n.t('Clean session');
  }
}

function verdictList(verdicts: readonly string[]): string {
  return verdicts.map(verdictWords).join(', ');
}

export function findingSentence(m: FindingMessage): string {
  switch (m.id) {
    case 'coded-before-key-question':
      return l10n.t(
        'Coding started at {0}, before any question about {1}; the hidden tests labelled {2} then failed {3}.',
        formatClock(m.codingStartedAt),
        m.clarificationId.replace(/-/g, ' '),
        m.kind,
        times(m.failedSubmits),
      );
    case 'key-questions-missed':
      return l10n.t(
        'You asked {0} of {1} key questions; never asked: {2}.',
        m.asked,
        m.total,
        m.missed.map((c) => l10n.t('"{0}" ({1})', c.question, c.answer)).join('; '),
      );
    case 'no-plan-before-code':
      return l10n.t('Coding started at {0} with no approach written in the plan.', formatClock(m.codingStartedAt));
    case 'plan-slower-than-expected':
      return m.timedOutLargest > 0
        ? l10n.t('You planned {0}; the problem expects {1}. The final submit then timed out on {2} of the largest tests.', m.stated, m.expected, m.timedOutLargest)
        : l10n.t('You planned {0}; the problem expects {1}.', m.stated, m.expected);
    case 'max-size-tests-failed':
      return l10n.t('The final submit at {0} failed {1} of {2} largest hidden tests ({3}): {4}.', formatClock(m.at), m.failed, m.total, verdictList(m.verdicts), list(m.labels));
    case 'measured-growth-slower': {
      const relative = m.measured.relative;
      if (relative.kind === 'timed_out') {
        return l10n.t(
          'Your final solution ran out of time on a generated input of size {0} that the reference solution finished in {1} ms; the problem expects {2}.',
          relative.size.toLocaleString('en-US'),
          Math.round(relative.referenceMs),
          m.expected,
        );
      }
      const rank = m.measured.growthRank;
      return l10n.t('Measured growth of your final solution is about {0}{1}; the problem expects {2}.', rank === null ? '' : growthRankWords(rank), measuredFactorsWords(m.measured), m.expected);
    }
    case 'submitted-without-running':
      return l10n.t('You submitted at {0} without a single run before it.', formatClock(m.at));
    case 'no-own-test-before-submit':
      return l10n.t('You never ran your own test before submitting.');
    case 'mutants-missed':
      return mutantsMissedSentence(m);
    case 'input-kind-failed-repeatedly':
      return m.example
        ? l10n.t('{0} failed in {1} runs or submits while other tests passed, first at {2} ({3}).', m.kind, m.attempts, formatClock(m.firstAt), verdictList(m.verdicts))
        : l10n.t('Hidden tests of {0} input failed in {1} runs or submits while other tests passed, first at {2} ({3}).', m.kind, m.attempts, formatClock(m.firstAt), verdictList(m.verdicts));
    case 'solution-failed-every-test':
      return m.attempts === 1
        ? l10n.t('No test passed in {0} of 1 run or submit ({1}): the whole solution failed there, not one kind of input.', m.failures.length, solutionFailureWords(m.failures))
        : l10n.t('No test passed in {0} of {1} runs and submits ({2}): the whole solution failed there, not one kind of input.', m.failures.length, m.attempts, solutionFailureWords(m.failures));
    case 'silent-coding':
      return m.stretches > 1
        ? l10n.t('{0} ({1} such stretches in all).', capitalize(silenceWords(m.longest)), m.stretches)
        : `${capitalize(silenceWords(m.longest))}.`;
    case 'phase-over-budget':
      return capitalize(`${list(m.over.map((p) => l10n.t('{0} took {1} against a {2} budget', p.phase, formatClock(p.spentMs), formatClock(p.budgetMs))))}.`);
    case 'hints-revealed':
      return m.at.length === 1
        ? l10n.t('You revealed 1 hint, at {0}.', list(m.at.map(formatClock)))
        : l10n.t('You revealed {0} hints, at {1}.', m.at.length, list(m.at.map(formatClock)));
    case 'gave-up':
      return gaveUpSentence(m);
    case 'time-expired':
      return m.submitted ? l10n.t('Time ran out at {0} before an accepted submit.', formatClock(m.at)) : l10n.t('Time ran out at {0} before any submit.', formatClock(m.at));
    case 'went-back-to-fix':
      return l10n.t(
        'You went back from test to code at {0} after a failing run ({1}) and then got accepted at {2} — keep doing that.',
        formatClock(m.at),
        verdictWords(m.afterVerdict),
        formatClock(m.acceptedAt),
      );
    case 'own-tests-before-first-submit':
      return l10n.t('You ran your own tests {0} before the first submit (first at {1}).', times(m.runs), formatClock(m.firstAt));
    case 'clean-session':
      return cleanSessionSentence(m);
  }
}

function mutantsMissedSentence(m: Extract<FindingMessage, { id: 'mutants-missed' }>): string {
  const missed = m.missed.map((b) => l10n.t('{0} ({1})', b.bug, missedBugWhy(b.exposedBy, m))).join('; ');
  return `${plantedBugsSentence(m)} ${missedBugsSentence(m, missed)}`;
}

function gaveUpSentence(m: Extract<FindingMessage, { id: 'gave-up' }>): string {
  const at = formatClock(m.at);
  const best = m.best;
  if (best === null) return l10n.t('You gave up at {0} in the {1} phase without running the code.', at, m.phase);
  if (best.passed === 0) return l10n.t('You gave up at {0} in the {1} phase; no run or submit passed a test ({2} at best).', at, m.phase, verdictWords(best.verdict));
  return best.kind === 'run'
    ? l10n.t('You gave up at {0} in the {1} phase; your best run (at {2}) passed {3} of {4} tests.', at, m.phase, formatClock(best.t), best.passed, best.total)
    : l10n.t('You gave up at {0} in the {1} phase; your best submit (at {2}) passed {3} of {4} tests.', at, m.phase, formatClock(best.t), best.passed, best.total);
}

function cleanSessionSentence(m: Extract<FindingMessage, { id: 'clean-session' }>): string {
  const ordinalSubmit = ordinal(m.acceptedOnSubmit);
  return m.keyTotal > 0
    ? l10n.t(
        'Accepted on the {0} submit at {1}, {2} of {3} key questions asked, {4} active against a {5} limit.',
        ordinalSubmit,
        formatClock(m.at),
        m.keyAsked,
        m.keyTotal,
        formatClock(m.activeMs),
        formatClock(m.limitMs),
      )
    : l10n.t('Accepted on the {0} submit at {1}, {2} active against a {3} limit.', ordinalSubmit, formatClock(m.at), formatClock(m.activeMs), formatClock(m.limitMs));
}
