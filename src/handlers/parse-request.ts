import type { Operation } from '../model/index.js';
import { protocolFor, selectProtocol, type WireRequest } from '../protocol/index.js';
import { AwsError } from '../shared/aws-error.js';
import { readBody, streamBody } from '../server/read-body.js';
import type { Exchange } from '../server/exchange.js';
import type { Handler } from './handler.js';
import type { RoutingFacts } from '../router/index.js';
import { SERVICE_ROUTING_RULES } from '../server/service-routing-rules.js';

/**
 * Picks the protocol the request speaks, finds the operation, reads the body (streaming
 * payloads stay streams) and decodes the input from the model.
 */
export const parseRequest: Handler = async (exchange, runtime) => {
  const service = exchange.service!;
  const model = runtime.catalog.model(service.name);
  exchange.model = model;
  const protocol = protocolFor(selectProtocol(model.metadata.protocols ?? [model.metadata.protocol], exchange.headers));
  exchange.protocol = protocol;

  const rewritten = SERVICE_ROUTING_RULES.find((rule) => rule.service === service.name)?.rewriteRequest?.(routingFacts(exchange), runtime.clock.now());
  if (rewritten !== undefined) exchange.path = rewritten;

  const restful = protocol.name === 'rest-json' || protocol.name === 'rest-xml';
  if (!restful && !exchange.body) await bufferBody(exchange, runtime.config.maxBodyBytes, undefined);

  const operationName = protocol.operationName(wireRequest(exchange), model);
  const operation = operationName ? model.operations[operationName] : undefined;
  if (!operation) throw unknownOperation(exchange, operationName);
  exchange.operation = operation;

  if (restful && !exchange.body) {
    if (hasStreamingInput(operation)) {
      const { stream, trailers } = streamBody(exchange.req, exchange.headers, exchange.chunkSignatures);
      exchange.bodyStream = stream;
      stream.once('end', () => (exchange.trailers = trailers()));
    } else {
      await bufferBody(exchange, runtime.config.maxBodyBytes, operation);
    }
  } else if (!restful && operation.requestCompression?.includes('gzip') && isGzip(exchange)) {
    // The body was buffered before the operation was known; decompress it now.
    const { gunzipSync } = await import('node:zlib');
    try {
      exchange.body = gunzipSync(exchange.body!, { maxOutputLength: runtime.config.maxBodyBytes });
    } catch {
      throw new AwsError('SerializationException', 'The request body could not be decompressed as gzip.');
    }
  }
  exchange.input = protocol.parseRequest(wireRequest(exchange), operation, model);
};

async function bufferBody(exchange: Exchange, limit: number, operation: Operation | undefined): Promise<void> {
  const decoded = await readBody(exchange.req, exchange.headers, limit, operation?.requestCompression?.includes('gzip') ?? false, exchange.chunkSignatures);
  exchange.body = decoded.body;
  exchange.trailers = decoded.trailers;
}

function isGzip(exchange: Exchange): boolean {
  return (exchange.headers['content-encoding'] ?? '').toLowerCase().split(',').some((e) => e.trim() === 'gzip');
}

function hasStreamingInput(operation: Operation): boolean {
  const payload = operation.input.payload;
  const member = payload ? operation.input.members?.[payload] : undefined;
  return member?.type === 'blob' && member.streaming === true;
}

export function wireRequest(exchange: Exchange): WireRequest {
  return {
    method: exchange.method,
    path: exchange.path,
    rawQuery: exchange.rawQuery,
    headers: exchange.headers,
    body: exchange.body ?? Buffer.alloc(0),
    bodyStream: exchange.bodyStream,
    hostname: exchange.hostname,
  };
}

function routingFacts(exchange: Exchange): RoutingFacts {
  return {
    method: exchange.method,
    path: exchange.path,
    rawQuery: exchange.rawQuery,
    headers: exchange.headers,
    hostname: exchange.hostname,
    scope: exchange.scope,
  };
}

function unknownOperation(exchange: Exchange, name: string | undefined): AwsError {
  const service = exchange.service!.serviceId;
  switch (exchange.protocol!.name) {
    case 'query':
    case 'ec2':
      return new AwsError('InvalidAction', `The action ${name ?? '(none)'} is not valid for this web service.`, { status: 400 });
    default:
      return new AwsError(
        'UnknownOperationException',
        name ? `${service} has no operation ${name}.` : `No ${service} operation matches ${exchange.method} ${exchange.path}.`,
        { status: exchange.protocol!.name.startsWith('rest-') ? 404 : 400 },
      );
  }
}
