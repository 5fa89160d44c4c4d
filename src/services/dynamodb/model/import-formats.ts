import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { readAttributeMap, readAttributeValue } from './read-attribute-value.js';
import type { KeyType } from '../store.js';

/** Why a line of an import object is not an item; the rest of that object is skipped, as DynamoDB does. */
export class ImportItemError extends Error {}

/** DynamoDB JSON carries binary as base64 text; the wire checker wants the bytes. */
function decodeBinary(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object') return raw;
  if (Array.isArray(raw)) return raw.map(decodeBinary);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    let decoded: unknown;
    if (key === 'B' && typeof value === 'string') decoded = Buffer.from(value, 'base64');
    else if (key === 'BS' && Array.isArray(value)) decoded = value.map((v) => (typeof v === 'string' ? Buffer.from(v, 'base64') : v));
    else decoded = decodeBinary(value);
    Object.defineProperty(out, key, { value: decoded, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** DYNAMODB_JSON: one `{"Item": {...}}` per line; blank lines are ignored. */
export function readJsonItems(text: string, onItem: (item: AttributeMap) => void): void {
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      throw new ImportItemError('Unexpected token: the line is not valid JSON');
    }
    const item = (record as { Item?: unknown } | null)?.Item;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new ImportItemError('The line has no Item object');
    onItem(readAttributeMap(decodeBinary(item)));
  }
}

/** RFC 4180 records: quoted fields may hold the delimiter, quotes (doubled) and newlines. */
function* csvRecords(text: string, delimiter: string): Generator<string[]> {
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  let sawContent = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      sawContent = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      sawContent = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (sawContent || fields.some((f) => f.trim() !== '')) yield fields;
      fields = [];
      field = '';
      sawContent = false;
    } else {
      field += c;
      sawContent = true;
    }
    i++;
  }
  if (quoted) throw new ImportItemError('Unterminated quoted field');
  fields.push(field);
  if (sawContent || fields.some((f) => f.trim() !== '')) yield fields;
}

/**
 * CSV: the header is HeaderList, else the first line. Key attributes of the table and its GSIs
 * take the type their attribute definition gives (N, B as base64); every other column is a
 * String, and an empty cell is no attribute.
 */
export function readCsvItems(text: string, options: { delimiter: string; headers?: string[] }, keyTypes: Map<string, KeyType>, onItem: (item: AttributeMap) => void): void {
  let headers = options.headers;
  for (const fields of csvRecords(text, options.delimiter)) {
    if (headers === undefined) {
      headers = fields;
      continue;
    }
    if (fields.length !== headers.length) throw new ImportItemError(`The line has ${fields.length} columns but the header has ${headers.length}`);
    const item: AttributeMap = {};
    headers.forEach((name, column) => {
      const cell = fields[column]!;
      if (cell === '') return;
      const type = keyTypes.get(name);
      const value: AttributeValue =
        type === 'N' ? readAttributeValue({ N: cell }) : type === 'B' ? readAttributeValue({ B: Buffer.from(cell, 'base64') }) : { S: cell };
      Object.defineProperty(item, name, { value, enumerable: true, writable: true, configurable: true });
    });
    onItem(item);
  }
}
