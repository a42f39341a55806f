// Text people read: what may be in it and how the console shows what still slipped in. Control
// characters (ANSI escapes rewrite a terminal, CR and LF forge log and audit lines, BEL, NUL) and
// the invisible Unicode direction controls (U+202E turns "exe.txt" into "txt.exe" on screen)
// make a value look other than it is, so every free-text input refuses them at its field:
// `safeText` is the one zod schema for that. Values stored before this rule, and texts Flotilla
// did not take through a schema (audit details, user agents, the cluster's messages), are shown
// through `visibleText`, which spells such characters out (`\u202E`). Pure and client-safe.
import { z } from 'zod';

// C0 controls, DEL and C1 controls. LF and TAB are allowed in multi-line text only.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
// U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates: they reorder what follows.
// The marks U+200E, U+200F and U+061C reorder nothing themselves but are invisible and steer
// neighbouring neutral characters; a name or a path never needs them, so they go too. U+2028 and
// U+2029 break lines like LF where a single line is meant.
const DIRECTION = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const LINE_BREAK = /[\n\t\u2028\u2029]/;

/** Everything `visibleText` spells out; LF and TAB only where `multiline` is false. */
const UNSAFE_SINGLE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const UNSAFE_MULTI = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why `value` may not be shown as it is, or null when it may. */
export function unsafeTextProblem(value: string, { multiline = false } = {}): string | null {
  const control = CONTROL.exec(value) ?? (multiline ? null : LINE_BREAK.exec(value));
  if (control) {
    return control[0] === '\n' || control[0] === '\u2028' || control[0] === '\u2029'
      ? 'Must be a single line.'
      : `Contains a control character (${codePoint(control[0])}): remove it.`;
  }
  const direction = DIRECTION.exec(value);
  if (direction) return `Contains an invisible text-direction character (${codePoint(direction[0])}) that makes text read differently than it is: remove it.`;
  return null;
}

/** A zod check refusing what `unsafeTextProblem` refuses; for schemas that are not `safeText`. */
export function refuseUnsafeText(options: { multiline?: boolean } = {}) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = unsafeTextProblem(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  };
}

/**
 * Free text of at most `max` characters, without control or direction characters, trimmed
 * unless `trim` is false (file contents, job arguments). Multi-line text keeps LF and TAB
 * (browsers send a textarea's line breaks as CRLF, Windows files carry them: they become LF).
 */
export function safeText(max: number, { multiline = false, trim = true }: { multiline?: boolean; trim?: boolean } = {}) {
  let base = z.string();
  if (multiline) base = base.overwrite((v) => v.replace(/\r\n?/g, '\n'));
  if (trim) base = base.trim();
  return base.max(max, `Must be at most ${max} characters.`).superRefine(refuseUnsafeText({ multiline }));
}

/**
 * `value` with every control and direction character (and lone surrogate) spelled out as
 * `\uXXXX`, so what is there is what a person sees. Multi-line keeps LF and TAB.
 */
export function visibleText(value: string, { multiline = false } = {}): string {
  return value.replace(multiline ? UNSAFE_MULTI : UNSAFE_SINGLE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
