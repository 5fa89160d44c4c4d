import type { Operation, ServiceModel } from '../../model/index.js';
import { isBodyMember, payloadMemberName, readShapeBindings } from '../rest/index.js';
import { isOutputBodyMember } from '../rest-xml.js';
import type { WireResponse } from '../types.js';
import { childNamed, parseXmlDocument, type XmlElement } from '../xml/xml-document.js';
import { readXmlStructure, readXmlValue } from '../xml/xml-shape-reader.js';

/**
 * A client's view of query, ec2 and rest-xml responses, for tests only: reads a response body back
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

/** Response headers as the REST binding reader wants them: lower-cased names, repeated values joined. */
export function lowerCaseHeaders(headers: WireResponse['headers']): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) result[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return result;
}

/** A client's reading of a rest-xml response: bound headers and status, then the payload or body members. */
export function readRestXmlOutput(res: WireResponse, body: string, op: Operation): Record<string, unknown> {
  const result: Record<string, unknown> = readShapeBindings(op.output, { labels: {}, query: [], headers: lowerCaseHeaders(res.headers), status: res.status });
  const payloadName = payloadMemberName(op.output);
  if (payloadName !== undefined) {
    const member = op.output.members![payloadName]!;
    if (body === '') return result;
    if (member.type === 'blob') result[payloadName] = Buffer.from(body, 'utf8');
    else if (member.type === 'string') result[payloadName] = body;
    else result[payloadName] = readXmlValue(parseXmlDocument(body), member);
    return result;
  }
  if (body.trim() === '') return result;
  return { ...result, ...readXmlStructure(parseXmlDocument(body), op.output, isOutputBodyMember) };
}

/** A rest-xml error: the XML body's fields plus the error shape's header-bound members. */
export function readRestXmlError(res: WireResponse, body: string, model: ServiceModel): ReadError {
  const read = readXmlError(body, model);
  const shape = read.code !== undefined ? model.errorsByCode[read.code] ?? model.shapes[read.code] : undefined;
  if (!shape) return read;
  const bound = readShapeBindings(shape, { labels: {}, query: [], headers: lowerCaseHeaders(res.headers), status: res.status });
  const fields: Record<string, unknown> = { ...bound };
  for (const [name, value] of Object.entries(read.fields)) if (isBodyMember(shape.members?.[name] ?? shape)) fields[name] = value;
  return { ...read, fields };
}
