import type { EventEnvelope } from './envelope.js';
import { jsonPath } from './json-path.js';

export interface TargetInputOptions {
  Input?: unknown;
  InputPath?: unknown;
  InputTransformer?: { InputPathsMap?: Record<string, string>; InputTemplate?: string };
}

export interface RuleFacts {
  ruleArn: string;
  ruleName: string;
  ingestionMs: number;
}

/** The text a target receives: the event, a constant Input, the InputPath part, or the transformed template. */
export function targetInput(target: TargetInputOptions, event: EventEnvelope, rule: RuleFacts): string {
  if (typeof target.Input === 'string') return target.Input;
  if (typeof target.InputPath === 'string') return JSON.stringify(jsonPath(event, target.InputPath) ?? null);
  if (target.InputTransformer?.InputTemplate !== undefined) return transform(target.InputTransformer.InputTemplate, target.InputTransformer.InputPathsMap ?? {}, event, rule);
  return JSON.stringify(event);
}

/**
 * Fills `<name>` placeholders. AWS's quoting rules: inside a JSON string the value goes in as
 * text (a string's characters, escaped to stay valid JSON); outside strings a JSON template
 * gets JSON values (strings quoted, a missing path as null) and a plain-text template raw text.
 */
export function transform(template: string, paths: Record<string, string>, event: EventEnvelope, rule: RuleFacts): string {
  const values = new Map<string, unknown>();
  for (const [name, path] of Object.entries(paths)) values.set(name, jsonPath(event, path));
  const { detail: _detail, ...withoutDetail } = event;
  values.set('aws.events.rule-arn', rule.ruleArn);
  values.set('aws.events.rule-name', rule.ruleName);
  values.set('aws.events.event.ingestion-time', new Date(rule.ingestionMs).toISOString());
  values.set('aws.events.event', withoutDetail);
  values.set('aws.events.event.json', event);
  const trimmed = template.trim();
  const json = trimmed.startsWith('{') || trimmed.startsWith('[');
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch === '\\' && inString) {
      out += ch + (template[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') inString = !inString;
    if (ch === '<') {
      const m = /^<([A-Za-z0-9_.\-]+)>/.exec(template.slice(i));
      if (m && values.has(m[1]!)) {
        out += render(values.get(m[1]!), inString, json);
        i += m[0].length - 1;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

function render(value: unknown, inString: boolean, jsonTemplate: boolean): string {
  if (inString) {
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? JSON.stringify(value).slice(1, -1) : JSON.stringify(value);
  }
  if (jsonTemplate) return JSON.stringify(value ?? null);
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
