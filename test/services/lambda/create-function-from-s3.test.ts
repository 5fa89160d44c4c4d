import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateFunctionCommand, InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { ROLE, decode, makeZip, startLambdaKumo } from './support.js';

describe('Lambda CreateFunction from an S3 object', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => ({ kumo, lambda } = await startLambdaKumo(['lambda', 's3'])));
  after(() => kumo.stop());

  test('the zip is read through Kumo\'s S3; a missing key is refused with the S3 error', async () => {
    const s3 = new S3Client({ ...kumo.clientConfig, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'code' }));
    await s3.send(new PutObjectCommand({ Bucket: 'code', Key: 'fn.zip', Body: makeZip({ 'index.mjs': 'export const handler = async () => "from s3";' }) }));
    await lambda.send(new CreateFunctionCommand({ FunctionName: 's3fn', Runtime: 'nodejs22.x', Role: ROLE, Handler: 'index.handler', Code: { S3Bucket: 'code', S3Key: 'fn.zip' } }));
    assert.equal(decode((await lambda.send(new InvokeCommand({ FunctionName: 's3fn' }))).Payload), 'from s3');
    await assert.rejects(
      lambda.send(new CreateFunctionCommand({ FunctionName: 's3missing', Runtime: 'nodejs22.x', Role: ROLE, Handler: 'index.handler', Code: { S3Bucket: 'code', S3Key: 'nope.zip' } })),
      { name: 'InvalidParameterValueException', message: /^Error occurred while GetObject\. S3 Error Code: NoSuchKey\./ },
    );
  });
});
