import type { Plugin } from 'esbuild';
export const BUILD_AJV_OPTIONS: { allErrors: boolean; strict: boolean };
export function precompiledProblemSchemaSource(): string;
export const precompiledProblemSchema: Plugin;
