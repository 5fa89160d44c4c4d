import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeleteFunctionCommand, GetFunctionCommand, ListFunctionsCommand, ListTagsCommand, PublishVersionCommand, TagResourceCommand, UntagResourceCommand,
  paginateListFunctions, type LambdaClient,
} from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { boto3 } from '../../support/cli-clients.js';
import { createNodeFunction, startLambdaKumo } from './support.js';

describe('Lambda ListFunctions, tags and DeleteFunction', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  before(async () => {
    ({ kumo, lambda } = await startLambdaKumo(['lambda']));
    for (const name of ['c-fn', 'a-fn', 'b-fn']) await createNodeFunction(lambda, name, 'export const handler = async () => 1;');
    await lambda.send(new PublishVersionCommand({ FunctionName: 'a-fn' }));
  });
  after(() => kumo.stop());

  test('listed by name, paginated, with versions when asked', async () => {
    const names: string[] = [];
    for await (const page of paginateListFunctions({ client: lambda, pageSize: 2 }, {})) names.push(...page.Functions!.map((f) => f.FunctionName!));
    assert.deepEqual(names, ['a-fn', 'b-fn', 'c-fn']);
    const all = await lambda.send(new ListFunctionsCommand({ FunctionVersion: 'ALL' }));
    assert.deepEqual(all.Functions?.map((f) => `${f.FunctionName}:${f.Version}`), ['a-fn:$LATEST', 'a-fn:1', 'b-fn:$LATEST', 'c-fn:$LATEST']);
    const result = await boto3(kumo.url, `c = boto3.client('lambda', endpoint_url=ENDPOINT)\nprint(json.dumps([f['FunctionName'] for f in c.list_functions()['Functions']]))`);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), ['a-fn', 'b-fn', 'c-fn']);
  });

  test('tags by function ARN', async () => {
    const Resource = 'arn:aws:lambda:us-east-1:000000000000:function:b-fn';
    await lambda.send(new TagResourceCommand({ Resource, Tags: { env: 'dev', team: 'x' } }));
    await lambda.send(new UntagResourceCommand({ Resource, TagKeys: ['team'] }));
    assert.deepEqual((await lambda.send(new ListTagsCommand({ Resource }))).Tags, { env: 'dev' });
    await assert.rejects(lambda.send(new ListTagsCommand({ Resource: `${Resource}-nope` })), { name: 'ResourceNotFoundException' });
  });

  test('DeleteFunction removes a version or the whole function', async () => {
    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'a-fn', Qualifier: '1' }));
    await assert.rejects(lambda.send(new GetFunctionCommand({ FunctionName: 'a-fn', Qualifier: '1' })), { name: 'ResourceNotFoundException' });
    await lambda.send(new DeleteFunctionCommand({ FunctionName: 'a-fn' }));
    await assert.rejects(lambda.send(new GetFunctionCommand({ FunctionName: 'a-fn' })), { name: 'ResourceNotFoundException' });
    await assert.rejects(lambda.send(new DeleteFunctionCommand({ FunctionName: 'a-fn' })), { name: 'ResourceNotFoundException' });
  });
});
