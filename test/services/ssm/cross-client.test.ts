import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1, boto3 } from '../../support/cli-clients.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM Parameter Store from boto3 and the AWS CLI', () => {
  let kumo: EmbeddedKumo;
  before(async () => ({ kumo } = await startSsm()));
  after(() => kumo.stop());

  test('boto3: SecureString round trip, by-path paginator, ParameterNotFound', async () => {
    const result = await boto3(kumo.url, `
ssm = boto3.client('ssm', endpoint_url=ENDPOINT)
ssm.put_parameter(Name='/py/secret', Value='s3cr3t', Type='SecureString')
for i in range(12):
    ssm.put_parameter(Name='/py/list/p%02d' % i, Value=str(i), Type='String')
value = ssm.get_parameter(Name='/py/secret', WithDecryption=True)['Parameter']['Value']
names = []
for page in ssm.get_paginator('get_parameters_by_path').paginate(Path='/py/list'):
    names += [p['Name'] for p in page['Parameters']]
try:
    ssm.get_parameter(Name='/py/none')
    code = None
except ssm.exceptions.ParameterNotFound as e:
    code = e.response['Error']['Code']
print(json.dumps({'value': value, 'count': len(names), 'code': code}))
`);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { value: 's3cr3t', count: 12, code: 'ParameterNotFound' });
  });

  test('CLI v1: put-parameter and get-parameter', async () => {
    const put = await awsCliV1(kumo.url, ['ssm', 'put-parameter', '--name', '/cli/p', '--value', 'v1', '--type', 'String']);
    assert.equal(put.status, 0, put.stderr);
    assert.equal(JSON.parse(put.stdout).Version, 1);
    const got = await awsCliV1(kumo.url, ['ssm', 'get-parameter', '--name', '/cli/p']);
    assert.equal(JSON.parse(got.stdout).Parameter.Value, 'v1');
    const again = await awsCliV1(kumo.url, ['ssm', 'put-parameter', '--name', '/cli/p', '--value', 'v2', '--type', 'String']);
    assert.match(again.stderr, /ParameterAlreadyExists/);
  });
});
