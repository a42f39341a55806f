// YAML from people (pod templates, Flink configuration, pasted kubeconfigs) parsed as data,
// within the limits of untrusted-data.ts: a document nested thousands of levels overflows the
// parser's stack (a RangeError that would read as a crash) or later recursive code. Throws an
// Error whose first line says what is wrong, as the yaml parser's own errors do.
import { parse, type DocumentOptions, type ParseOptions, type SchemaOptions, type ToJSOptions } from 'yaml';
import { MAX_NESTING, untrustedDataProblem } from './untrusted-data';

type Options = ParseOptions & DocumentOptions & SchemaOptions & ToJSOptions;

/**
 * Whether YAML text nests flow collections (`[`, `{`) deeper than `max`, counted before parsing:
 * the YAML parser recurses per level, and a few thousand levels exhaust its stack or memory.
 */
function yamlFlowDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > max) return true;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return false;
}

export function parseUntrustedYaml(text: string, options: Options = {}): unknown {
  // Counted before parsing: tens of thousands of `[` exhaust the parser's memory, not its stack.
  if (yamlFlowDepthExceeds(text, MAX_NESTING)) throw new Error(`nested more than ${MAX_NESTING} levels deep.`);
  let value: unknown;
  try {
    value = parse(text, options);
  } catch (err) {
    // The parser reports its own stack overflow as a parse error "at line …": name the cause.
    if (err instanceof RangeError || /Maximum call stack size exceeded/.test(String((err as Error)?.message))) {
      throw new Error(`nested more than ${MAX_NESTING} levels deep.`);
    }
    throw err;
  }
  const problem = untrustedDataProblem(value);
  if (problem) throw new Error(problem.path === '_' ? problem.message : `${problem.path}: ${problem.message}`);
  return value;
}
