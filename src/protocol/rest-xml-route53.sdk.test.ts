import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ChangeResourceRecordSetsCommand,
  ChangeTagsForResourceCommand,
  CreateHostedZoneCommand,
  GetHostedZoneCommand,
  ListHostedZonesCommand,
  ListResourceRecordSetsCommand,
  ListTagsForResourceCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { AwsError } from '../shared/aws-error.js';
import { restXmlProtocol } from './rest-xml.js';
import { bodyText, loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackExchange, LoopbackHandler } from './testing/sdk-loopback.js';

/** restXml through @aws-sdk/client-route-53: wrapped XML lists, URI labels and <ErrorResponse> errors. */
function route53(handle: LoopbackHandler, observe?: (x: LoopbackExchange) => void): Route53Client {
  return new Route53Client(loopbackClientConfig(restXmlProtocol, 'route-53', handle, observe));
}

const R53_NS = 'xmlns="https://route53.amazonaws.com/doc/2013-04-01/"';
const submitted = new Date('2024-04-05T06:07:08.500Z');
type SdkError = Error & { Code?: string; Type?: string; $fault?: string; $metadata?: { httpStatusCode?: number; requestId?: string } };

function rootOf(xml: string): string {
  return /^<\?xml[^>]*\?>\s*(<[^>]*>)/.exec(xml)?.[1] ?? xml.slice(0, 80);
}

describe('rest-xml through @aws-sdk/client-route-53', () => {
  test('ChangeResourceRecordSets: a URI label and nested XML lists in, ChangeInfo with a timestamp out', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const changeBatch = {
      Comment: 'deploy <1> & more',
      Changes: [
        { Action: 'UPSERT' as const, ResourceRecordSet: { Name: 'www.example.com.', Type: 'A' as const, TTL: 300, ResourceRecords: [{ Value: '192.0.2.1' }, { Value: '192.0.2.2' }] } },
        {
          Action: 'CREATE' as const,
          ResourceRecordSet: {
            Name: 'api.example.com.',
            Type: 'A' as const,
            SetIdentifier: 'blue',
            Weight: 10,
            AliasTarget: { HostedZoneId: 'Z2FDTNDATAQYW2', DNSName: 'd111.cloudfront.net.', EvaluateTargetHealth: false },
          },
        },
        { Action: 'DELETE' as const, ResourceRecordSet: { Name: 'geo.example.com.', Type: 'TXT' as const, TTL: 60, SetIdentifier: 'eu', GeoLocation: { ContinentCode: 'EU' }, ResourceRecords: [{ Value: '"v=spf1 -all"' }] } },
      ],
    };
    const out = await route53((op, input) => {
      seen = { op, input };
      return { ChangeInfo: { Id: '/change/C1', Status: 'PENDING', SubmittedAt: submitted, Comment: 'deploy <1> & more' } };
    }, (x) => (exchange = x)).send(new ChangeResourceRecordSetsCommand({ HostedZoneId: '/hostedzone/Z123', ChangeBatch: changeBatch }));
    // The client strips "/hostedzone/" before it sends the label.
    assert.deepEqual(seen, { op: 'ChangeResourceRecordSets', input: { HostedZoneId: 'Z123', ChangeBatch: changeBatch } });
    assert.equal(exchange?.request.path, '/2013-04-01/hostedzone/Z123/rrset');
    assert.deepEqual(out.ChangeInfo, { Id: '/change/C1', Status: 'PENDING', SubmittedAt: submitted, Comment: 'deploy <1> & more' });
    assert.equal(rootOf(bodyText(exchange)), `<ChangeResourceRecordSetsResponse ${R53_NS}>`);
  });

  test('ListHostedZones: query strings in, a wrapped list of zones out', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const zones = [
      { Id: '/hostedzone/Z1', Name: 'example.com.', CallerReference: 'ref-1', Config: { Comment: 'main', PrivateZone: false }, ResourceRecordSetCount: 5 },
      { Id: '/hostedzone/Z2', Name: 'internal.', CallerReference: 'ref-2', Config: { PrivateZone: true }, ResourceRecordSetCount: 2, LinkedService: { ServicePrincipal: 'svc', Description: 'd' } },
    ];
    const out = await route53((op, input) => {
      seen = { op, input };
      return { HostedZones: zones, Marker: 'm0', IsTruncated: true, NextMarker: 'Z3', MaxItems: '2' };
    }, (x) => (exchange = x)).send(new ListHostedZonesCommand({ MaxItems: 2, Marker: 'm0', HostedZoneType: 'PrivateHostedZone' }));
    // MaxItems is a string in the pinned model (PageMaxItems) and an integer in the v3 client's: the wire is the same.
    assert.deepEqual(seen, { op: 'ListHostedZones', input: { MaxItems: '2', Marker: 'm0', HostedZoneType: 'PrivateHostedZone' } });
    const { $metadata: _m, ...rest } = out;
    assert.deepEqual(rest, { HostedZones: zones, Marker: 'm0', IsTruncated: true, NextMarker: 'Z3', MaxItems: 2 });
    assert.equal(rootOf(bodyText(exchange)), `<ListHostedZonesResponse ${R53_NS}>`);
    assert.match(bodyText(exchange), /<HostedZones><HostedZone><Id>\/hostedzone\/Z1<\/Id>/);
  });

  test('ListResourceRecordSets: label plus renamed query members; records with nested lists out', async () => {
    let seen: unknown;
    const records = [{ Name: 'www.example.com.', Type: 'CNAME' as const, TTL: 60, ResourceRecords: [{ Value: 'a.example.com' }] }];
    const out = await route53((_op, input) => {
      seen = input;
      return { ResourceRecordSets: records, IsTruncated: false, MaxItems: '100' };
    }).send(new ListResourceRecordSetsCommand({ HostedZoneId: 'Z1', StartRecordName: 'www.example.com.', StartRecordType: 'CNAME', StartRecordIdentifier: 'id 1', MaxItems: 100 }));
    assert.deepEqual(seen, { HostedZoneId: 'Z1', StartRecordName: 'www.example.com.', StartRecordType: 'CNAME', StartRecordIdentifier: 'id 1', MaxItems: '100' });
    assert.deepEqual(out.ResourceRecordSets, records);
    assert.equal(out.IsTruncated, false);
    assert.equal(out.MaxItems, 100);
  });

  test('CreateHostedZone: 201, a Location header and several structures out', async () => {
    let seen: unknown;
    let exchange: LoopbackExchange | undefined;
    const out = await route53((_op, input) => {
      seen = input;
      return {
        HostedZone: { Id: '/hostedzone/Z9', Name: 'example.org.', CallerReference: 'c-1', Config: { PrivateZone: false }, ResourceRecordSetCount: 2 },
        ChangeInfo: { Id: '/change/C9', Status: 'INSYNC', SubmittedAt: submitted },
        DelegationSet: { NameServers: ['ns-1.awsdns-01.org', 'ns-2.awsdns-02.com'] },
        Location: 'https://route53.amazonaws.com/2013-04-01/hostedzone/Z9',
      };
    }, (x) => (exchange = x)).send(new CreateHostedZoneCommand({ Name: 'example.org.', CallerReference: 'c-1', HostedZoneConfig: { Comment: 'c', PrivateZone: false } }));
    assert.deepEqual(seen, { Name: 'example.org.', CallerReference: 'c-1', HostedZoneConfig: { Comment: 'c', PrivateZone: false } });
    assert.equal(exchange?.response.status, 201);
    assert.equal(out.$metadata.httpStatusCode, 201);
    assert.equal(out.Location, 'https://route53.amazonaws.com/2013-04-01/hostedzone/Z9');
    assert.deepEqual(out.DelegationSet, { NameServers: ['ns-1.awsdns-01.org', 'ns-2.awsdns-02.com'] });
    assert.deepEqual(out.ChangeInfo, { Id: '/change/C9', Status: 'INSYNC', SubmittedAt: submitted });
    assert.match(bodyText(exchange), /<NameServers><NameServer>ns-1\.awsdns-01\.org<\/NameServer><NameServer>/);
  });

  test('GetHostedZone with VPCs; two labels and a list of keys for the tag operations', async () => {
    const calls: unknown[] = [];
    const client = route53((op, input) => {
      calls.push([op, input]);
      if (op === 'GetHostedZone') return { HostedZone: { Id: '/hostedzone/Z1', Name: 'internal.', CallerReference: 'r' }, VPCs: [{ VPCRegion: 'us-east-1', VPCId: 'vpc-1' }] };
      if (op === 'ListTagsForResource') return { ResourceTagSet: { ResourceType: 'hostedzone', ResourceId: 'Z1', Tags: [{ Key: 'env', Value: 'dev' }] } };
      return {};
    });
    const zone = await client.send(new GetHostedZoneCommand({ Id: 'Z1' }));
    assert.deepEqual(zone.VPCs, [{ VPCRegion: 'us-east-1', VPCId: 'vpc-1' }]);
    await client.send(new ChangeTagsForResourceCommand({ ResourceType: 'hostedzone', ResourceId: 'Z1', AddTags: [{ Key: 'env', Value: 'dev' }], RemoveTagKeys: ['old', 'older'] }));
    const tags = await client.send(new ListTagsForResourceCommand({ ResourceType: 'healthcheck', ResourceId: 'hc 1' }));
    assert.deepEqual(tags.ResourceTagSet, { ResourceType: 'hostedzone', ResourceId: 'Z1', Tags: [{ Key: 'env', Value: 'dev' }] });
    assert.deepEqual(calls, [
      ['GetHostedZone', { Id: 'Z1' }],
      ['ChangeTagsForResource', { ResourceType: 'hostedzone', ResourceId: 'Z1', AddTags: [{ Key: 'env', Value: 'dev' }], RemoveTagKeys: ['old', 'older'] }],
      ['ListTagsForResource', { ResourceType: 'healthcheck', ResourceId: 'hc 1' }],
    ]);
  });

  test("NoSuchHostedZone: Route 53's namespaced <ErrorResponse>, 404", async () => {
    let exchange: LoopbackExchange | undefined;
    const client = route53(() => {
      throw new AwsError('NoSuchHostedZone', 'No hosted zone found with ID: Z404', { status: 404 });
    }, (x) => (exchange = x));
    await assert.rejects(client.send(new GetHostedZoneCommand({ Id: 'Z404' })), (e: SdkError) => {
      assert.equal(e.name, 'NoSuchHostedZone');
      assert.equal(e.message, 'No hosted zone found with ID: Z404');
      assert.equal(e.Code, 'NoSuchHostedZone');
      assert.equal(e.Type, 'Sender');
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      assert.equal(e.$metadata?.requestId, 'loopback-request-id');
      return true;
    });
    assert.equal(
      bodyText(exchange),
      `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse ${R53_NS}><Error><Type>Sender</Type><Code>NoSuchHostedZone</Code><Message>No hosted zone found with ID: Z404</Message></Error><RequestId>loopback-request-id</RequestId></ErrorResponse>`,
    );
  });

  test('InvalidChangeBatch: the bracketed message list, 400', async () => {
    const message = "[Tried to create resource record set [name='www.example.com.', type='A'] but it already exists]";
    const client = route53(() => {
      throw new AwsError('InvalidChangeBatch', message);
    });
    const batch = { Changes: [{ Action: 'CREATE' as const, ResourceRecordSet: { Name: 'www.example.com.', Type: 'A' as const, TTL: 1, ResourceRecords: [{ Value: '192.0.2.1' }] } }] };
    await assert.rejects(client.send(new ChangeResourceRecordSetsCommand({ HostedZoneId: 'Z1', ChangeBatch: batch })), (e: SdkError) => {
      assert.equal(e.name, 'InvalidChangeBatch');
      assert.equal(e.message, message);
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
  });

  test('a throttle is a server-side retryable error the client still classifies', async () => {
    const client = route53(() => {
      throw new AwsError('Throttling', 'Rate exceeded', { status: 400 });
    });
    await assert.rejects(client.send(new ListHostedZonesCommand({})), (e: SdkError) => {
      assert.equal(e.name, 'Throttling');
      assert.equal(e.message, 'Rate exceeded');
      return true;
    });
  });
});
