import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { runAsk } from '../../../src/cli/ask';

/** Runs `onsite ask` in-process and keeps what it prints. */
async function ask(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => { out.push(parts.map(String).join(' ')); };
  console.error = (...parts: unknown[]) => { err.push(parts.map(String).join(' ')); };
  try {
    const code = await runAsk(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('onsite ask', () => {
  it('answers from the bank with --json: the clarification, its answer, a confidence and the candidates', async () => {
    const { code, out } = await ask(['top-k-frequent-elements', 'Is k always at most the number of distinct values?', '--json']);
    assert.equal(code, 0);
    const reply = JSON.parse(out) as { clarificationId: string | null; answer: string; confidence: number; candidates: { id: string; question: string; score: number }[] };
    assert.equal(reply.clarificationId, 'k-range');
    assert.match(reply.answer, /between 1 and the number of distinct values/);
    assert.ok(reply.confidence > 0 && reply.confidence <= 1);
    assert.equal(reply.candidates[0]?.id, 'k-range');
  });

  it('asks back with a null clarificationId and the choices as candidates; takes a problem folder too', async () => {
    const dir = path.join(__dirname, '..', '..', '..', 'problems', 'top-k-frequent-elements');
    const { code, out } = await ask([dir, 'What if two numbers appear the same number of times?', '--json']);
    assert.equal(code, 0);
    const reply = JSON.parse(out) as { clarificationId: string | null; answer: string; candidates: { id: string }[] };
    assert.equal(reply.clarificationId, null);
    assert.match(reply.answer, /^Do you mean: \(1\)/);
    assert.deepEqual(reply.candidates.map((c) => c.id), ['ties', 'k-range']);
  });

  it('prints the reply in words without --json', async () => {
    const { code, out } = await ask(['two-sum', "How's your day going?"]);
    assert.equal(code, 0);
    assert.match(out, /^Interviewer: Doing well, thanks for asking!.*\n {4}\(small talk, confidence/);
  });

  it('exits 2 with the usage on a missing question, an unknown option or problem', async () => {
    for (const args of [['two-sum'], ['two-sum', 'q', '--yaml'], ['no-such-problem', 'q'], ['two-sum', '   ']]) {
      const { code, err } = await ask(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(err, /^onsite ask: .+\nusage: onsite ask/, args.join(' '));
    }
  });
});
