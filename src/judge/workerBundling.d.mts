import type { BuildOptions, Plugin } from 'esbuild';
export function buildSandboxLibraries(esbuild: typeof import('esbuild')): Promise<Record<string, string>>;
export const quickjsCommonJsGlue: Plugin;
export const lazyTypeScript: Plugin;
export function typeScriptBundle(outdir: string): BuildOptions;
