import { Transform, type Readable } from 'node:stream';
import type { OperationContext, PayloadSignature } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { accessDenied, invalidArgument } from '../errors.js';
import { anonymousAllowed } from '../model/access.js';
import { readFormUpload } from '../model/form-upload.js';
import { checkPostPolicy, postTagging, requireSignedFields, type LengthRange } from '../model/post-policy.js';
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
 * file streams to the blob store, content-length-range while it does. The policy's signer is
 * the requester: its signature is checked (KUMO_ENFORCE_SIGV4) and it must be allowed
 * s3:PutObject (KUMO_ENFORCE_IAM). Answers as success_action_redirect / success_action_status say.
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
    const tagging = postTagging(fields.get('tagging'));
    const request = { Bucket: input.Bucket, Key: key, ...(fields.has('acl') ? { ACL: fields.get('acl') } : {}), ...(tagging ? { Tagging: tagging } : {}) };
    let writer = ctx;
    if (policy !== undefined) {
      requireSignedFields(fields);
      const signer = ctx.authorizeSigner?.(payloadSignature(fields, policy), 'PutObject', request);
      if (signer) writer = { ...ctx, accountId: signer.accountId, caller: signer };
      fields.set('bucket', input.Bucket);
      range = checkPostPolicy(policy, fields, form.names, ctx.clock.now());
    } else if (!anonymousAllowed(ctx, 'PutObject', { Bucket: input.Bucket, Key: key })) {
      throw accessDenied();
    }
    const grants = grantsForWrite(writer, request);
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
        Tagging: tagging,
      },
      writer,
    );
    if (grants) applyWriteAcl(writer, input.Bucket, key, stored.VersionId as string | undefined, grants);
    return answer(ctx, input.Bucket, key, stored, fields);
  } catch (error) {
    discardBody(form.file);
    throw error;
  }
}

/** What signed the form: SigV4 fields (x-amz-credential, x-amz-signature) or SigV2 (AWSAccessKeyId, signature), over the base64 policy. */
function payloadSignature(fields: ReadonlyMap<string, string>, policy: string): PayloadSignature {
  const securityToken = fields.get('x-amz-security-token');
  const credential = fields.get('x-amz-credential');
  if (credential !== undefined && fields.get('x-amz-signature') !== undefined) {
    if (fields.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') throw invalidArgument('Only AWS4-HMAC-SHA256 is supported', 'x-amz-algorithm', fields.get('x-amz-algorithm') ?? '');
    return { version: 4, accessKeyId: credential.split('/')[0]!, credential, stringToSign: policy, signature: fields.get('x-amz-signature')!, securityToken };
  }
  return { version: 2, accessKeyId: fields.get('awsaccesskeyid')!, stringToSign: policy, signature: fields.get('signature')!, securityToken };
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
