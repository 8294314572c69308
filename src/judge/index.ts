/**
 * The sandboxed judge: the public surface the UI, CLI, validator and reliability runner use.
 *
 * Untrusted code (solutions, references, generators, checkers, mutants) runs only in QuickJS inside
 * a worker thread. Async entry points: when a function entry returns a native promise, the worker
 * drives it with a bounded job loop (1,000 jobs per step, inside the test's deadline); timers run
 * on a virtual clock only while that promise is pending, so `await new Promise(r => setTimeout(r, 50))`
 * works. A promise that can never settle is a runtime error; one still pending at the limit is a
 * time-limit verdict. Thenables that are not native promises are ordinary return values (judged as
 * objects), and jobs or timers left behind when an entry returns synchronously never run.
 * Design methods are called synchronously; a returned promise is serialised as an object.
 * Checkers receive `check(args, output)` with the test's arguments as plain JSON (ListNode and
 * TreeNode in their array forms) and the serialised output.
 */
export { Judge, type CustomTest, type JudgeOptions, type MutantResult, type TestStrengthReport } from './judge';
export { describeEfficiency } from './efficiency';
export { checkInputs, type InputCheck } from './inputCheck';
export { compareAnswers, canonicalJson, FLOAT_TOLERANCE, type Comparison } from './compare';
export { fitGrowth, classifyExponent, type Growth, type ScalingPoint, type ScalingReport } from './scaling';
export { prepareSource, librariesMentioned, type Language, type PreparedSource } from './solutionSource';
export { shapeOf, entryCall } from './calls';
export { buildDebugScript } from './debugScript';
export * from './verdicts';
