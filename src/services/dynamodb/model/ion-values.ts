import { Decimal as IonDecimal, IonTypes, makeReader, makeTextWriter, type Reader, type Writer } from 'ion-js';
import type { AttributeMap, AttributeValue } from './attribute-value.js';
import { decimalOf } from './attribute-value.js';
import { readAttributeMap } from './read-attribute-value.js';

/**
 * DynamoDB's Amazon Ion mapping for exports and imports (Amazon's `ion-js` reads and writes the
 * text format): S string, N decimal, B blob, BOOL bool, NULL null, L list, M struct, and the
 * sets as lists annotated `$dynamodb_SS`, `$dynamodb_NS`, `$dynamodb_BS`.
 */

const SET_ANNOTATIONS = { SS: '$dynamodb_SS', NS: '$dynamodb_NS', BS: '$dynamodb_BS' } as const;

function writeNumber(writer: Writer, text: string): void {
  const d = decimalOf({ N: text });
  // Kumo keeps value = 0.digits * 10^exponent; Ion's decimal is coefficient * 10^exponent.
  writer.writeDecimal(d.sign === 0 ? new IonDecimal(0n, 0) : new IonDecimal(BigInt(d.digits), d.exponent - d.digits.length, d.sign < 0));
}

function writeValue(writer: Writer, value: AttributeValue): void {
  if ('S' in value) writer.writeString(value.S);
  else if ('N' in value) writeNumber(writer, value.N);
  else if ('B' in value) writer.writeBlob(Buffer.from(value.B, 'base64'));
  else if ('BOOL' in value) writer.writeBoolean(value.BOOL);
  else if ('NULL' in value) writer.writeNull(IonTypes.NULL);
  else if ('L' in value) {
    writer.stepIn(IonTypes.LIST);
    for (const member of value.L) writeValue(writer, member);
    writer.stepOut();
  } else if ('M' in value) writeStruct(writer, value.M);
  else {
    const type = 'SS' in value ? 'SS' : 'NS' in value ? 'NS' : 'BS';
    writer.setAnnotations([SET_ANNOTATIONS[type]]);
    writer.stepIn(IonTypes.LIST);
    if ('SS' in value) for (const s of value.SS) writer.writeString(s);
    else if ('NS' in value) for (const n of value.NS) writeNumber(writer, n);
    else for (const b of value.BS) writer.writeBlob(Buffer.from(b, 'base64'));
    writer.stepOut();
  }
}

function writeStruct(writer: Writer, map: AttributeMap): void {
  writer.stepIn(IonTypes.STRUCT);
  for (const [name, member] of Object.entries(map)) {
    writer.writeFieldName(name);
    writeValue(writer, member);
  }
  writer.stepOut();
}

/** One export line: the Ion version marker, then `{Item:{...}}` (or the incremental record's members). */
export function ionLine(record: Record<string, AttributeMap>): string {
  const writer = makeTextWriter();
  writer.stepIn(IonTypes.STRUCT);
  for (const [name, map] of Object.entries(record)) {
    writer.writeFieldName(name);
    writeStruct(writer, map);
  }
  writer.stepOut();
  writer.close();
  return `$ion_1_0 ${new TextDecoder().decode(writer.getBytes())}`;
}

/** Why an Ion value has no DynamoDB equivalent. */
export class IonItemError extends Error {}

/** The wire form of the value the reader is on (blobs as bytes), for readAttributeValue to check. */
function readValue(reader: Reader): unknown {
  const type = reader.type()!;
  if (reader.isNull()) return { NULL: true };
  const annotation = reader.annotations().find((a) => a.startsWith('$dynamodb_'));
  if (annotation !== undefined) {
    const setType = Object.entries(SET_ANNOTATIONS).find(([, a]) => a === annotation)?.[0];
    if (setType === undefined || type !== IonTypes.LIST) throw new IonItemError(`Unsupported Ion annotation ${annotation}`);
    const members: unknown[] = [];
    reader.stepIn();
    while (reader.next() !== null) {
      const member = readValue(reader) as Record<string, unknown>;
      const memberType = setType === 'SS' ? 'S' : setType === 'NS' ? 'N' : 'B';
      if (member[memberType] === undefined) throw new IonItemError(`A ${annotation} list may only hold ${memberType} values`);
      members.push(member[memberType]);
    }
    reader.stepOut();
    return { [setType]: members };
  }
  switch (type) {
    case IonTypes.STRING:
    case IonTypes.SYMBOL:
      return { S: reader.stringValue() };
    case IonTypes.BOOL:
      return { BOOL: reader.booleanValue() };
    case IonTypes.DECIMAL:
      return { N: reader.decimalValue()!.toString() };
    case IonTypes.INT:
      return { N: reader.bigIntValue()!.toString() };
    case IonTypes.FLOAT: {
      const n = reader.numberValue()!;
      if (!Number.isFinite(n)) throw new IonItemError(`Ion float ${n} has no DynamoDB number equivalent`);
      return { N: String(n) };
    }
    case IonTypes.BLOB:
    case IonTypes.CLOB:
      return { B: reader.uInt8ArrayValue() };
    case IonTypes.LIST:
    case IonTypes.SEXP: {
      const members: unknown[] = [];
      reader.stepIn();
      while (reader.next() !== null) members.push(readValue(reader));
      reader.stepOut();
      return { L: members };
    }
    case IonTypes.STRUCT:
      return { M: readStruct(reader) };
    default:
      throw new IonItemError(`Ion ${type.name} values have no DynamoDB equivalent`);
  }
}

function readStruct(reader: Reader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  reader.stepIn();
  while (reader.next() !== null) {
    Object.defineProperty(out, reader.fieldName()!, { value: readValue(reader), enumerable: true, writable: true, configurable: true });
  }
  reader.stepOut();
  return out;
}

/**
 * Reads an Ion document of `{Item:{...}}` values, calling `onItem` with each item (checked
 * like a PutItem's attribute values) until one cannot be read: that one is thrown, as DynamoDB
 * abandons the rest of an object at its first bad item.
 */
export function readIonItems(text: string, onItem: (item: AttributeMap) => void): void {
  const reader = makeReader(text);
  for (;;) {
    let type;
    try {
      type = reader.next();
    } catch (error) {
      throw new IonItemError(`Unable to parse Ion: ${(error as Error).message}`);
    }
    if (type === null) return;
    let raw: Record<string, unknown> | undefined;
    try {
      if (type !== IonTypes.STRUCT || reader.isNull()) throw new IonItemError('Each Ion value must be a struct with an Item member');
      const record = readStruct(reader);
      const item = record.Item as { M?: Record<string, unknown> } | undefined;
      if (item?.M === undefined) throw new IonItemError('Each Ion value must be a struct with an Item member');
      raw = item.M;
    } catch (error) {
      if (error instanceof IonItemError) throw error;
      throw new IonItemError(`Unable to parse Ion: ${(error as Error).message}`);
    }
    onItem(readAttributeMap(raw));
  }
}
