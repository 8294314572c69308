import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { bundledMetas } from '../../../../scripts/bench/clarify';
import { Interviewer, NEUTRAL_ANSWER, SMALL_TALK_REPLY } from '../../../../src/core/interviewer/interviewer';
import type { InterviewerReply } from '../../../../src/core/interviewer/interviewer';
import { contentTerms, stem, vocabularyOf } from '../../../../src/core/interviewer/language';
import { smallTalkKindOf } from '../../../../src/core/interviewer/smallTalk';
import type { Clarification, ProblemMeta } from '../../../../src/problems/types';
import { bankProblem } from '../../../builders/problems';

async function metaOf(id: string): Promise<ProblemMeta> {
  return (await bankProblem(id)).meta;
}

function clarification(id: string, question: string, phrasings: string[]): Clarification {
  return { id, question, phrasings, answer: `answer about ${id}`, key: true };
}

/** A bank holding both a duplicates and a ties entry: folding "same" onto "distinct" would merge them. */
const OPPOSITES = [
  clarification('duplicates', 'Can the array contain duplicate values?', ['are there repeated numbers', 'can a value repeat', 'dupes in the input', 'is every value distinct', 'are the numbers unique']),
  clarification('ties', 'What if two values have the same frequency?', ['ties in frequency', 'equal counts', 'same number of occurrences', 'tie break rule', 'two values occur equally often']),
  clarification('empty', 'Can the array be empty?', ['empty input', 'no elements', 'zero length array', 'what if nums is []', 'length 0']),
  clarification('k-range', 'Can k exceed the number of distinct values?', ['k too large', 'valid range of k', 'is k at most the number of unique values', 'k bigger than distinct count']),
  clarification('value-range', 'Can the values be negative?', ['negative numbers', 'value range', 'how small can a value be', 'are values non-negative']),
];
const vocabulary = vocabularyOf([{ name: 'nums', type: 'number[]' }, { name: 'k', type: 'number' }]);

function kindAndId(reply: InterviewerReply): string {
  if (reply.kind === 'answer') return `answer:${reply.clarification.id}`;
  if (reply.kind === 'ask_back') return `ask_back:${reply.choices.map((c) => c.id).join('|')}`;
  return reply.kind;
}

describe('interviewer: reading a question', () => {
  it('keeps opposites apart and polarity as its own term', () => {
    assert.notEqual(contentTerms('distinct')[0], contentTerms('duplicate')[0]);
    assert.notEqual(contentTerms('same')[0], contentTerms('distinct')[0]);
    assert.deepEqual(contentTerms('is it unsorted?'), ['not', 'sorted']);
    assert.deepEqual(contentTerms("isn't it sorted"), ['not', 'sorted']);
    assert.deepEqual(contentTerms('non-negative values'), ['not', 'negative', 'value']);
    assert.deepEqual(contentTerms("can't be empty"), ['not', 'empty']);
  });

  it('keeps being sorted apart from sorting: one is a property of the input, the other a step the candidate takes', () => {
    assert.deepEqual(contentTerms('is the input sorted in ascending order?'), ['input', 'sorted', 'sorted', 'order']);
    assert.deepEqual(contentTerms('can I sort it first?'), ['sort', 'first']);
    assert.notEqual(contentTerms('sorting')[0], contentTerms('sorted')[0]);
  });

  it('stems inflections and reads parameter names as what they stand for', () => {
    assert.equal(stem('coins'), 'coin');
    assert.equal(stem('repeating'), 'repeat');
    assert.equal(stem('sorted'), 'sort');
    assert.deepEqual(contentTerms('what if nums is []', vocabulary), ['@nums', 'array', 'empty']);
    assert.deepEqual(contentTerms('can k be big', vocabulary), ['@k', 'value', 'size']);
    // Without the signature, a lone letter means nothing.
    assert.deepEqual(contentTerms('can k be big'), ['size']);
  });

  it('reads words that name the properties of every object as ordinary words', () => {
    // "constructor" once came back as Object's own function and the interviewer threw.
    assert.deepEqual(contentTerms('What does the constructor take?'), ['constructor', 'take']);
    for (const word of ['constructor', 'prototype', '__proto__', 'hasOwnProperty', 'toString', 'valueOf', 'isPrototypeOf']) {
      const terms = contentTerms(`Is ${word} called?`);
      assert.ok(terms.every((t) => typeof t === 'string'), `${word}: ${String(terms)}`);
    }
  });
});

describe('interviewer: replies', () => {
  const interviewer = new Interviewer(OPPOSITES, vocabulary);
  const reply = (q: string): string => kindAndId(interviewer.reply(q));

  it('answers a question on each side of an opposite pair with its own entry', () => {
    assert.equal(reply('numbers repeat?'), 'answer:duplicates');
    assert.equal(reply('What if two values occur the same number of times?'), 'answer:ties');
    // "distinct" leads to the duplicates entry (or k's, which says "distinct"), never to the ties entry.
    const distinct = interviewer.reply('Are all the numbers distinct?');
    assert.equal(distinct.candidates[0]?.clarification.id, 'duplicates');
    assert.ok(!distinct.candidates.slice(0, 2).some((c) => c.clarification.id === 'ties'));
  });

  it('answers concrete-example and parameter forms', () => {
    assert.equal(reply('what if nums = []?'), 'answer:empty');
    assert.equal(reply('could k be larger than the count of unique values?'), 'answer:k-range');
  });

  it('does not answer a question about a parameter from an entry that never names it', () => {
    const r = interviewer.reply('Can k be negative?');
    assert.notEqual(r.kind === 'answer' ? r.clarification.id : null, 'value-range');
  });

  it('asks back between the two closest entries when unsure, with their questions in the text', () => {
    const r = interviewer.reply('how about the range?');
    if (r.kind !== 'ask_back') assert.fail(`expected an ask-back, got ${r.kind}`);
    assert.deepEqual(r.choices.map((c) => c.id), ['value-range', 'k-range']);
    assert.match(r.text, /^Do you mean: \(1\) .+\? \(2\) .+\?$/);
    assert.ok(r.text.includes(r.choices[0]?.question ?? '∅'));
  });

  it('steers small talk back to the problem, and gives the neutral reply to an uncovered question', () => {
    assert.equal(reply("How's your day going?"), 'small_talk');
    assert.match(interviewer.reply('Hello!').text, /^Doing well, thanks/);
    assert.equal(interviewer.reply('Do you like football?').text, SMALL_TALK_REPLY);
    assert.equal(reply('What is the weather like over there?'), 'small_talk');
    const uncovered = interviewer.reply('Do we need a stable algorithm here?');
    assert.equal(uncovered.kind, 'neutral');
    assert.equal(uncovered.text, NEUTRAL_ANSWER);
  });

  it('takes questions about the interview itself for small talk, but never a question about the problem that sounds like one', () => {
    for (const meta of ['Which programming language should I use?', 'Can I use Python for this?', 'Am I allowed to google things?', 'Should I think out loud?', 'How long do I have for this one?', "I'm a bit nervous, sorry"]) {
      assert.equal(reply(meta), 'small_talk', meta);
    }
    for (const problem of ['How long can nums be?', 'How much time complexity is acceptable for large input?', 'Can I use Python to sort nums?']) {
      assert.notEqual(reply(problem), 'small_talk', problem);
    }
  });

  it('answers each kind of small talk in its own words on a real bank, and never a real question', async () => {
    const twoSum = Interviewer.forProblem(await metaOf('two-sum'));
    const kinds: [string, string][] = [
      ['Good morning! How is your week going?', 'greeting'],
      ['Sorry, you froze for a moment, can you hear me?', 'connection'],
      ['One second, let me reread the statement.', 'pause'],
      ['Honestly I am a little anxious today.', 'feelings'],
      ['Would it be alright if I switch to Python?', 'language'],
      ['Am I allowed to check the documentation?', 'look-up'],
      ['How much time do we have for this part?', 'time'],
      ['Will you give me a hint if I get stuck?', 'hints'],
      ['Mind if I write pseudocode before the real thing?', 'way-of-working'],
      ['Oh, a classic.', 'remark'],
      ['Thanks, that makes sense.', 'thanks'],
    ];
    const replies = new Set<string>();
    for (const [said, kind] of kinds) {
      const r = twoSum.reply(said);
      assert.equal(r.kind, 'small_talk', said);
      assert.equal(smallTalkKindOf(said)?.name, kind, said);
      assert.equal(r.text, smallTalkKindOf(said)?.reply);
      replies.add(r.text);
    }
    assert.ok(replies.size >= 10, 'each kind has a reply of its own');
    for (const question of ['Thanks — and can nums be empty?', 'How long can nums be?', 'Is it alright if nums has negative values?', 'Hi, is there always exactly one answer?']) {
      assert.notEqual(twoSum.reply(question).kind, 'small_talk', question);
    }
  });

  it('answers the issue\'s questions on the real top-k bank, or asks back with the right entry first, never mixing ties and k', async () => {
    const topK = Interviewer.forProblem(await metaOf('top-k-frequent-elements'));
    const settlesOn = (q: string): string | undefined => {
      const r = topK.reply(q);
      return r.kind === 'answer' ? r.clarification.id : r.kind === 'ask_back' ? r.choices[0]?.id : r.kind;
    };
    assert.equal(settlesOn('What if two numbers appear the same number of times?'), 'ties');
    assert.equal(settlesOn('Could k ever be bigger than how many different numbers there are?'), 'k-range');
    assert.equal(kindAndId(topK.reply('Is k always at most the number of distinct values?')), 'answer:k-range');
    assert.equal(topK.reply("How's your day going?").kind, 'small_talk');
  });
});

describe('interviewer: every bundled bank', () => {
  it('builds an interviewer for every problem and answers a question in each bank\'s own words with its entry', async () => {
    // One bank whose phrasing said "constructor" left its interview unable to open.
    const metas = await bundledMetas(join(__dirname, '..', '..', '..', '..', 'problems'));
    assert.ok(metas.size >= 150, `only ${metas.size} problems loaded`);
    const broken: string[] = [];
    for (const [id, meta] of metas) {
      try {
        const interviewer = Interviewer.forProblem(meta);
        for (const c of meta.clarifications) {
          const reply = interviewer.reply(c.question);
          if (reply.candidates[0]?.clarification.id !== c.id) broken.push(`${id}/${c.id}: "${c.question}" ranks ${reply.candidates[0]?.clarification.id ?? 'nothing'} first`);
        }
        interviewer.reply('What does the constructor take, and is toString defined?');
      } catch (error) {
        broken.push(`${id}: ${(error as Error).message}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

describe('interviewer: what the classifier learns from', () => {
  it('learns each clarification from its answer too, so a question in the words of the rule scores higher on a real bank', async () => {
    const meta = await metaOf('coin-change');
    // The answer says greedy "can be wrong or miss an answer"; no phrasing of greedy-ok says "miss".
    const question = 'Could greedy miss an answer here?';
    const withAnswers = Interviewer.forProblem(meta).reply(question);
    const withoutAnswers = Interviewer.forProblem({ ...meta, clarifications: meta.clarifications.map((c) => ({ ...c, answer: '' })) }).reply(question);
    assert.equal(withAnswers.candidates[0]?.clarification.id, 'greedy-ok');
    assert.equal(withoutAnswers.candidates[0]?.clarification.id, 'greedy-ok');
    const margin = (reply: InterviewerReply): number => (reply.candidates[0]?.score ?? 0) - (reply.candidates[1]?.score ?? 0);
    assert.ok(margin(withAnswers) > margin(withoutAnswers) + 0.05, `margin ${margin(withAnswers).toFixed(2)} against ${margin(withoutAnswers).toFixed(2)} without answers`);
  });
});
