/**
 * Node provides the WebAssembly global, but its types live only in TypeScript's DOM lib, which the host
 * program leaves out (tsconfig.json). The judge owns its wasm memory (sandbox.ts), so it declares the
 * part of `WebAssembly.Memory` it uses.
 */
declare namespace WebAssembly {
  interface MemoryDescriptor {
    initial: number;
    maximum?: number;
    shared?: boolean;
  }

  interface Memory {
    readonly buffer: ArrayBuffer;
    grow(delta: number): number;
  }

  const Memory: {
    prototype: Memory;
    new (descriptor: MemoryDescriptor): Memory;
  };
}
