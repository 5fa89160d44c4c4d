import type { Operation, ServiceModel } from '../../model/index.js';
import { childNamed, parseXmlDocument, type XmlElement } from '../xml/xml-document.js';
import { readXmlStructure } from '../xml/xml-shape-reader.js';

/**
 * A client's view of query and ec2 responses, for tests only: reads a response body back
 * into the output shape (or an error's code, message and fields), the way botocore does.
 */
export function readQueryOutput(body: string, op: Operation): Record<string, unknown> {
  if (body.trim() === '') return {};
  const root = parseXmlDocument(body);
  const wrapper = op.resultWrapper ?? (Object.keys(op.output.members ?? {}).length > 0 ? `${op.name}Result` : undefined);
  const holder = wrapper ? childNamed(root, wrapper) : root;
  return holder ? readXmlStructure(holder, op.output, (m) => m.location === undefined) : {};
}

export function readEc2Output(body: string, op: Operation): Record<string, unknown> {
  if (body.trim() === '') return {};
  return readXmlStructure(parseXmlDocument(body), op.output, (m) => m.location === undefined);
}

export interface ReadError {
  code?: string;
  message?: string;
  type?: string;
  requestId?: string;
  fields: Record<string, unknown>;
}

/** Reads `<ErrorResponse><Error>` (query), `<Response><Errors><Error>` (ec2) or `<Error>` (S3). */
export function readXmlError(body: string, model: ServiceModel): ReadError {
  const root = parseXmlDocument(body);
  let error: XmlElement | undefined;
  if (root.name === 'Error') error = root;
  else if (root.name === 'Response') error = childNamed(childNamed(root, 'Errors') ?? root, 'Error');
  else error = childNamed(root, 'Error');
  if (!error) return { fields: {} };
  const code = childNamed(error, 'Code')?.text;
  const shape = code !== undefined ? model.errorsByCode[code] ?? model.shapes[code] : undefined;
  const fields = shape ? readXmlStructure(error, shape) : {};
  return {
    code,
    message: childNamed(error, 'Message')?.text,
    type: childNamed(error, 'Type')?.text,
    requestId: (childNamed(root, 'RequestId') ?? childNamed(root, 'RequestID') ?? childNamed(error, 'RequestId'))?.text,
    fields,
  };
}
