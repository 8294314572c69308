import type { Plugin } from 'esbuild';
export const precompiledProblemSchema: Plugin;
