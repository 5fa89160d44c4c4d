import type { Operation, ServiceModel, Shape } from '../../model/index.js';
import type { AwsError } from '../../shared/aws-error.js';
import { type ValueCodecOptions } from './decode-json-value.js';
import { encodeJsonValue, plainValue } from './encode-json-value.js';

/** The modeled shape of an error, looked up by its code, shape name or query code. */
export function findErrorShape(error: AwsError, op: Operation | undefined, model: ServiceModel): Shape | undefined {
  const byOp = op?.errors.find((e) => e.shapeName === error.code || e.error?.code === error.code);
  if (byOp) return byOp;
  const named = model.shapes[error.code];
  if (named && (named.exception || named.error)) return named;
  return model.errorsByCode[error.code] ?? (error.queryCode ? model.errorsByCode[error.queryCode] : undefined);
}

/**
 * The error body's members: the message (under "Message" when the shape names it so, else
 * "message") and the modeled fields, encoded by the error shape when there is one.
 */
export function errorBodyValue(error: AwsError, shape: Shape | undefined, options: ValueCodecOptions = {}): Record<string, unknown> {
  const messageKey = shape?.members?.Message ? 'Message' : 'message';
  const value: Record<string, unknown> = { ...error.fields };
  if (error.message !== '' && value[messageKey] === undefined) value[messageKey] = error.message;
  if (!shape) return (plainValue(value, options) ?? {}) as Record<string, unknown>;
  const withMessage: Shape = shape.members?.[messageKey]
    ? shape
    : { ...shape, type: 'structure', members: { ...shape.members, [messageKey]: { type: 'string' } } };
  return (encodeJsonValue(withMessage, value, options) ?? {}) as Record<string, unknown>;
}

/**
 * `x-amzn-query-error: <code>;Sender|Receiver` for services that kept their awsQuery error
 * codes when they moved to JSON or CBOR (`awsQueryCompatible`): SDKs take the code from it.
 */
export function queryErrorHeaders(error: AwsError, shape: Shape | undefined, model: ServiceModel): Record<string, string> {
  if (!model.metadata.awsQueryCompatible) return {};
  const code = error.queryCode ?? shape?.error?.code ?? error.code;
  const sender = shape?.error?.senderFault ?? error.senderFault;
  return { 'x-amzn-query-error': `${code};${sender ? 'Sender' : 'Receiver'}` };
}
