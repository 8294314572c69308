/**
 * The translation bundle the host puts on the document body as `data-l10n-bundle` (see
 * src/ui/webviewDocument.ts). It is parsed like any message from the host before `@vscode/l10n` sees
 * it; English ships no bundle, and a missing or malformed one leaves every string in English.
 */
import * as l10n from '@vscode/l10n';
import { anyOf, dictionary, list, parse, record, text } from './shape';
import type { Parsed, ShapeOf } from './shape';

/** Far above the extension's own strings, so only a damaged bundle is refused. */
const BUNDLE_LIMITS = { entries: 5_000, text: 5_000 } as const;

const message = text(BUNDLE_LIMITS.text);

/**
 * Keyed by the English string. A value is the translation, or, as `@vscode/l10n` also reads it, the
 * translation with the comment the exporter gave translators (the shape of l10n/bundle.l10n.json).
 */
const bundleShape = dictionary(message, anyOf(message, record({ message, comment: list(message, 20) })), BUNDLE_LIMITS.entries);

export type TranslationBundle = ShapeOf<typeof bundleShape>;

export function parseTranslationBundle(json: string): Parsed<TranslationBundle> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `$: not JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
  return parse(bundleShape, value);
}

/**
 * Must run before the first `l10n.t`, so each webview calls it first thing, before it builds anything.
 * Takes `document.body` by the one property it reads, so host-side tests of the parser compile without DOM types.
 */
export function useHostTranslations(body: { readonly dataset: Readonly<Record<string, string | undefined>> }): void {
  const json = body.dataset.l10nBundle;
  if (json === undefined) return;
  const parsed = parseTranslationBundle(json);
  if (!parsed.ok) {
    console.warn(`[onsite] ignored a malformed translation bundle, showing English: ${parsed.reason}`);
    return;
  }
  l10n.config({ contents: parsed.value });
}
