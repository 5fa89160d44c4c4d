import type { Readable } from 'node:stream';
import type { Operation, ServiceModel, Shape } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import {
  isBodyMember,
  matchRestOperation,
  matchUriPath,
  parseUriTemplate,
  payloadMemberName,
  readHttpBindings,
  writeHttpBindings,
  writeShapeBindings,
} from './rest/index.js';
import type { Protocol, SerializeContext, WireRequest, WireResponse, WireStructure } from './types.js';
import { errorShapeOf, writeErrorFields } from './xml/error-fields.js';
import { ScalarFormatError, scalarToText } from './xml/scalars.js';
import { memberLocationName } from './xml/member-names.js';
import { parseXmlDocument, XmlSyntaxError } from './xml/xml-document.js';
import { escapeXmlText, xmlnsAttribute } from './xml/xml-escape.js';
import { readXmlStructure, readXmlValue } from './xml/xml-shape-reader.js';
import { writeXmlElement, writeXmlMembers, xmlAttributesOf } from './xml/xml-shape-writer.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * restXml (S3, Route 53, CloudFront): HTTP bindings from src/protocol/rest, and the body
 * as XML (a payload member, or the structure's unbound members) or a raw blob or string.
 *
 * Error bodies: `<ErrorResponse><Error>...</Error><RequestId/></ErrorResponse>` (Route 53,
 * CloudFront), or, when the model's metadata says `noErrorWrapping: true` (Smithy's
 * restXml trait; S3 through its patch), a bare `<Error>...<RequestId/></Error>`.
 */
export const restXmlProtocol: Protocol = {
  name: 'rest-xml',

  operationName(req: WireRequest, model: ServiceModel): string | undefined {
    return matchRestOperation(req, model)?.operation.name;
  },

  parseRequest(req: WireRequest, op: Operation): WireStructure {
    const labels = matchUriPath(parseUriTemplate(op.http.requestUri), req.path) ?? {};
    let input: WireStructure;
    try {
      input = readHttpBindings(req, op, labels);
    } catch (error) {
      if (error instanceof AwsError && error.code === 'SerializationException') throw new AwsError('InvalidArgument', error.message);
      throw error;
    }
    return { ...input, ...readBody(req, op) };
  },

  serializeResponse(output: WireStructure, op: Operation, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const { status, headers } = writeHttpBindings(output, op);
    const response: WireResponse = { status, headers: { ...requestIdHeaders(ctx), ...headers } };
    const payloadName = payloadMemberName(op.output);
    if (payloadName !== undefined) {
      const member = op.output.members![payloadName]!;
      const value = output[payloadName];
      if (value === undefined || value === null) return response;
      if (member.type === 'blob' || member.type === 'string') {
        response.body = rawBody(value);
        setDefault(response.headers, 'content-type', member.type === 'blob' ? 'application/octet-stream' : 'text/plain');
        return response;
      }
      const out: string[] = [XML_DECLARATION];
      const root = member.locationName ?? member.shapeName ?? payloadName;
      writeRoot(out, root, value as Record<string, unknown>, member, member.xmlNamespace ?? model.metadata.xmlNamespace);
      response.body = out.join('');
      setDefault(response.headers, 'content-type', 'application/xml');
      return response;
    }
    if (!Object.values(op.output.members ?? {}).some(isOutputBodyMember)) return response;
    const out: string[] = [XML_DECLARATION];
    const root = op.output.locationName ?? op.output.shapeName ?? `${op.name}Response`;
    writeRoot(out, root, output, op.output, op.output.xmlNamespace ?? model.metadata.xmlNamespace);
    response.body = out.join('');
    setDefault(response.headers, 'content-type', 'application/xml');
    return response;
  },

  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const shape = errorShapeOf(error, op, model);
    const bound = shape ? writeShapeBindings(error.fields, shape, error.status).headers : {};
    const code = `<Code>${escapeXmlText(error.code)}</Code><Message>${escapeXmlText(error.message)}</Message>`;
    const requestId = `<RequestId>${escapeXmlText(ctx.requestId)}</RequestId>`;
    const out: string[] = [XML_DECLARATION];
    if (noErrorWrapping(model)) {
      out.push(`<Error>${code}`);
      writeErrorFields(out, error, shape);
      out.push(`${requestId}</Error>`);
    } else {
      out.push(`<ErrorResponse${xmlnsAttribute(model.metadata.xmlNamespace)}><Error><Type>${error.senderFault ? 'Sender' : 'Receiver'}</Type>${code}`);
      writeErrorFields(out, error, shape);
      out.push(`</Error>${requestId}</ErrorResponse>`);
    }
    return {
      status: error.status,
      headers: { ...requestIdHeaders(ctx), ...bound, ...error.headers, 'content-type': 'application/xml' },
      body: out.join(''),
    };
  },
};

/** The body part of a rest-xml request: the payload member, or the unbound members. */
function readBody(req: WireRequest, op: Operation): WireStructure {
  const payloadName = payloadMemberName(op.input);
  if (payloadName !== undefined) {
    const member = op.input.members![payloadName]!;
    if (member.type === 'blob') {
      if (member.streaming) return { [payloadName]: req.bodyStream ?? req.body };
      return req.body.length > 0 ? { [payloadName]: req.body } : {};
    }
    if (member.type === 'string') return req.body.length > 0 ? { [payloadName]: req.body.toString('utf8') } : {};
    const root = parseBodyXml(req);
    return root ? { [payloadName]: decodeXml(() => readXmlValue(root, member)) } : {};
  }
  const hasBodyMembers = Object.values(op.input.members ?? {}).some(isBodyMember);
  if (!hasBodyMembers) return {};
  const root = parseBodyXml(req);
  return root ? decodeXml(() => readXmlStructure(root, op.input, isBodyMember)) : {};
}

function parseBodyXml(req: WireRequest): ReturnType<typeof parseXmlDocument> | undefined {
  const text = req.body.toString('utf8');
  if (text.trim() === '') return undefined;
  return decodeXml(() => parseXmlDocument(text));
}

/** What S3 answers for a body it cannot read; rest-xml services share the code. */
export function malformedXmlError(): AwsError {
  return new AwsError('MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema');
}

function decodeXml<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof XmlSyntaxError || error instanceof ScalarFormatError) throw malformedXmlError();
    throw error;
  }
}

function writeRoot(out: string[], name: string, value: Record<string, unknown>, shape: Shape, namespace: Shape['xmlNamespace'] | string | undefined): void {
  if (shape.type !== 'structure') {
    writeXmlElement(out, name, value, shape);
    return;
  }
  const textMember = rootTextMember(name, shape);
  if (textMember !== undefined) {
    // The root element is the value itself, as S3's GetBucketLocation answers:
    // <LocationConstraint xmlns="...">eu-west-1</LocationConstraint>, never nested twice.
    const text = value[textMember] ?? null;
    const shapeOfText = shape.members![textMember]!;
    out.push(`<${name}${xmlnsAttribute(namespace)}>${text === null ? '' : escapeXmlText(scalarToText(text, shapeOfText, 'iso8601'))}</${name}>`);
    return;
  }
  out.push(`<${name}${xmlnsAttribute(namespace)}${xmlAttributesOf(value, shape)}>`);
  writeXmlMembers(out, value, shape, isOutputBodyMember);
  out.push(`</${name}>`);
}

/** The one scalar body member that bears the root's own name, if the output is just that. */
function rootTextMember(rootName: string, shape: Shape): string | undefined {
  const body = Object.entries(shape.members ?? {}).filter(([, member]) => isOutputBodyMember(member));
  if (body.length !== 1) return undefined;
  const [memberName, member] = body[0]!;
  const scalar = member.type !== 'structure' && member.type !== 'list' && member.type !== 'map';
  return scalar && (memberLocationName(member) ?? memberName) === rootName ? memberName : undefined;
}

/** Output members that go in the body: uri and querystring bindings mean nothing in a response. */
export function isOutputBodyMember(member: Shape): boolean {
  return member.location === undefined || member.location === 'uri' || member.location === 'querystring';
}

function rawBody(value: unknown): Buffer | string | Readable {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'object' && value !== null && typeof (value as Readable).pipe === 'function') return value as Readable;
  return String(value);
}

function noErrorWrapping(model: ServiceModel): boolean {
  return (model.metadata as { noErrorWrapping?: unknown }).noErrorWrapping === true;
}

function requestIdHeaders(ctx: SerializeContext): Record<string, string> {
  return { 'x-amz-request-id': ctx.requestId, 'x-amzn-requestid': ctx.requestId };
}

function setDefault(headers: Record<string, string | string[]>, name: string, value: string): void {
  if (!Object.keys(headers).some((key) => key.toLowerCase() === name)) headers[name] = value;
}
