/**
 * Small runtime shape checks for messages crossing the webview boundary. Both sides run them, and the
 * webview's CSP forbids `eval`, which rules out schema compilers such as ajv there; these are plain
 * functions, so one definition serves the extension host, the browser and the Node tests alike.
 *
 * A check returns `null` when the value fits, otherwise the path and reason of the first mismatch.
 * Objects are closed: an unexpected key (including `__proto__` or `constructor`) is a mismatch, so a
 * message can never smuggle fields past the check.
 */

export type Check = (value: unknown, path: string) => string | null;

export type ShapeOf<C> = C extends Shape<infer T> ? T : never;

/** A check that also carries the static type it proves, so message types are derived from their checks. */
export interface Shape<T> {
  readonly check: Check;
  /** Phantom field for type inference only; never read at run time. */
  readonly _type?: T;
}

function shape<T>(check: Check): Shape<T> {
  return { check };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function text(maxLength: number): Shape<string> {
  return shape((v, p) => {
    if (typeof v !== 'string') return `${p}: expected string, got ${describe(v)}`;
    return v.length > maxLength ? `${p}: longer than ${maxLength} characters` : null;
  });
}

export function integer(min: number, max: number): Shape<number> {
  return shape((v, p) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return `${p}: expected integer, got ${describe(v)}`;
    return v < min || v > max ? `${p}: ${v} outside ${min}..${max}` : null;
  });
}

export function finite(): Shape<number> {
  return shape((v, p) => (typeof v === 'number' && Number.isFinite(v) ? null : `${p}: expected finite number, got ${describe(v)}`));
}

export function flag(): Shape<boolean> {
  return shape((v, p) => (typeof v === 'boolean' ? null : `${p}: expected boolean, got ${describe(v)}`));
}

export function oneOf<const T extends readonly string[]>(values: T): Shape<T[number]> {
  return shape((v, p) => (typeof v === 'string' && values.includes(v) ? null : `${p}: expected one of ${values.join(', ')}`));
}

/** The `kind` field of one message variant. */
export function kind<K extends string>(name: K): Shape<K> {
  return oneOf([name] as const);
}

export function nullable<T>(inner: Shape<T>): Shape<T | null> {
  return shape((v, p) => (v === null ? null : inner.check(v, p)));
}

/** A value that fits any of the alternatives; when none fits, every alternative's reason is given. */
export function anyOf<A, B>(a: Shape<A>, b: Shape<B>): Shape<A | B> {
  return shape((v, p) => {
    const first = a.check(v, p);
    if (first === null) return null;
    const second = b.check(v, p);
    return second === null ? null : `${first}, or ${second}`;
  });
}

export function list<T>(item: Shape<T>, maxItems: number): Shape<T[]> {
  return shape((v, p) => {
    if (!Array.isArray(v)) return `${p}: expected array, got ${describe(v)}`;
    if (v.length > maxItems) return `${p}: more than ${maxItems} items`;
    for (let i = 0; i < v.length; i++) {
      const problem = item.check(v[i], `${p}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  });
}

type Fields = Record<string, Shape<unknown>>;
type Optional<F extends Fields> = Partial<{ [K in keyof F]: ShapeOf<F[K]> }>;

/**
 * A closed record: every required field present and valid, optional fields valid when present,
 * and nothing else. Only own enumerable keys are inspected, so inherited properties never count.
 */
export function record<F extends Fields>(required: F): Shape<{ [K in keyof F]: ShapeOf<F[K]> }>;
export function record<F extends Fields, O extends Fields>(required: F, optional: O): Shape<{ [K in keyof F]: ShapeOf<F[K]> } & Optional<O>>;
export function record(required: Fields, optional?: Fields): Shape<unknown> {
  return shape((v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p}: expected object, got ${describe(v)}`;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return `${p}: expected a plain object`;
    const own = v as Record<string, unknown>;
    for (const key of Object.keys(own)) {
      if (!Object.hasOwn(required, key) && !(optional !== undefined && Object.hasOwn(optional, key))) {
        return `${p}: unexpected field "${key.slice(0, 40)}"`;
      }
    }
    for (const [key, field] of Object.entries(required)) {
      if (!Object.hasOwn(own, key)) return `${p}.${key}: missing`;
      const problem = field.check(own[key], `${p}.${key}`);
      if (problem !== null) return problem;
    }
    if (optional !== undefined) {
      for (const [key, field] of Object.entries(optional)) {
        if (!Object.hasOwn(own, key)) continue;
        const problem = field.check(own[key], `${p}.${key}`);
        if (problem !== null) return problem;
      }
    }
    return null;
  });
}

/**
 * An open map from strings to values, for data whose keys are not known in advance (a translation
 * bundle). Keys are bounded like any text and `__proto__` is refused, so reading it by key or spreading
 * it can never reach or replace a prototype.
 */
export function dictionary<T>(key: Shape<string>, value: Shape<T>, maxEntries: number): Shape<Record<string, T>> {
  return shape((v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p}: expected object, got ${describe(v)}`;
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return `${p}: expected a plain object`;
    const entries = Object.entries(v as Record<string, unknown>);
    if (entries.length > maxEntries) return `${p}: more than ${maxEntries} entries`;
    for (const [name, item] of entries) {
      const at = `${p}[${JSON.stringify(name.slice(0, 40))}]`;
      if (name === '__proto__') return `${at}: forbidden key`;
      const problem = key.check(name, `${at} (key)`) ?? value.check(item, at);
      if (problem !== null) return problem;
    }
    return null;
  });
}

/**
 * A union discriminated by `kind`: picks the variant by its kind string, then checks it closed.
 * Unknown kinds are rejected by name so the log says what arrived.
 */
export function byKind<V extends Record<string, Shape<unknown>>>(variants: V): Shape<ShapeOf<V[keyof V]>> {
  return shape((v, p) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `${p}: expected object, got ${describe(v)}`;
    const kind = (v as Record<string, unknown>).kind;
    if (typeof kind !== 'string') return `${p}.kind: expected string, got ${describe(kind)}`;
    if (!Object.hasOwn(variants, kind)) return `${p}.kind: unknown kind "${kind.slice(0, 40)}"`;
    const variant = variants[kind];
    return variant === undefined ? `${p}.kind: unknown kind` : variant.check(v, p);
  });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parse<T>(s: Shape<T>, value: unknown): Parsed<T> {
  let problem: string | null;
  try {
    problem = s.check(value, '$');
  } catch (error) {
    // A getter or proxy that throws while being inspected is itself a malformed message.
    problem = `$: could not be inspected (${error instanceof Error ? error.message : 'unknown error'})`;
  }
  return problem === null ? { ok: true, value: value as T } : { ok: false, reason: problem };
}

/** What a rejected message was, for a log line: its kind if it has one, else its type. */
export function describeKind(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return typeof raw;
  const kind = (raw as { kind?: unknown }).kind;
  return typeof kind === 'string' ? JSON.stringify(kind.slice(0, 40)) : '(no kind)';
}
