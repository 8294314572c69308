/** The sandboxed judge: the public surface the UI, CLI, validator and reliability runner use. */
export { Judge, type CustomTest, type JudgeOptions, type MutantResult, type TestStrengthReport } from './judge';
export { compareAnswers, canonicalJson, FLOAT_TOLERANCE, type Comparison } from './compare';
export { fitGrowth, classifyExponent, type Growth, type ScalingPoint, type ScalingReport } from './scaling';
export { prepareSource, librariesMentioned, type Language, type PreparedSource } from './solutionSource';
export { shapeOf, entryCall } from './calls';
export { buildDebugScript } from './debugScript';
export { measureHostileCorpus, readHostileCorpus, type HostileCorpusFigures, type HostileCase } from './hostileCorpus';
export * from './verdicts';
