/** The harness and lockdown scripts are bundled into the sandbox process as text (esbuild's text loader). */
declare module '*.py' {
  const source: string;
  export default source;
}
