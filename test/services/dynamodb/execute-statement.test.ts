import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecuteStatementCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { ExecuteStatementCommand as DocExecute } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB ExecuteStatement (PartiQL)', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'music', {
      sortType: 'N',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'N' }, { AttributeName: 'genre', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-genre', KeySchema: [{ AttributeName: 'genre', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
    });
  });
  after(() => f.kumo.stop());

  const run = (Statement: string, Parameters?: unknown[], extra: Record<string, unknown> = {}) => f.ddb.send(new ExecuteStatementCommand({ Statement, Parameters: Parameters as never, ...extra }));

  test('INSERT, then a duplicate key is DuplicateItemException', async () => {
    for (let i = 1; i <= 5; i++) {
      const out = await run(`INSERT INTO "music" VALUE {'pk': 'band', 'sk': ${i}, 'genre': ?, 'plays': 0, 'tags': <<'a', 'b'>>, 'meta': {'live': true, 'extra': null}}`, [{ S: i % 2 ? 'rock' : 'jazz' }]);
      assert.deepEqual(out.Items, []);
    }
    const item = (await f.ddb.send(new GetItemCommand({ TableName: 'music', Key: { pk: { S: 'band' }, sk: { N: '1' } } }))).Item!;
    assert.deepEqual(item.tags, { SS: ['a', 'b'] });
    assert.deepEqual(item.meta, { M: { live: { BOOL: true }, extra: { NULL: true } } });
    const dup = await failure(run(`INSERT INTO music VALUE {'pk': 'band', 'sk': 1}`));
    assert.equal(dup.name, 'DuplicateItemException');
    assert.equal(dup.status, 400);
    assert.equal(dup.message, 'Duplicate primary key exists in table');
  });

  test('SELECT by key (a Query), with filters, projections, ORDER BY, an index, and a Scan', async () => {
    const q = await run(`SELECT sk, genre FROM "music" WHERE pk = ? AND sk >= 2 AND genre = 'jazz'`, [{ S: 'band' }]);
    assert.deepEqual(q.Items, [{ sk: { N: '2' }, genre: { S: 'jazz' } }, { sk: { N: '4' }, genre: { S: 'jazz' } }]);
    const desc = await run(`SELECT sk FROM music WHERE pk = 'band' ORDER BY sk DESC`);
    assert.deepEqual(desc.Items!.map((i) => i.sk!.N), ['5', '4', '3', '2', '1']);
    const between = await run(`SELECT sk FROM music WHERE pk = 'band' AND sk BETWEEN 2 AND 3`);
    assert.deepEqual(between.Items!.map((i) => i.sk!.N), ['2', '3']);
    const byIndex = await run(`SELECT sk FROM "music"."by-genre" WHERE genre = 'rock'`);
    assert.deepEqual(byIndex.Items!.map((i) => i.sk!.N).sort(), ['1', '3', '5']);
    const scan = await run(`SELECT * FROM music WHERE sk IN [1, 5] OR begins_with(genre, 'ja')`);
    assert.deepEqual(scan.Items!.map((i) => i.sk!.N).sort(), ['1', '2', '4', '5']);
    const missing = await run(`SELECT sk FROM music WHERE pk = 'band' AND nope IS MISSING AND genre <> 'rock'`);
    assert.equal(missing.Items!.length, 2);
  });

  test('Limit and NextToken page through a SELECT', async () => {
    const seen: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await run(`SELECT sk FROM music WHERE pk = 'band'`, undefined, { Limit: 2, NextToken });
      seen.push(...page.Items!.map((i) => i.sk!.N!));
      NextToken = page.NextToken;
    } while (NextToken);
    assert.deepEqual(seen, ['1', '2', '3', '4', '5']);
  });

  test('UPDATE SET (arithmetic, set_add, list_append) and REMOVE, with RETURNING; a missing item fails its condition', async () => {
    const out = await run(`UPDATE music SET plays = plays + 3 SET tags = set_add(tags, <<'c'>>) REMOVE meta WHERE pk = 'band' AND sk = 1 RETURNING ALL NEW *`);
    assert.equal(out.Items![0]!.plays!.N, '3');
    assert.deepEqual(out.Items![0]!.tags!.SS!.sort(), ['a', 'b', 'c']);
    assert.equal(out.Items![0]!.meta, undefined);
    await run(`UPDATE music SET history = list_append(?, ?) WHERE pk = 'band' AND sk = 1`, [{ L: [{ S: 'x' }] }, { L: [{ S: 'y' }] }]);
    const item = (await f.ddb.send(new GetItemCommand({ TableName: 'music', Key: { pk: { S: 'band' }, sk: { N: '1' } } }))).Item!;
    assert.deepEqual(item.history, { L: [{ S: 'x' }, { S: 'y' }] });
    const absent = await failure(run(`UPDATE music SET plays = 1 WHERE pk = 'band' AND sk = 99`));
    assert.equal(absent.name, 'ConditionalCheckFailedException');
    const partial = await failure(run(`UPDATE music SET plays = 1 WHERE pk = 'band'`));
    assert.equal(partial.name, 'ValidationException');
    assert.equal(partial.message, 'Where clause does not contain a mandatory equality on all key attributes');
    const guarded = await failure(run(`UPDATE music SET plays = 1 WHERE pk = 'band' AND sk = 1 AND plays > 100`));
    assert.equal(guarded.name, 'ConditionalCheckFailedException');
  });

  test('DELETE by key, with a condition and RETURNING ALL OLD', async () => {
    const out = await run(`DELETE FROM music WHERE pk = 'band' AND sk = 5 RETURNING ALL OLD *`);
    assert.equal(out.Items![0]!.sk!.N, '5');
    const left = await run(`SELECT sk FROM music WHERE pk = 'band'`);
    assert.equal(left.Items!.length, 4);
    const cond = await failure(run(`DELETE FROM music WHERE pk = 'band' AND sk = 4 AND genre = 'rock'`));
    assert.equal(cond.name, 'ConditionalCheckFailedException');
  });

  test('the document client marshals parameters and items', async () => {
    await f.doc.send(new DocExecute({ Statement: `INSERT INTO music VALUE {'pk': ?, 'sk': ?, 'genre': ?}`, Parameters: ['doc', 1, 'pop'] }));
    const out = await f.doc.send(new DocExecute({ Statement: 'SELECT * FROM music WHERE pk = ?', Parameters: ['doc'] }));
    assert.deepEqual(out.Items, [{ pk: 'doc', sk: 1, genre: 'pop' }]);
  });

  test('errors: malformed statements, parameter counts, unknown tables', async () => {
    const bad = await failure(run('SELEC * FROM music'));
    assert.equal(bad.name, 'ValidationException');
    assert.match(bad.message, /^Statement wasn't well formed, can't be processed: /);
    const params = await failure(run('SELECT * FROM music WHERE pk = ?'));
    assert.equal(params.message, "Number of parameters in request and statement don't match.");
    const extra = await failure(run("SELECT * FROM music WHERE pk = 'x'", [{ S: 'y' }]));
    assert.equal(extra.message, "Number of parameters in request and statement don't match.");
    const table = await failure(run('SELECT * FROM nowhere'));
    assert.equal(table.name, 'ResourceNotFoundException');
  });
});
