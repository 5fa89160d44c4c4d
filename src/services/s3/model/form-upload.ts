import { PassThrough, type Readable } from 'node:stream';
import { AwsError } from '../../../shared/aws-error.js';

/** A browser POST form: its fields (names lower-cased) and the file part, still streaming. */
export interface FormUpload {
  fields: Map<string, string>;
  /** The names as sent, for the "Extra input fields" message. */
  names: string[];
  filename: string;
  fileContentType?: string;
  file: Readable;
}

const MAX_FIELDS_BYTES = 1024 * 1024;

const malformed = () => new AwsError('MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');

/**
 * Reads a multipart/form-data body up to its `file` part (S3 ignores fields after it) and
 * returns the fields and the file's bytes as a stream: never whole in memory.
 */
export async function readFormUpload(body: Readable, contentType: string | undefined): Promise<FormUpload> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) throw malformed();
  const delimiter = Buffer.from(`\r\n--${boundary[1] ?? boundary[2]!.trim()}`);
  const iterator = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // A leading CRLF lets the first boundary match the same delimiter as the others.
  let buffer = Buffer.from('\r\n');
  const fields = new Map<string, string>();
  const names: string[] = [];
  const more = async (): Promise<boolean> => {
    const next = await iterator.next();
    if (next.done) return false;
    buffer = Buffer.concat([buffer, next.value]);
    if (buffer.length > MAX_FIELDS_BYTES) throw malformed();
    return true;
  };
  let at = buffer.indexOf(delimiter);
  while (at === -1) {
    if (!(await more())) throw malformed();
    at = buffer.indexOf(delimiter);
  }
  buffer = buffer.subarray(at + delimiter.length);
  for (;;) {
    let headerEnd = buffer.indexOf('\r\n\r\n');
    while (headerEnd === -1) {
      if (!(await more())) throw malformed();
      headerEnd = buffer.indexOf('\r\n\r\n');
    }
    const head = buffer.subarray(0, headerEnd).toString('utf8');
    if (head.startsWith('--')) throw new AwsError('InvalidArgument', 'POST requires exactly one file upload per request.', { fields: { ArgumentName: 'file', ArgumentValue: '0' } });
    const disposition = /content-disposition:[^\r\n]*?\bname="([^"]*)"(?:[^\r\n]*?\bfilename="([^"]*)")?/i.exec(head);
    if (!disposition) throw malformed();
    const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim();
    buffer = buffer.subarray(headerEnd + 4);
    const name = disposition[1]!;
    if (name.toLowerCase() === 'file') {
      return { fields, names, filename: disposition[2] ?? '', fileContentType: type, file: fileStream(buffer, iterator, delimiter) };
    }
    let end = buffer.indexOf(delimiter);
    while (end === -1) {
      if (!(await more())) throw malformed();
      end = buffer.indexOf(delimiter);
    }
    fields.set(name.toLowerCase(), buffer.subarray(0, end).toString('utf8'));
    names.push(name);
    buffer = buffer.subarray(end + delimiter.length);
  }
}

/** The file part's bytes: everything up to the next delimiter, holding back a delimiter's length until it is ruled out. */
function fileStream(start: Buffer, iterator: AsyncIterator<Buffer>, delimiter: Buffer): Readable {
  const out = new PassThrough();
  void (async () => {
    let pending = start;
    for (;;) {
      const end = pending.indexOf(delimiter);
      if (end !== -1) {
        out.end(pending.subarray(0, end));
        // Drain the rest (fields after the file are ignored, as S3 does).
        while (!(await iterator.next()).done);
        return;
      }
      const safe = pending.length - delimiter.length;
      if (safe > 0) {
        if (!out.write(pending.subarray(0, safe))) await new Promise((resolve) => out.once('drain', resolve));
        pending = pending.subarray(safe);
      }
      const next = await iterator.next();
      if (next.done) throw malformed();
      pending = Buffer.concat([pending, next.value]);
    }
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : malformed()));
  return out;
}
