import { createServer as createHttp1Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttp2Server, type Http2Session } from 'node:http2';
import { createServer as createNetServer, type Server, type Socket } from 'node:net';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** The listener on Kumo's one port, and how to close it with every connection. */
export interface ConnectionAcceptor {
  readonly server: Server;
  closeAll(): Promise<void>;
}

/** What an HTTP/2 client sends first on a cleartext connection (RFC 9113, section 3.4). */
const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

/**
 * HTTP/1.1 and cleartext HTTP/2 (h2c with prior knowledge) on one port. The SDK v3 Kinesis
 * client speaks HTTP/2 to any endpoint, http:// included, so a port that only knew HTTP/1.1
 * failed every one of its calls. Each connection's first bytes tell which it is; the request
 * then reaches the same listener either way (Node's HTTP/2 compatibility API has the same
 * request and response methods Kumo uses).
 */
export function acceptConnections(onRequest: RequestListener): ConnectionAcceptor {
  const http1 = createHttp1Server({ keepAlive: true, requestTimeout: 0 }, onRequest);
  http1.keepAliveTimeout = 65_000;
  http1.headersTimeout = 66_000;
  const http2 = createHttp2Server({}, (req, res) => onRequest(req as unknown as IncomingMessage, res as unknown as ServerResponse));
  const sessions = new Set<Http2Session>();
  http2.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
  });

  // Every connection, tracked here: the HTTP/1.1 server tracks only connections it accepted
  // itself while listening (it never listens here), and a connection that has not sent its
  // first bytes belongs to neither server. Closing ends them all, or an idle keep-alive
  // client would hold Kumo open.
  const open = new Set<Socket>();
  const server = createNetServer({ noDelay: true }, (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      const http2Preface = first.subarray(0, HTTP2_PREFACE.length).equals(HTTP2_PREFACE.subarray(0, Math.min(first.length, HTTP2_PREFACE.length)));
      if (http2Preface) {
        http2.emit('connection', socket);
      } else {
        http1.emit('connection', socket);
        socket.resume();
      }
    });
    socket.on('error', () => socket.destroy());
  });

  return {
    server,
    closeAll: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
        for (const socket of open) socket.destroy();
      }),
  };
}
