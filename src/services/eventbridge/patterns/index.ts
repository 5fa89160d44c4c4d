import { AwsError } from '../../../shared/aws-error.js';
import { compilePattern, type CompiledPattern } from './compile-pattern.js';
import { JsonStreamError } from './json-stream.js';
import { matchPattern } from './match-pattern.js';

export { compilePattern, type CompiledPattern } from './compile-pattern.js';
export { matchPattern } from './match-pattern.js';

const cache = new Map<string, CompiledPattern>();
const CACHE_LIMIT = 5_000;

/** AWS's InvalidEventPatternException for a pattern that does not compile. */
export function invalidEventPattern(reason: string): AwsError {
  return new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${reason}`);
}

/** Compiles (once per distinct text) or throws AWS's InvalidEventPatternException. */
export function parseEventPattern(text: string): CompiledPattern {
  const cached = cache.get(text);
  if (cached) return cached;
  let compiled: CompiledPattern;
  try {
    compiled = compilePattern(text);
  } catch (error) {
    if (error instanceof JsonStreamError) throw invalidEventPattern(error.message);
    throw error;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, compiled);
  return compiled;
}

/** Whether a parsed event matches a pattern's text (already validated when the rule was saved). */
export function eventMatches(patternText: string, event: unknown): boolean {
  return matchPattern(parseEventPattern(patternText), event);
}
