/**
 * A snapshot of the QuickJS module's memory with the harness already evaluated, restored before
 * every test: each test starts from the same bytes (a fresh runtime, context and harness, fresh
 * globals) without parsing the 18 KB harness again, which cost about 6–9 ms per test in QuickJS.
 *
 * Emscripten lays the memory out as [static data | C stack | heap]. Only static data and the heap up
 * to its top at snapshot time hold live state between calls: the C stack is dead once a call has
 * returned, and everything above the heap's top is free in the restored allocator. So a restore
 * copies a few hundred kilobytes, not the whole memory. The layout is read from the wasm binary (the
 * stack pointer's initial value is the top of the C stack) and checked against its data segments; a
 * binary that does not match gets no snapshots, and every test builds its context from scratch.
 *
 * Where the heap ends is read from the allocator's break (emscripten's sbrk.c keeps it in static data,
 * initialised to the heap's start: the one word of the binary's data that holds that address). Finding
 * the end by looking for zero pages from the top instead made the first snapshot read every untouched
 * page of the 16 MiB memory, and on a machine whose page faults are slow that alone took 100–300 ms
 * of the worker's start; a binary without such a word keeps that scan.
 *
 * A restore is only sound when the wasm instance's other state matches too: its one mutable global
 * (the stack pointer) is back at the top whenever no call is running; after a trap it is not, which
 * is why a trap already replaces the whole module (worker.ts).
 */

const WASM_PAGE = 64 * 1024;
/** The prebuilt quickjs-emscripten variants' C stack (judge-notes: "a 5 MB C stack"). */
const C_STACK_BYTES = 5 * 1024 * 1024;
/** Static data may end this far below the stack (zero-initialised variables the binary does not carry). */
const MAX_BSS_BYTES = 64 * 1024;

export interface MemoryLayout {
  /** End of static data and start of the C stack. */
  dataEnd: number;
  /** Top of the C stack and start of the heap. */
  heapStart: number;
  /** Address of the allocator's break (the end of the heap it has taken), when the binary shows where it is. */
  breakAddress?: number;
}

class WasmReader {
  pos = 8;
  constructor(readonly bytes: Uint8Array) {}
  byte(): number {
    const b = this.bytes[this.pos++];
    if (b === undefined) throw new Error('truncated wasm');
    return b;
  }
  unsigned(): number {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if ((b & 0x80) === 0) return result;
    }
  }
  signed(): number {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.byte();
      result |= (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) !== 0);
    return shift < 32 && (b & 0x40) !== 0 ? result | (~0 << shift) : result;
  }
}

/**
 * Addresses of the aligned words of static data initialised to `value`. Segments are laid into one
 * image first: a segment leaves out trailing zero bytes, so a word may end past its segment.
 */
function wordsEqualTo(bytes: Uint8Array, segments: { address: number; start: number; length: number }[], dataEnd: number, value: number): number[] {
  const image = new Uint8Array(dataEnd + 4);
  for (const s of segments) image.set(bytes.subarray(s.start, s.start + s.length), s.address);
  const view = new DataView(image.buffer);
  const found: number[] = [];
  for (let address = 0; address + 4 <= image.length; address += 4) if (view.getUint32(address, true) === value) found.push(address);
  return found;
}

/**
 * The stack pointer's initial value (the first global, an `i32.const`), where the data segments end,
 * and the addresses of static words initialised to the stack's top (the heap's start).
 */
function scanBinary(bytes: Uint8Array): { stackTop?: number; dataEnd: number; heapStartWords: number[] } {
  const reader = new WasmReader(bytes);
  let stackTop: number | undefined;
  let dataEnd = 0;
  const segments: { address: number; start: number; length: number }[] = [];
  const unknown = { dataEnd: Number.POSITIVE_INFINITY, heapStartWords: [] };
  while (reader.pos < bytes.length) {
    const id = reader.byte();
    const size = reader.unsigned();
    const end = reader.pos + size;
    if (id === 6 && reader.unsigned() > 0) {
      reader.pos += 2; // value type, mutability
      if (reader.byte() === 0x41) stackTop = reader.signed();
    } else if (id === 11) {
      const count = reader.unsigned();
      for (let i = 0; i < count; i++) {
        if (reader.unsigned() !== 0) return unknown; // passive or indexed segments: not the layout we know
        if (reader.byte() !== 0x41) return unknown;
        const address = reader.signed();
        reader.byte(); // end
        const length = reader.unsigned();
        if (address < 0 || reader.pos + length > bytes.length) return unknown;
        dataEnd = Math.max(dataEnd, address + length);
        segments.push({ address, start: reader.pos, length });
        reader.pos += length;
      }
    }
    reader.pos = end;
  }
  if (stackTop === undefined) return { dataEnd, heapStartWords: [] };
  // Only a plausible data size is laid out (memoryLayoutOf rejects anything reaching the stack anyway).
  const heapStartWords = dataEnd <= stackTop ? wordsEqualTo(bytes, segments, dataEnd, stackTop) : [];
  return { stackTop, dataEnd, heapStartWords };
}

/** The layout of a QuickJS wasm binary, or undefined when it is not the one this file knows how to snapshot. */
export function memoryLayoutOf(wasm: Uint8Array): MemoryLayout | undefined {
  try {
    const { stackTop, dataEnd, heapStartWords } = scanBinary(wasm);
    if (stackTop === undefined) return undefined;
    const stackBottom = stackTop - C_STACK_BYTES;
    if (dataEnd > stackBottom || stackBottom - dataEnd > MAX_BSS_BYTES) return undefined;
    // Two candidates would be a guess: the break is only trusted when the binary names one word.
    const [breakAddress] = heapStartWords.length === 1 ? heapStartWords : [];
    return { dataEnd: stackBottom, heapStart: stackTop, ...(breakAddress === undefined ? {} : { breakAddress }) };
  } catch {
    return undefined;
  }
}

const ZERO_PAGE = new Uint8Array(WASM_PAGE);

function isZero(memory: Uint8Array, from: number, to: number): boolean {
  return Buffer.from(memory.buffer, memory.byteOffset + from, to - from).equals(ZERO_PAGE.subarray(0, to - from));
}

function pageCeil(address: number): number {
  return Math.ceil(address / WASM_PAGE) * WASM_PAGE;
}

/** The allocator's break as it is now, when the layout knows where it lives and its value is plausible. */
function allocatorBreak(memory: Uint8Array, layout: MemoryLayout): number | undefined {
  if (layout.breakAddress === undefined || layout.breakAddress + 4 > memory.length) return undefined;
  const value = new DataView(memory.buffer, memory.byteOffset).getUint32(layout.breakAddress, true);
  return value >= layout.heapStart && value <= memory.length ? value : undefined;
}

/**
 * The first page boundary above every byte of the heap the allocator has taken: its break when known
 * (memory above it is free, whatever an earlier call left there), otherwise above every non-zero byte.
 */
function heapTop(memory: Uint8Array, layout: MemoryLayout): number {
  const heapStart = layout.heapStart;
  const brk = allocatorBreak(memory, layout);
  if (brk !== undefined) return Math.min(memory.length, Math.max(pageCeil(brk), pageCeil(heapStart)));
  let top = Math.ceil(memory.length / WASM_PAGE) * WASM_PAGE;
  while (top - WASM_PAGE >= heapStart && isZero(memory, top - WASM_PAGE, Math.min(top, memory.length))) top -= WASM_PAGE;
  return Math.max(top, pageCeil(heapStart));
}

export class MemorySnapshot {
  private constructor(
    private readonly layout: MemoryLayout,
    private readonly data: Uint8Array,
    private readonly heap: Uint8Array,
  ) {}

  /**
   * Copies static data and the heap. Without a known break, everything above the heap's top must be
   * zero when this is called (a fresh module, or after clearAboveHeap), or the copy grows to include it.
   */
  static take(memory: WebAssembly.Memory, layout: MemoryLayout): MemorySnapshot {
    const bytes = new Uint8Array(memory.buffer);
    const top = heapTop(bytes, layout);
    return new MemorySnapshot(layout, bytes.slice(0, layout.dataEnd), bytes.slice(layout.heapStart, top));
  }

  /** Bytes copied by a restore: the cost of a fresh test. */
  get size(): number {
    return this.data.length + this.heap.length;
  }

  restore(memory: WebAssembly.Memory): void {
    const bytes = new Uint8Array(memory.buffer);
    bytes.set(this.data, 0);
    bytes.set(this.heap, this.layout.heapStart);
  }

  /**
   * Zeroes what earlier tests left above this snapshot's heap, so a snapshot taken next is as small as
   * it can be; with a known break the next snapshot ends there whatever lies above, and writing every
   * page up to the top of a memory that earlier tests grew would only cost time.
   */
  clearAboveHeap(memory: WebAssembly.Memory): void {
    if (this.layout.breakAddress !== undefined) return;
    new Uint8Array(memory.buffer).fill(0, this.layout.heapStart + this.heap.length);
  }
}
