import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client, type S3Client as Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1, awsCliV2, awsCliV2Path, boto3 } from '../../support/cli-clients.js';
import { startEnforcedS3, type IssuedUser } from './enforced-kumo.js';

const OWNER = '111111111111';

/** KUMO_ENFORCE_SIGV4=1: presigned URLs of issued keys must carry the right signature. */
describe('S3 presigned URLs under signature enforcement', () => {
  let kumo: EmbeddedKumo;
  let owner: Client;
  let pat: IssuedUser;
  let nobody: IssuedUser;
  const mismatch = async (response: Response) => {
    assert.equal(response.status, 403);
    assert.match(response.headers.get('content-type') ?? '', /xml/);
    const body = await response.text();
    assert.match(body, /<Error><Code>SignatureDoesNotMatch<\/Code><Message>The request signature we calculated does not match the signature you provided\. Check your key and signing method\.<\/Message>/);
    return body;
  };

  before(async () => {
    const started = await startEnforcedS3();
    kumo = started.kumo;
    owner = started.root(OWNER);
    pat = await started.user(OWNER, 'pat');
    nobody = await started.user(OWNER, 'nobody', false);
    await owner.send(new CreateBucketCommand({ Bucket: 'signed' }));
    await owner.send(new PutObjectCommand({ Bucket: 'signed', Key: 'report.txt', Body: 'quarterly' }));
    await owner.send(new PutObjectCommand({ Bucket: 'signed', Key: 'other.txt', Body: 'other' }));
  });
  after(() => kumo.stop());

  test('a good presigned GET and PUT work; the signer must be allowed the action', async () => {
    const get = await getSignedUrl(pat.client, new GetObjectCommand({ Bucket: 'signed', Key: 'report.txt' }), { expiresIn: 300 });
    assert.equal(await (await fetch(get)).text(), 'quarterly');
    const put = await getSignedUrl(pat.client, new PutObjectCommand({ Bucket: 'signed', Key: 'up.txt' }), { expiresIn: 300 });
    assert.equal((await fetch(put, { method: 'PUT', body: 'uploaded' })).status, 200);
    assert.equal(await (await owner.send(new GetObjectCommand({ Bucket: 'signed', Key: 'up.txt' }))).Body!.transformToString(), 'uploaded');
    const denied = await fetch(await getSignedUrl(nobody.client, new GetObjectCommand({ Bucket: 'signed', Key: 'report.txt' })));
    assert.equal(denied.status, 403);
    assert.match(await denied.text(), /<Code>AccessDenied<\/Code><Message>User: arn:aws:iam::111111111111:user\/nobody is not authorized to perform: s3:GetObject/);
  });

  test('a wrong signature, a tampered query or path, or a wrong secret is SignatureDoesNotMatch', async () => {
    const url = new URL(await getSignedUrl(pat.client, new GetObjectCommand({ Bucket: 'signed', Key: 'report.txt' }), { expiresIn: 300 }));
    const signature = url.searchParams.get('X-Amz-Signature')!;
    const flipped = new URL(url);
    flipped.searchParams.set('X-Amz-Signature', `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`);
    const body = await mismatch(await fetch(flipped));
    assert.match(body, new RegExp(`<AWSAccessKeyId>${pat.accessKeyId}</AWSAccessKeyId>`));
    assert.match(body, new RegExp(`<SignatureProvided>${flipped.searchParams.get('X-Amz-Signature')}</SignatureProvided>`));
    assert.match(body, /<StringToSign>AWS4-HMAC-SHA256\n\d{8}T\d{6}Z\n\d{8}\/us-east-1\/s3\/aws4_request\n[0-9a-f]{64}<\/StringToSign>/);

    const longer = new URL(url);
    longer.searchParams.set('X-Amz-Expires', '600');
    await mismatch(await fetch(longer));
    const overridden = new URL(url);
    overridden.searchParams.set('response-content-type', 'text/html');
    await mismatch(await fetch(overridden));
    await mismatch(await fetch(url.toString().replace('/report.txt', '/other.txt')));

    const forged = new S3Client({ endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: pat.accessKeyId, secretAccessKey: 'guessed' } });
    await mismatch(await fetch(await getSignedUrl(forged, new GetObjectCommand({ Bucket: 'signed', Key: 'report.txt' }))));
  });

  test('an unknown access key is InvalidAccessKeyId', async () => {
    const stranger = new S3Client({ endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' } });
    const response = await fetch(await getSignedUrl(stranger, new GetObjectCommand({ Bucket: 'signed', Key: 'report.txt' })));
    assert.equal(response.status, 403);
    assert.match(await response.text(), /<Code>InvalidAccessKeyId<\/Code><Message>The AWS Access Key Id you provided does not exist in our records\.<\/Message>/);
  });

  test('signature version 2 (boto3 signature_version="s3"): headers and presigned URLs are checked too', async () => {
    const script = (secret: string) => `
import botocore.config
s3 = boto3.client('s3', endpoint_url=ENDPOINT, aws_access_key_id=${JSON.stringify(pat.accessKeyId)}, aws_secret_access_key=${JSON.stringify(secret)}, config=botocore.config.Config(signature_version='s3', s3={'addressing_style': 'path'}))
out = {}
try:
    s3.put_object(Bucket='signed', Key='v2.txt', Body=b'by sigv2', ContentType='text/plain')
    out['get'] = s3.get_object(Bucket='signed', Key='v2.txt')['Body'].read().decode()
except Exception as e:
    out['error'] = e.response['Error']
out['url'] = s3.generate_presigned_url('get_object', Params={'Bucket': 'signed', 'Key': 'report.txt', 'ResponseContentType': 'text/csv'}, ExpiresIn=300)
print(json.dumps(out))`;
    const good = await boto3(kumo.url, script(pat.secretAccessKey), { accessKeyId: pat.accessKeyId });
    assert.equal(good.status, 0, good.stderr);
    const answer = JSON.parse(good.stdout) as { get?: string; url: string };
    assert.equal(answer.get, 'by sigv2');
    assert.match(answer.url, /AWSAccessKeyId=.*Signature=/);
    const fetched = await fetch(answer.url);
    assert.equal(await fetched.text(), 'quarterly');
    assert.equal(fetched.headers.get('content-type'), 'text/csv');
    // The response override is a signed sub-resource in SigV2.
    const body = await mismatch(await fetch(answer.url.replace('text%2Fcsv', 'text%2Fhtml')));
    assert.match(body, /<StringToSign>GET\n\n\n\d+\n\/signed\/report\.txt\?response-content-type=text\/html<\/StringToSign>/);

    const bad = await boto3(kumo.url, script('wrong'), { accessKeyId: pat.accessKeyId });
    const refused = JSON.parse(bad.stdout) as { error: { Code: string; Message: string } };
    assert.equal(refused.error.Code, 'SignatureDoesNotMatch');
    await mismatch(await fetch((JSON.parse(bad.stdout) as { url: string }).url));
  });

  for (const [label, cli] of [['v1', awsCliV1], ['v2', awsCliV2Path ? awsCliV2 : undefined]] as const) {
    test(`aws s3 presign (CLI ${label}): good URLs work, a wrong secret's do not`, { skip: cli ? false : "Debian's awscli is not installed" }, async () => {
      const presign = async (secretAccessKey: string) => {
        const result = await cli!(kumo.url, ['s3', 'presign', 's3://signed/report.txt', '--expires-in', '300'], { accessKeyId: pat.accessKeyId, secretAccessKey });
        assert.equal(result.status, 0, result.stderr);
        return result.stdout.trim();
      };
      assert.equal(await (await fetch(await presign(pat.secretAccessKey))).text(), 'quarterly');
      await mismatch(await fetch(await presign('not-the-secret')));
    });
  }
});
