/**
 * package.json as VS Code shows it: every "%key%" placeholder replaced from package.nls.json
 * (the English strings), the way the editor localises a manifest when it loads the extension.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');
const PLACEHOLDER = /^%([\w.-]+)%$/;

export const rawManifest: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
export const englishStrings = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** Every placeholder key the manifest uses, in document order. */
export function placeholderKeys(value: unknown = rawManifest): string[] {
  if (typeof value === 'string') {
    const match = PLACEHOLDER.exec(value);
    return match?.[1] !== undefined ? [match[1]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => placeholderKeys(v));
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap((v) => placeholderKeys(v));
  return [];
}

function resolve(value: unknown): unknown {
  if (typeof value === 'string') {
    const key = PLACEHOLDER.exec(value)?.[1];
    if (key === undefined) return value;
    const english = englishStrings[key];
    if (english === undefined) throw new Error(`package.json uses %${key}%, which package.nls.json does not define`);
    return english;
  }
  if (Array.isArray(value)) return value.map(resolve);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  return value;
}

export function localisedManifest(): unknown {
  return resolve(rawManifest);
}
