import type { Readable } from 'node:stream';

/** Chunks of a byte stream as Buffers (streams in string mode yield strings). */
export function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new TypeError(`cannot read a stream chunk of type ${typeof chunk}`);
}

/**
 * A stream's chunks up to just past `limit` bytes, gathered with plain listeners (an async
 * iterator costs promises per chunk, and this runs for every request body); `ended` when the
 * stream ended within them. A stream not ended is left paused for its next reader. A stream
 * that closes before it ends (a client gone mid-body) rejects.
 */
export function readStreamHead(source: Readable, limit: number): Promise<{ head: Buffer[]; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const head: Buffer[] = [];
    if (source.readableEnded) {
      resolve({ head, ended: true });
      return;
    }
    let size = 0;
    const onData = (chunk: unknown): void => {
      const buffer = toBuffer(chunk);
      head.push(buffer);
      size += buffer.length;
      if (size > limit) {
        source.pause();
        finish();
        resolve({ head, ended: false });
      }
    };
    const onEnd = (): void => {
      finish();
      resolve({ head, ended: true });
    };
    const onError = (error: Error): void => {
      finish();
      reject(error);
    };
    const onClose = (): void => {
      if (!source.readableEnded) onError(new Error('the stream closed before it ended'));
    };
    function finish(): void {
      source.off('data', onData);
      source.off('end', onEnd);
      source.off('error', onError);
      source.off('close', onClose);
    }
    source.on('data', onData);
    source.on('end', onEnd);
    source.on('error', onError);
    source.on('close', onClose);
  });
}
