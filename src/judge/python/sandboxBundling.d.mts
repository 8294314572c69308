import type { BuildOptions } from 'esbuild';
export const PYODIDE_RUNTIME_FILES: string[];
export function pythonSandboxBundle(outdir: string, options?: { minify?: boolean; sourcemap?: boolean }): BuildOptions;
export function copyPyodideRuntime(outdir: string): void;
