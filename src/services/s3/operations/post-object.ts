import { Transform, type Readable } from 'node:stream';
import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { accessDenied, invalidArgument } from '../errors.js';
import { anonymousAllowed } from '../model/access.js';
import { readFormUpload } from '../model/form-upload.js';
import { checkPostPolicy, requireSignedFields, type LengthRange } from '../model/post-policy.js';
import { discardBody } from '../model/stage-body.js';
import { applyWriteAcl, grantsForWrite } from '../model/write-acl.js';
import { putObject } from './put-object.js';

export interface PostObjectInput {
  Bucket: string;
  ContentType?: string;
  Body?: Readable;
}

/**
 * A browser upload (presigned POST form): the policy's conditions are checked before the
 * file streams to the blob store, content-length-range while it does. The signature itself
 * is not verified (see README). Answers as success_action_redirect / success_action_status say.
 */
export async function postObject(input: PostObjectInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  if (!input.Body) throw new AwsError('MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
  const form = await readFormUpload(input.Body, input.ContentType);
  try {
    const { fields } = form;
    const template = fields.get('key');
    if (template === undefined) {
      throw invalidArgument("Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.", 'key', '');
    }
    const key = template.replace(/\$\{filename\}/g, form.filename);
    fields.set('key', template);
    let range: LengthRange | undefined;
    const policy = fields.get('policy');
    if (policy !== undefined) {
      requireSignedFields(fields);
      fields.set('bucket', input.Bucket);
      range = checkPostPolicy(policy, fields, form.names, ctx.clock.now());
    } else if (!anonymousAllowed(ctx, 'PutObject', { Bucket: input.Bucket, Key: key })) {
      throw accessDenied();
    }
    const acl = { ACL: fields.get('acl'), Bucket: input.Bucket };
    const grants = grantsForWrite(ctx, acl);
    const metadata: Record<string, string> = {};
    for (const [name, value] of fields) if (name.startsWith('x-amz-meta-')) metadata[name.slice('x-amz-meta-'.length)] = value;
    const expires = fields.get('expires');
    const stored = await putObject(
      {
        Bucket: input.Bucket,
        Key: key,
        Body: form.file.pipe(lengthGuard(range)),
        ContentType: fields.get('content-type') ?? 'binary/octet-stream',
        CacheControl: fields.get('cache-control'),
        ContentDisposition: fields.get('content-disposition'),
        ContentEncoding: fields.get('content-encoding'),
        ...(expires ? { Expires: new Date(expires) } : {}),
        StorageClass: fields.get('x-amz-storage-class'),
        ServerSideEncryption: fields.get('x-amz-server-side-encryption'),
        WebsiteRedirectLocation: fields.get('x-amz-website-redirect-location'),
        Metadata: metadata,
      },
      ctx,
    );
    if (grants) applyWriteAcl(ctx, input.Bucket, key, stored.VersionId as string | undefined, grants);
    return answer(ctx, input.Bucket, key, stored, fields);
  } catch (error) {
    discardBody(form.file);
    throw error;
  }
}

function answer(ctx: OperationContext, bucket: string, key: string, stored: Record<string, unknown>, fields: ReadonlyMap<string, string>): Record<string, unknown> {
  const etag = stored.ETag as string;
  const location = `${ctx.endpoint}/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const common = { ETag: etag, ...(stored.VersionId ? { VersionId: stored.VersionId } : {}) };
  const redirect = fields.get('success_action_redirect') ?? fields.get('redirect');
  if (redirect) {
    const url = new URL(redirect);
    url.searchParams.set('bucket', bucket);
    url.searchParams.set('key', key);
    url.searchParams.set('etag', etag);
    return { ...common, StatusCode: 303, Location: url.toString() };
  }
  const status = fields.get('success_action_status');
  if (status === '201') return { ...common, StatusCode: 201, Location: location, PostResponse: { Location: location, Bucket: bucket, Key: key, ETag: etag } };
  return { ...common, StatusCode: status === '200' ? 200 : 204, Location: location };
}

/** Fails the upload as soon as it passes the policy's maximum, or at its end when under the minimum. */
function lengthGuard(range: LengthRange | undefined): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (range && seen > range.max) {
        done(new AwsError('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', { fields: { ProposedSize: seen, MaxSizeAllowed: range.max } }));
        return;
      }
      done(null, chunk);
    },
    flush(done) {
      if (range && seen < range.min) {
        done(new AwsError('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', { fields: { ProposedSize: seen, MinSizeAllowed: range.min } }));
        return;
      }
      done();
    },
  });
}
