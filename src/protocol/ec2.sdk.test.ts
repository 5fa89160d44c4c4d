import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeVpcsCommand, EC2Client, ImportKeyPairCommand, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { AwsError } from '../shared/aws-error.js';
import { ec2Protocol } from './ec2.js';
import { bodyText, loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/** ec2Query through @aws-sdk/client-ec2 (DescribeInstances is in xml-sdk.test.ts). */
function ec2(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): EC2Client {
  return new EC2Client(loopbackClientConfig(ec2Protocol, 'ec2', handle, observe));
}

const launched = new Date('2024-02-03T04:05:06Z');

describe('ec2 through @aws-sdk/client-ec2', () => {
  test('RunInstances: nested lists of structures, locationName-renamed members and an idempotency token', async () => {
    let seen: Record<string, unknown> = {};
    const input = {
      ImageId: 'ami-1',
      MinCount: 1,
      MaxCount: 2,
      InstanceType: 't3.micro' as const,
      SecurityGroupIds: ['sg-1', 'sg-2'],
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeSize: 20, VolumeType: 'gp3' as const, DeleteOnTermination: true } }],
      TagSpecifications: [{ ResourceType: 'instance' as const, Tags: [{ Key: 'Name', Value: 'web' }, { Key: 'team', Value: 'a&b' }] }],
      UserData: Buffer.from('#!/bin/sh\necho hi\n').toString('base64'),
      ClientToken: 'token-1',
    };
    const instance = {
      InstanceId: 'i-1',
      ImageId: 'ami-1',
      LaunchTime: launched,
      State: { Code: 0, Name: 'pending' as const },
      SecurityGroups: [{ GroupId: 'sg-1', GroupName: 'default' }],
      Tags: [{ Key: 'Name', Value: 'web' }],
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { VolumeId: 'vol-1', Status: 'attaching' as const, AttachTime: launched, DeleteOnTermination: true } }],
    };
    const out = await ec2((op, i) => {
      seen = { op, ...i };
      return { ReservationId: 'r-1', OwnerId: '000000000000', Instances: [instance] };
    }).send(new RunInstancesCommand(input));
    assert.deepEqual(seen, { op: 'RunInstances', ...input });
    assert.equal(out.ReservationId, 'r-1');
    assert.equal(out.OwnerId, '000000000000');
    assert.deepEqual(out.Instances, [instance]);
  });

  test('ImportKeyPair: a blob input arrives as bytes', async () => {
    let material: unknown;
    const key = Buffer.from('ssh-ed25519 AAAA\u00e9 user@host');
    const out = await ec2((_op, i) => {
      material = i.PublicKeyMaterial;
      return { KeyName: 'k', KeyFingerprint: 'aa:bb', KeyPairId: 'key-1' };
    }).send(new ImportKeyPairCommand({ KeyName: 'k', PublicKeyMaterial: key }));
    assert.ok(material instanceof Uint8Array);
    assert.deepEqual(Buffer.from(material), key);
    assert.deepEqual({ ...out, $metadata: undefined }, { KeyName: 'k', KeyFingerprint: 'aa:bb', KeyPairId: 'key-1', $metadata: undefined });
  });

  test('DescribeVpcs: item-wrapped lists and an empty list', async () => {
    const vpcs = [
      { VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', IsDefault: true, State: 'available' as const, CidrBlockAssociationSet: [{ AssociationId: 'a-1', CidrBlock: '10.0.0.0/16', CidrBlockState: { State: 'associated' as const } }], Tags: [] },
    ];
    let seen: unknown;
    const out = await ec2((_op, i) => {
      seen = i;
      return { Vpcs: vpcs };
    }).send(new DescribeVpcsCommand({ VpcIds: ['vpc-1'], Filters: [{ Name: 'isDefault', Values: ['true'] }] }));
    assert.deepEqual(seen, { VpcIds: ['vpc-1'], Filters: [{ Name: 'isDefault', Values: ['true'] }] });
    assert.deepEqual(out.Vpcs, vpcs);
  });

  test("errors: EC2's <Response><Errors> body, code and status", async () => {
    let exchange: LoopbackExchange | undefined;
    const client = ec2(() => {
      throw new AwsError('InvalidVpcID.NotFound', "The vpc ID 'vpc-9' does not exist", { status: 400 });
    }, (x) => (exchange = x));
    await assert.rejects(client.send(new DescribeVpcsCommand({ VpcIds: ['vpc-9'] })), (e: Error & { Code?: string; $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'InvalidVpcID.NotFound');
      assert.equal(e.message, "The vpc ID 'vpc-9' does not exist");
      assert.equal(e.Code, 'InvalidVpcID.NotFound');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
    assert.match(bodyText(exchange), /<Response><Errors><Error><Code>InvalidVpcID\.NotFound<\/Code><Message>The vpc ID 'vpc-9' does not exist<\/Message><\/Error><\/Errors><RequestID>loopback-request-id<\/RequestID><\/Response>/);
  });
});
