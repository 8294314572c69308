/**
 * "Debug Test": a standalone Node script that runs one test with the judge's own harness (the same
 * argument construction and serialisation), for the user to step through under the JS debugger.
 * It runs in Node, not the sandbox, and only on the user's explicit request for their own code.
 * The harness is folded onto the first line so the solution keeps its line numbers.
 */
import type { Problem } from '../problems/types';
import { entryCall } from './calls';
import { HARNESS_FACTORY } from './guest/harness';
import type { GuestCall, SandboxLibrary } from './protocol';

type FunctionCall = Extract<GuestCall, { kind: 'function' }>;

/**
 * The harness calls that run one function test, as guest source for a script that holds the harness
 * in `h` (the debug script, the bench's Node timing): resolve the entry (and a codec's decoder),
 * build the arguments, call, serialise the answer or the in-place argument.
 */
export function functionCallSteps(call: FunctionCall, h: string): { resolve: string[]; prepare: string; call: string; serialize: (value: string) => string } {
  const scoped = (name: string): string => `typeof ${name} === 'undefined' ? undefined : ${name}`;
  const resolveLine = (name: string, variable: string): string[] => [
    `const ${variable} = ${h}.resolve(${scoped(name)}, ${JSON.stringify(name)}, module.exports);`,
    `if (!${variable}) throw new Error(${JSON.stringify(`no function named ${name} was found`)});`,
  ];
  const codecLines = (decoderName: string): string[] => [
    `const __codec = ${h}.resolveCodec([${[call.entryName, decoderName, 'Codec', 'Solution'].map(scoped).join(', ')}], ${JSON.stringify(call.entryName)}, ${JSON.stringify(decoderName)}, module.exports);`,
    'const __entry = __codec.encoder, __decoder = __codec.decoder;',
  ];
  const decoder = call.decoderName === undefined ? 'undefined' : '__decoder';
  const shape = call.inPlaceIndex === null ? call.returnShape : (call.argShapes[call.inPlaceIndex] ?? 'plain');
  return {
    resolve: call.decoderName === undefined ? resolveLine(call.entryName, '__entry') : codecLines(call.decoderName),
    prepare: `${h}.prepare(${JSON.stringify(JSON.stringify(call.argShapes))}, ${JSON.stringify(call.argsJson)}, ${call.freshOutput === true});`,
    call: `${h}.call(__entry, ${decoder}, ${JSON.stringify(call.entryName)})`,
    serialize: (value) =>
      call.inPlaceIndex === null
        ? `${h}.serialize(${value}, ${JSON.stringify(JSON.stringify(shape))})`
        : `${h}.serializeArgument(${call.inPlaceIndex}, ${JSON.stringify(JSON.stringify(shape))})`,
  };
}

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
  const nodeClass = call.kind === 'function' && call.nodeClass !== undefined ? `__onsiteHarness.useNodeClass(${JSON.stringify(call.nodeClass)});` : '';
  const firstLine = `${preludes};var __onsiteHarness = ${harness}(true);${nodeClass}`;
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
    const steps = functionCallSteps(call, '__onsiteHarness');
    driver = [
      ...steps.resolve.map((line) => `  ${line}`),
      `  ${steps.prepare}`,
      '  debugger; // Step into your solution from here.',
      `  const returned = await ${steps.call};`,
      `  const output = ${steps.serialize('returned')};`,
      "  console.log('output:', output.slice(1));",
    ].join('\n');
  } else {
    throw new Error('only entry-point calls can be debugged');
  }
  return `${firstLine}${prepared.script}\n;(async () => {\n${driver}\n})();\n`;
}
