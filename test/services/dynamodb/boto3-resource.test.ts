import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { boto3 } from '../../support/cli-clients.js';
import { startDynamo, type DynamoFixture } from './support.js';

/** The same scenarios through boto3's resource API (Table, Key/Attr conditions, batch_writer, Decimal numbers). */
describe('DynamoDB through boto3 resources', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  test('create, put, update, query on a GSI, conditional failure, batch writer, scan, delete', async () => {
    const script = `
from decimal import Decimal
from boto3.dynamodb.conditions import Key, Attr
ddb = boto3.resource('dynamodb', endpoint_url=ENDPOINT)
t = ddb.create_table(TableName='music',
  KeySchema=[{'AttributeName': 'artist', 'KeyType': 'HASH'}, {'AttributeName': 'song', 'KeyType': 'RANGE'}],
  AttributeDefinitions=[{'AttributeName': 'artist', 'AttributeType': 'S'}, {'AttributeName': 'song', 'AttributeType': 'S'}, {'AttributeName': 'year', 'AttributeType': 'N'}],
  GlobalSecondaryIndexes=[{'IndexName': 'byYear', 'KeySchema': [{'AttributeName': 'year', 'KeyType': 'HASH'}], 'Projection': {'ProjectionType': 'ALL'}}],
  BillingMode='PAY_PER_REQUEST')
t.wait_until_exists()
out = {'status': t.table_status}
t.put_item(Item={'artist': 'A', 'song': 's1', 'year': 1999, 'plays': Decimal('1.5'), 'tags': {'rock', 'live'}})
with t.batch_writer() as batch:
    for i in range(30):
        batch.put_item(Item={'artist': 'B', 'song': 'b%02d' % i, 'year': 2000 + (i % 3)})
r = t.update_item(Key={'artist': 'A', 'song': 's1'}, UpdateExpression='SET plays = plays + :p ADD tags :t',
  ExpressionAttributeValues={':p': Decimal('2'), ':t': {'new'}}, ReturnValues='UPDATED_NEW')
out['updated'] = {'plays': str(r['Attributes']['plays']), 'tags': sorted(r['Attributes']['tags'])}
q = t.query(KeyConditionExpression=Key('artist').eq('B') & Key('song').begins_with('b1'), FilterExpression=Attr('year').gte(2001))
out['query'] = [i['song'] for i in q['Items']]
out['queryCounts'] = [q['Count'], q['ScannedCount']]
g = t.query(IndexName='byYear', KeyConditionExpression=Key('year').eq(2002))
out['gsi'] = g['Count']
try:
    t.put_item(Item={'artist': 'A', 'song': 's1'}, ConditionExpression=Attr('artist').not_exists())
    out['conditional'] = 'no error'
except ddb.meta.client.exceptions.ConditionalCheckFailedException as e:
    out['conditional'] = e.response['Error']['Code']
items, kwargs = [], {'Limit': 7}
while True:
    page = t.scan(**kwargs)
    items += page['Items']
    if 'LastEvaluatedKey' not in page: break
    kwargs['ExclusiveStartKey'] = page['LastEvaluatedKey']
out['scanned'] = len(items)
t.delete()
out['tables'] = ddb.meta.client.list_tables()['TableNames']
print(json.dumps(out))
`;
    const result = await boto3(f.kumo.url, script);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      status: 'CREATING',
      updated: { plays: '3.5', tags: ['live', 'new', 'rock'] },
      query: ['b10', 'b11', 'b13', 'b14', 'b16', 'b17', 'b19'],
      queryCounts: [7, 10],
      gsi: 10,
      conditional: 'ConditionalCheckFailedException',
      scanned: 31,
      tables: [],
    });
  });
});
