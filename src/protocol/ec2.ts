import type { Operation, ServiceModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import { formAction } from './query.js';
import type { Protocol, SerializeContext, WireRequest, WireResponse, WireStructure } from './types.js';
import { errorShapeOf, writeErrorFields } from './xml/error-fields.js';
import { formParams, malformedFormReason } from './xml/form-params.js';
import { QueryParamError, readQueryParams } from './xml/query-params.js';
import { escapeXmlText, xmlnsAttribute } from './xml/xml-escape.js';
import { writeXmlMembers } from './xml/xml-shape-writer.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * EC2's query dialect: form requests like awsQuery but with `Name.N` lists and
 * capitalized names; responses carry the members right under <OpResponse> with a
 * <requestId>, and errors come as <Response><Errors><Error>.
 */
export const ec2Protocol: Protocol = {
  name: 'ec2',

  operationName(req: WireRequest, model: ServiceModel): string | undefined {
    const action = formAction(req);
    return action !== undefined && Object.hasOwn(model.operations, action) ? action : undefined;
  },

  parseRequest(req: WireRequest, op: Operation): WireStructure {
    const reason = malformedFormReason(req);
    if (reason !== undefined) throw new AwsError('InvalidParameterValue', reason);
    try {
      return readQueryParams(formParams(req), op.input, 'ec2');
    } catch (error) {
      if (error instanceof QueryParamError) throw new AwsError('InvalidParameterValue', error.message);
      throw error;
    }
  },

  serializeResponse(output: WireStructure, op: Operation, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const root = `${op.name}Response`;
    const out: string[] = [
      `${XML_DECLARATION}<${root}${xmlnsAttribute(ec2Namespace(model))}>`,
      `<requestId>${escapeXmlText(ctx.requestId)}</requestId>`,
    ];
    writeXmlMembers(out, output, op.output, (member) => member.location === undefined);
    out.push(`</${root}>`);
    return { status: op.http.responseCode ?? 200, headers: { 'content-type': 'text/xml;charset=UTF-8' }, body: out.join('') };
  },

  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const out: string[] = [
      `${XML_DECLARATION}<Response><Errors><Error>`,
      `<Code>${escapeXmlText(error.queryCode ?? error.code)}</Code>`,
      `<Message>${escapeXmlText(error.message)}</Message>`,
    ];
    writeErrorFields(out, error, errorShapeOf(error, op, model));
    out.push(`</Error></Errors><RequestID>${escapeXmlText(ctx.requestId)}</RequestID></Response>`);
    return { status: error.status, headers: { ...error.headers, 'content-type': 'text/xml;charset=UTF-8' }, body: out.join('') };
  },
};

/** EC2 answers in `http://ec2.amazonaws.com/doc/<version>/`; the model drops the final slash. */
function ec2Namespace(model: ServiceModel): string {
  const namespace = model.metadata.xmlNamespace ?? `http://ec2.amazonaws.com/doc/${model.metadata.apiVersion}`;
  return namespace.endsWith('/') ? namespace : `${namespace}/`;
}
