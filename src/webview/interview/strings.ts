/** Every sentence the interview webview shows, in one place for translation. */
export const PHASE_LABELS = { clarify: 'Clarify', plan: 'Plan', code: 'Code', test: 'Test', done: 'Done' } as const;

export const VERDICT_LABELS = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong Answer',
  time_limit_exceeded: 'Time Limit Exceeded',
  memory_limit_exceeded: 'Memory Limit Exceeded',
  runtime_error: 'Runtime Error',
  compile_error: 'Compile Error',
} as const;

export const OUTCOME_LABELS = {
  accepted: 'Accepted — well done.',
  rejected: 'Submitted, not accepted.',
  gave_up: 'You gave up on this one.',
  expired: 'Time ran out.',
} as const;
