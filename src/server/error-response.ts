import type { WireResponse } from '../protocol/types.js';
import { AwsError } from '../shared/aws-error.js';
import type { Exchange } from './exchange.js';

/** Any thrown value as an AwsError: unexpected ones become a 500 InternalFailure, logged. */
export function toAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  return new AwsError('InternalFailure', 'Kumo hit an internal error processing this request; its log has the details.', {
    status: 500,
    senderFault: false,
  });
}

/** An error in the request's protocol, or, when no protocol is known yet, in a neutral form. */
export function errorResponse(exchange: Exchange, error: AwsError): WireResponse {
  if (exchange.protocol && exchange.model) {
    try {
      return exchange.protocol.serializeError(error, exchange.operation, exchange.model, { requestId: exchange.requestId });
    } catch {
      // A serializer failing on an error must not lose the error: fall back to the neutral form.
    }
  }
  const wantsJson = /json|cbor/.test(exchange.headers['content-type'] ?? '') || !!exchange.headers['x-amz-target'];
  if (wantsJson || exchange.path.startsWith('/_kumo')) {
    const body = JSON.stringify({ __type: error.code, message: error.message });
    return { status: error.status, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': error.code }, body };
  }
  const body =
    `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse><Error><Type>${error.senderFault ? 'Sender' : 'Receiver'}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${exchange.requestId}</RequestId></ErrorResponse>`;
  return { status: error.status, headers: { 'content-type': 'text/xml' }, body };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}
