import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetParameterCommand, GetParametersByPathCommand, GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import { DescribeImagesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('SSM public parameters', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  let ec2: EC2Client;
  before(async () => {
    kumo = await startTestKumo(['ssm', 'kms', 'ec2']);
    ssm = new SSMClient(kumo.clientConfig);
    ec2 = new EC2Client(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('the Amazon Linux 2023 parameter names an AMI that EC2 describes', async () => {
    const name = '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
    const { Parameter } = await ssm.send(new GetParameterCommand({ Name: name }));
    assert.equal(Parameter?.Type, 'String');
    assert.equal(Parameter?.DataType, 'text');
    assert.equal(Parameter?.ARN, `arn:aws:ssm:us-east-1::parameter${name}`);
    assert.match(Parameter!.Value!, /^ami-[0-9a-f]{17}$/);
    const images = await ec2.send(new DescribeImagesCommand({ ImageIds: [Parameter!.Value!] }));
    assert.match(images.Images?.[0]?.Name ?? '', /^al2023-ami-2023\.[\d.]+-kernel-6\.1-x86_64$/);
    assert.equal(images.Images?.[0]?.Architecture, 'x86_64');

    // Another region has its own AMI ids.
    const west = new SSMClient({ ...kumo.clientConfig, region: 'us-west-2' });
    const westId = (await west.send(new GetParameterCommand({ Name: name }))).Parameter?.Value;
    assert.notEqual(westId, Parameter?.Value);
    assert.equal((await new EC2Client({ ...kumo.clientConfig, region: 'us-west-2' }).send(new DescribeImagesCommand({ ImageIds: [westId!] }))).Images?.length, 1);
  });

  test('GetParameters, by path, Ubuntu and unknown names', async () => {
    const ubuntu = '/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id';
    const out = await ssm.send(new GetParametersCommand({ Names: [ubuntu, '/aws/service/ami-amazon-linux-latest/nope'] }));
    assert.equal(out.Parameters?.length, 1);
    assert.deepEqual(out.InvalidParameters, ['/aws/service/ami-amazon-linux-latest/nope']);
    const ami = out.Parameters![0].Value!;
    const image = (await ec2.send(new DescribeImagesCommand({ Owners: ['099720109477'], Filters: [{ Name: 'image-id', Values: [ami] }] }))).Images?.[0];
    assert.match(image?.Name ?? '', /ubuntu-noble-24\.04-amd64-server/);

    const names: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: '/aws/service/ami-amazon-linux-latest', NextToken }));
      names.push(...page.Parameters!.map((p) => p.Name!));
      NextToken = page.NextToken;
    } while (NextToken);
    assert.ok(names.includes('/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64'));
    assert.ok(names.includes('/aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2'));
    await assert.rejects(ssm.send(new GetParameterCommand({ Name: '/aws/service/ami-amazon-linux-latest/nope' })), { name: 'ParameterNotFound' });
  });

  test('global-infrastructure regions', async () => {
    const regions: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ Path: '/aws/service/global-infrastructure/regions', NextToken }));
      regions.push(...page.Parameters!.map((p) => p.Value!));
      NextToken = page.NextToken;
    } while (NextToken);
    assert.ok(regions.includes('us-east-1') && regions.includes('eu-west-1') && regions.includes('ap-southeast-2'));
    assert.equal((await ssm.send(new GetParameterCommand({ Name: '/aws/service/global-infrastructure/regions/eu-central-1' }))).Parameter?.Value, 'eu-central-1');
  });
});
