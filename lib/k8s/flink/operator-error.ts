// status.error as people should read it. Operator 1.15 writes its exception as JSON
// ({"type","message","stackTrace"?,"additionalMetadata","throwableList":[…]}) and falls back
// to the exception's text; older statuses hold plain text. Java class names are noise to a data
// engineer, the innermost causes are usually the point. Pure.

interface OperatorException {
  type?: string;
  message?: string;
  additionalMetadata?: Record<string, unknown>;
  throwableList?: OperatorException[];
}

const MAX_LENGTH = 2000;
// "org.apache.flink.client.program.ProgramInvocationException: " and the like, possibly repeated.
const JAVA_PREFIX = /^(?:\s*(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error|Throwable)[\w$]*:\s*)+/;

function simpleName(type: string | undefined): string {
  return type ? type.slice(type.lastIndexOf('.') + 1) : '';
}

function clean(message: string | undefined): string {
  return (message ?? '').replace(JAVA_PREFIX, '').trim();
}

function parse(error: string): OperatorException | null {
  if (!error.trimStart().startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(error);
    return value !== null && typeof value === 'object' && ('message' in value || 'type' in value) ? (value as OperatorException) : null;
  } catch {
    return null;
  }
}

/** A readable message from the operator's error: JSON or plain text. Empty for no error. */
export function parseOperatorError(error: string | null | undefined): string {
  if (!error || error.trim() === '') return '';
  const parsed = parse(error);
  if (!parsed) return truncate(clean(error) || error.trim());

  const main = clean(parsed.message) || simpleName(parsed.type) || 'The operator reported an error.';
  const causes: string[] = [];
  for (const cause of parsed.throwableList ?? []) {
    const text = clean(cause.message);
    const seen = [main, ...causes].some((s) => text !== '' && s.includes(text));
    if (!seen) causes.push(text ? `${simpleName(cause.type)}: ${text}` : simpleName(cause.type));
  }
  const reason = parsed.additionalMetadata?.reason;
  const head = typeof reason === 'string' && reason !== '' && !main.includes(reason) ? `${main} (${reason})` : main;
  return truncate(causes.length > 0 ? `${head} Caused by: ${causes.filter(Boolean).join('; ')}` : head);
}

function truncate(text: string): string {
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
