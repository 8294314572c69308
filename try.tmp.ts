import { loadProblem } from './src/problems/loader';
import { Interviewer } from './src/core/interviewer/interviewer';
import { contentTerms } from './src/core/interviewer/language';
async function main() {
  const [id, ...qs] = process.argv.slice(2);
  const l = await loadProblem(`problems/${id}`, "bundled");
  if (!l.ok) throw new Error('x');
  for (const name of ['ngram','lexical','blend'] as const) {
  const iv = Interviewer.forProblem(l.problem.meta, name);
  for (const q of qs) { const r = iv.reply(q); console.log(name, q, '→', r.kind, r.kind==='answer'? r.clarification.id : '', r.candidates.map(c=>`${c.clarification.id}:${c.score.toFixed(2)}`).join(' ')); }
  }
  console.log(contentTerms(qs[0] ?? ''));
}
void main();
