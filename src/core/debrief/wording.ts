/** Small pieces of English the debrief sentences share. */

export function times(count: number): string {
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

/** "a, b and c" */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const VERDICT_WORDS: Record<string, string> = {
  accepted: 'accepted',
  wrong_answer: 'wrong answer',
  time_limit_exceeded: 'time limit exceeded',
  memory_limit_exceeded: 'memory limit exceeded',
  runtime_error: 'runtime error',
  compile_error: 'compile error',
};

export function verdictWords(verdict: string): string {
  return VERDICT_WORDS[verdict] ?? verdict;
}
