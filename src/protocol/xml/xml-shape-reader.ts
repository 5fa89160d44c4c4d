import type { Shape } from '../../model/index.js';
import { childrenByName, localName, type XmlElement } from './xml-document.js';
import { memberLocationName } from './member-names.js';
import { textToScalar } from './scalars.js';

/**
 * Reads an element into the shape's decoded value: the mirror of xml-shape-writer. Used
 * for request bodies (rest-xml) and, in tests, to read Kumo's own responses back.
 * Throws ScalarFormatError for text that does not fit its shape.
 */
export function readXmlValue(element: XmlElement, shape: Shape): unknown {
  switch (shape.type) {
    case 'structure':
      return readXmlStructure(element, shape);
    case 'list':
      return readListItems(element.children.filter((c) => c.name === (shape.member?.locationName ?? 'member')), shape.member!);
    case 'map':
      return readMapEntries(element.children.filter((c) => c.name === 'entry'), shape);
    default:
      return textToScalar(element.text, shape, 'iso8601');
  }
}

/**
 * Reads the members of a structure from an element. `include` filters members (REST
 * protocols leave out the ones bound to headers, the URI or the query string).
 */
export function readXmlStructure(
  element: XmlElement,
  shape: Shape,
  include: (member: Shape, memberName: string) => boolean = () => true,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const children = childrenByName(element);
  for (const [memberName, member] of Object.entries(shape.members ?? {})) {
    if (!include(member, memberName)) continue;
    if (member.xmlAttribute) {
      const wanted = localName(member.locationName ?? memberName);
      const attribute = Object.entries(element.attributes).find(([name]) => localName(name) === wanted);
      if (attribute) result[memberName] = textToScalar(attribute[1], member, 'iso8601');
      continue;
    }
    const value = readMember(children, member, memberName);
    if (value !== undefined) result[memberName] = value;
  }
  return result;
}

function readMember(children: Map<string, XmlElement[]>, member: Shape, memberName: string): unknown {
  const ownName = localName(memberLocationName(member) ?? memberName);
  if (member.type === 'list' && member.flattened) {
    // Smithy-era clients name flattened items after the member, older ones after the list member.
    const itemName = member.member?.locationName;
    const items = children.get(ownName) ?? (itemName ? children.get(localName(itemName)) : undefined);
    return items ? readListItems(items, member.member!) : undefined;
  }
  if (member.type === 'map' && member.flattened) {
    const entries = children.get(ownName);
    return entries ? readMapEntries(entries, member) : undefined;
  }
  const element = children.get(ownName)?.[0];
  return element ? readXmlValue(element, member) : undefined;
}

function readListItems(items: XmlElement[], member: Shape): unknown[] {
  return items.map((item) => readXmlValue(item, member));
}

function readMapEntries(entries: XmlElement[], shape: Shape): Record<string, unknown> {
  const keyName = localName(shape.key?.locationName ?? 'key');
  const valueName = localName(shape.value?.locationName ?? 'value');
  const map: Record<string, unknown> = {};
  for (const entry of entries) {
    const keyElement = entry.children.find((c) => c.name === keyName);
    const valueElement = entry.children.find((c) => c.name === valueName);
    if (!keyElement) continue;
    map[keyElement.text] = valueElement ? readXmlValue(valueElement, shape.value!) : undefined;
  }
  return map;
}
