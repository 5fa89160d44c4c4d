import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compileModel } from '../../model/index.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';
import { parseXmlDocument, XmlSyntaxError } from './xml-document.js';
import { readXmlValue } from './xml-shape-reader.js';
import { writeXmlElement } from './xml-shape-writer.js';

const { shapes } = compileModel({
  metadata: { protocol: 'rest-xml' },
  shapes: {
    Grant: { type: 'structure', members: { Grantee: { shape: 'Grantee' }, Permission: { shape: 'S' } } },
    Grantee: {
      type: 'structure',
      xmlNamespace: { prefix: 'xsi', uri: 'http://www.w3.org/2001/XMLSchema-instance' },
      members: { ID: { shape: 'S' }, Type: { shape: 'S', locationName: 'xsi:type', xmlAttribute: true } },
    },
    Attrs: { type: 'structure', members: { Attributes: { shape: 'AttrMap', locationName: 'Attribute' }, Sizes: { shape: 'Sizes' } } },
    AttrMap: { type: 'map', flattened: true, key: { shape: 'S', locationName: 'Name' }, value: { shape: 'S', locationName: 'Value' } },
    Sizes: { type: 'list', flattened: true, member: { shape: 'I' } },
    S: { type: 'string' },
    I: { type: 'long' },
  },
});

function written(name: string, value: unknown, shapeName: string): string {
  const out: string[] = [];
  writeXmlElement(out, name, value, shapes[shapeName]!);
  return out.join('');
}

describe('xml shapes', () => {
  test('escapes text and attributes so parsers give the same characters back', () => {
    assert.equal(escapeXmlText('a&b<c>\r\n'), 'a&amp;b&lt;c&gt;&#xD;\n');
    assert.equal(escapeXmlAttribute('"x"\n\t'), '&quot;x&quot;&#xA;&#x9;');
    const tricky = ' a &amp; <b> \r\n "q" ';
    const doc = parseXmlDocument(`<r a="${escapeXmlAttribute(tricky)}">${escapeXmlText(tricky)}</r>`);
    assert.equal(doc.text, tricky);
    assert.equal(doc.attributes.a, tricky);
  });

  test('xmlAttribute members with a namespace prefix (S3 Grantee xsi:type)', () => {
    const xml = written('Grant', { Grantee: { ID: 'abc', Type: 'CanonicalUser' }, Permission: 'READ' }, 'Grant');
    assert.equal(
      xml,
      '<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>abc</ID></Grantee><Permission>READ</Permission></Grant>',
    );
    assert.deepEqual(readXmlValue(parseXmlDocument(xml), shapes.Grant!), { Grantee: { ID: 'abc', Type: 'CanonicalUser' }, Permission: 'READ' });
  });

  test('flattened maps and lists round-trip', () => {
    const value = { Attributes: { a: '1', b: '2' }, Sizes: [1, 2] };
    const xml = written('R', value, 'Attrs');
    assert.equal(xml, '<R><Attribute><Name>a</Name><Value>1</Value></Attribute><Attribute><Name>b</Name><Value>2</Value></Attribute><Sizes>1</Sizes><Sizes>2</Sizes></R>');
    assert.deepEqual(readXmlValue(parseXmlDocument(xml), shapes.Attrs!), value);
  });

  test('documents that are not well-formed throw XmlSyntaxError', () => {
    for (const text of ['', '<a>', '<a></b>', 'text', '<a/><b/>']) assert.throws(() => parseXmlDocument(text), XmlSyntaxError, text);
  });
});
