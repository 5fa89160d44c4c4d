import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileModel } from '../../model/index.js';
import { jsonProtocol } from '../json.js';
import { queryProtocol } from '../query.js';

// A query-compatible JSON service (SQS) whose query wire names differ from its JSON ones:
// the patch-only xmlName trait renames a member for the XML family and leaves JSON alone.
const model = compileModel({
  metadata: { protocol: 'json', protocols: ['json', 'query'], apiVersion: '2012-11-05', jsonVersion: '1.0', targetPrefix: 'Svc' },
  operations: {
    Op: {
      input: { type: 'structure', members: { Attributes: { shape: 'Map', xmlName: 'Attribute' }, Names: { shape: 'List', xmlName: 'Name' } } },
      output: { type: 'structure', members: { Items: { type: 'list', flattened: true, member: { type: 'structure', members: { Id: {} } }, xmlName: 'Item' } } },
    },
  },
  shapes: {
    Map: { type: 'map', flattened: true, key: { locationName: 'Name' }, value: { locationName: 'Value' } },
    List: { type: 'list', flattened: true, member: {} },
  },
});
const op = model.operations.Op!;

test('query parameters use xmlName, JSON keeps the member name', () => {
  const query = queryProtocol.parseRequest(
    { method: 'POST', path: '/', rawQuery: '', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: Buffer.from('Action=Op&Attribute.1.Name=a&Attribute.1.Value=b&Name.1=x&Name.2=y') },
    op,
    model,
  );
  assert.deepEqual(query, { Attributes: { a: 'b' }, Names: ['x', 'y'] });
  const json = jsonProtocol.parseRequest(
    { method: 'POST', path: '/', rawQuery: '', headers: { 'x-amz-target': 'Svc.Op' }, body: Buffer.from('{"Attributes":{"a":"b"},"Names":["x"]}') },
    op,
    model,
  );
  assert.deepEqual(json, { Attributes: { a: 'b' }, Names: ['x'] });
});

test('XML output names flattened items by xmlName; JSON output by member name', () => {
  const output = { Items: [{ Id: '1' }, { Id: '2' }] };
  const xml = queryProtocol.serializeResponse(output, op, model, { requestId: 'r' }).body as string;
  assert.match(xml, /<OpResult><Item><Id>1<\/Id><\/Item><Item><Id>2<\/Id><\/Item><\/OpResult>/);
  const json = jsonProtocol.serializeResponse(output, op, model, { requestId: 'r' }).body as string;
  assert.deepEqual(JSON.parse(json), output);
});
