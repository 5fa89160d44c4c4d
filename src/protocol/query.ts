import type { Operation, ServiceModel } from '../model/index.js';
import { AwsError } from '../shared/aws-error.js';
import type { Protocol, SerializeContext, WireRequest, WireResponse, WireStructure } from './types.js';
import { errorShapeOf, writeErrorFields } from './xml/error-fields.js';
import { formParams, malformedFormReason } from './xml/form-params.js';
import { QueryParamError, readQueryParams } from './xml/query-params.js';
import { escapeXmlText, xmlnsAttribute } from './xml/xml-escape.js';
import { writeXmlMembers } from './xml/xml-shape-writer.js';

/**
 * awsQuery (STS, IAM, SNS, SES, CloudFormation, ...): form-encoded requests naming an
 * Action, XML responses wrapped in <OpResponse><OpResult> with ResponseMetadata.
 */
export const queryProtocol: Protocol = {
  name: 'query',

  operationName(req: WireRequest, model: ServiceModel): string | undefined {
    const action = formAction(req);
    return action !== undefined && Object.hasOwn(model.operations, action) ? action : undefined;
  },

  parseRequest(req: WireRequest, op: Operation): WireStructure {
    const reason = malformedFormReason(req);
    if (reason !== undefined) throw new AwsError('MalformedQueryString', reason, { status: 404 });
    try {
      return readQueryParams(formParams(req), op.input, 'query');
    } catch (error) {
      if (error instanceof QueryParamError) throw new AwsError('InvalidParameterValue', error.message);
      throw error;
    }
  },

  serializeResponse(output: WireStructure, op: Operation, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const root = `${op.name}Response`;
    const out: string[] = [`<${root}${xmlnsAttribute(model.metadata.xmlNamespace)}>`];
    const bodyMembers = (member: { location?: string }): boolean => member.location === undefined;
    const wrapper = resultWrapperOf(op);
    if (wrapper) {
      out.push(`<${wrapper}>`);
      writeXmlMembers(out, output, op.output, bodyMembers);
      out.push(`</${wrapper}>`);
    }
    out.push(`<ResponseMetadata><RequestId>${escapeXmlText(ctx.requestId)}</RequestId></ResponseMetadata></${root}>`);
    return {
      status: op.http.responseCode ?? 200,
      headers: { 'content-type': 'text/xml', 'x-amzn-requestid': ctx.requestId },
      body: out.join(''),
    };
  },

  serializeError(error: AwsError, op: Operation | undefined, model: ServiceModel, ctx: SerializeContext): WireResponse {
    const out: string[] = [
      `<ErrorResponse${xmlnsAttribute(model.metadata.xmlNamespace)}><Error>`,
      `<Type>${error.senderFault ? 'Sender' : 'Receiver'}</Type>`,
      `<Code>${escapeXmlText(error.queryCode ?? error.code)}</Code>`,
      `<Message>${escapeXmlText(error.message)}</Message>`,
    ];
    writeErrorFields(out, error, errorShapeOf(error, op, model));
    out.push(`</Error><RequestId>${escapeXmlText(ctx.requestId)}</RequestId></ErrorResponse>`);
    return {
      status: error.status,
      headers: { ...error.headers, 'content-type': 'text/xml', 'x-amzn-requestid': ctx.requestId },
      body: out.join(''),
    };
  },
};

/**
 * The element wrapping an operation's output: the model's resultWrapper, else Smithy's
 * awsQuery rule `<OpName>Result`; none for an operation whose output has no members.
 */
export function resultWrapperOf(op: Operation): string | undefined {
  if (op.resultWrapper) return op.resultWrapper;
  return Object.keys(op.output.members ?? {}).length > 0 ? `${op.name}Result` : undefined;
}

/** The Action a query or ec2 request names, if any. */
export function formAction(req: WireRequest): string | undefined {
  return formParams(req).find(([key]) => key === 'Action')?.[1];
}

/** What AWS answers for an Action the service does not have. */
export function invalidActionError(action: string): AwsError {
  return new AwsError('InvalidAction', `The action ${action} is not valid for this web service.`, { status: 400 });
}

/** What AWS answers for a query request without an Action. */
export function missingActionError(): AwsError {
  return new AwsError('MissingAction', 'Missing Action', { status: 400 });
}
