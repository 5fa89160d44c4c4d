import type { Handler } from './handler.js';

/** Encodes the operation's output as its protocol does. */
export const serializeResponse: Handler = (exchange) => {
  exchange.response = exchange.protocol!.serializeResponse(exchange.output ?? {}, exchange.operation!, exchange.model!, {
    requestId: exchange.requestId,
  });
};
