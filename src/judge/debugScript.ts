/**
 * "Debug Test": a standalone Node script that runs one test with the judge's own harness (the same
 * argument construction and serialisation), for the user to step through under the JS debugger.
 * It runs in Node, not the sandbox, and only on the user's explicit request for their own code.
 * The harness is folded onto the first line so the solution keeps its line numbers.
 */
import type { Problem } from '../problems/types';
import { entryCall } from './calls';
import { HARNESS_FACTORY } from './guest/harness';
import type { SandboxLibrary } from './protocol';

/** `solution` is the script as the sandbox would run it (module syntax stripped, TypeScript transpiled). */
export function buildDebugScript(
  problem: Problem,
  solution: { script: string; libraries: SandboxLibrary[] },
  args: unknown[],
  libraries: Partial<Record<SandboxLibrary, string>> = {},
): string {
  const prepared = solution;
  const call = entryCall(problem, JSON.stringify(args));
  const preludes = prepared.libraries.map((l) => libraries[l] ?? '').join(';').replace(/\n/g, ' ');
  const harness = HARNESS_FACTORY.replace(/\n/g, ' ');
  const firstLine = `${preludes};var __onsiteHarness = ${harness}(true);`;
  let driver: string;
  if (call.kind === 'design') {
    const design = JSON.stringify({ constructorShapes: call.constructorShapes, methods: call.methods });
    driver = [
      `  const Ctor = __onsiteHarness.resolve(typeof ${call.className} === 'undefined' ? undefined : ${call.className}, ${JSON.stringify(call.className)}, module.exports);`,
      '  debugger; // Step into the operations from here.',
      `  const output = __onsiteHarness.runDesign(Ctor, ${JSON.stringify(call.className)}, ${JSON.stringify(design)}, ${JSON.stringify(call.testJson)});`,
      "  console.log('output:', output.slice(1));",
    ].join('\n');
  } else if (call.kind === 'function') {
    const shape = call.inPlaceIndex === null ? call.returnShape : (call.argShapes[call.inPlaceIndex] ?? 'plain');
    driver = [
      `  const entry = __onsiteHarness.resolve(typeof ${call.entryName} === 'undefined' ? undefined : ${call.entryName}, ${JSON.stringify(call.entryName)}, module.exports);`,
      `  if (!entry) throw new Error('no function named ${call.entryName} was found');`,
      `  __onsiteHarness.prepare(${JSON.stringify(JSON.stringify(call.argShapes))}, ${JSON.stringify(call.argsJson)});`,
      '  debugger; // Step into your solution from here.',
      '  const returned = await __onsiteHarness.call(entry);',
      call.inPlaceIndex === null
        ? `  const output = __onsiteHarness.serialize(returned, ${JSON.stringify(JSON.stringify(shape))});`
        : `  const output = __onsiteHarness.serializeArgument(${call.inPlaceIndex}, ${JSON.stringify(JSON.stringify(shape))});`,
      "  console.log('output:', output.slice(1));",
    ].join('\n');
  } else {
    throw new Error('only entry-point calls can be debugged');
  }
  return `${firstLine}${prepared.script}\n;(async () => {\n${driver}\n})();\n`;
}
