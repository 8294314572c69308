import type { Plugin } from 'esbuild';
export function buildSandboxLibraries(esbuild: typeof import('esbuild')): Promise<Record<string, string>>;
export const quickjsCommonJsGlue: Plugin;
