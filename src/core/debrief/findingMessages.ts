/**
 * What each feedback rule found, as the rule's id with the figures it cites rather than a sentence: the
 * wording layer (src/ui/debrief/findingWords.ts) words it in the display language. Times are active ms
 * from the session's start, for the wording layer to format.
 */
import type { Phase } from '../../vocabulary/interview';
import type { MeasuredScaling } from './complexity';
import type { SilentStretch } from './silence';
import type { SolutionFailure } from './testResults';

export type FindingMessage =
  | { id: 'coded-before-key-question'; codingStartedAt: number; clarificationId: string; kind: string; failedSubmits: number }
  | { id: 'key-questions-missed'; asked: number; total: number; missed: { question: string; answer: string }[] }
  | { id: 'no-plan-before-code'; codingStartedAt: number }
  /** `timedOutLargest`: largest tests the final submit timed out on, 0 when it did not fail on scale. */
  | { id: 'plan-slower-than-expected'; stated: string; expected: string; timedOutLargest: number }
  /** `verdicts`: the distinct verdicts of the failed tests, in order of first appearance. */
  | { id: 'max-size-tests-failed'; at: number; failed: number; total: number; verdicts: string[]; labels: string[] }
  | { id: 'measured-growth-slower'; measured: MeasuredScaling; expected: string }
  | { id: 'submitted-without-running'; at: number }
  | { id: 'no-own-test-before-submit' }
  | { id: 'mutants-missed'; customTests: number; caught: number; total: number; missed: { bug: string; exposedBy: string }[] }
  /** `example`: the kind is a statement example ("Example 2"), named as it is rather than as a kind of input. */
  | { id: 'input-kind-failed-repeatedly'; kind: string; example: boolean; attempts: number; firstAt: number; verdicts: string[] }
  | { id: 'solution-failed-every-test'; failures: SolutionFailure[]; attempts: number }
  | { id: 'silent-coding'; longest: SilentStretch; stretches: number }
  | { id: 'phase-over-budget'; over: { phase: Phase; spentMs: number; budgetMs: number }[] }
  | { id: 'hints-revealed'; at: number[] }
  /** `best`: the run or submit that passed the largest share of its tests, or null when nothing ran. */
  | { id: 'gave-up'; at: number; phase: string; best: { kind: 'run' | 'submit'; t: number; passed: number; total: number; verdict: string } | null }
  | { id: 'time-expired'; at: number; submitted: boolean }
  | { id: 'went-back-to-fix'; at: number; afterVerdict: string; acceptedAt: number }
  | { id: 'own-tests-before-first-submit'; runs: number; firstAt: number }
  | { id: 'clean-session'; acceptedOnSubmit: number; at: number; keyAsked: number; keyTotal: number; activeMs: number; limitMs: number };
