import type { Shape } from '../../model/index.js';
import { escapeXmlAttribute, escapeXmlText, xmlnsAttribute } from './xml-escape.js';
import { memberLocationName } from './member-names.js';
import { scalarToText } from './scalars.js';

/**
 * Writes decoded values as XML, driven by the shape: members in the shape's order,
 * locationName, flattened lists and maps, xmlAttribute, xmlNamespace. Timestamps in XML
 * bodies default to ISO 8601 in every XML protocol.
 */
export function writeXmlElement(out: string[], name: string, value: unknown, shape: Shape): void {
  if (value === undefined || value === null) return;
  switch (shape.type) {
    case 'structure':
      writeStructureElement(out, name, asRecord(value), shape);
      return;
    case 'list':
      writeList(out, name, asArray(value), shape);
      return;
    case 'map':
      writeMap(out, name, asRecord(value), shape);
      return;
    default:
      out.push(`<${name}${xmlnsAttribute(shape.xmlNamespace)}>${escapeXmlText(scalarToText(value, shape, 'iso8601'))}</${name}>`);
  }
}

/**
 * The element name of a structure member, flattened lists included: Smithy-era clients
 * name flattened items after the structure member, not the list member's locationName
 * (AWS's own models keep the two equal; readers here accept either).
 */
export function xmlMemberName(member: Shape, memberName: string): string {
  return memberLocationName(member) ?? memberName;
}

/** The attributes (xmlAttribute members) of a structure, as ` name="value"` text. */
export function xmlAttributesOf(value: Record<string, unknown>, shape: Shape): string {
  let attributes = '';
  for (const [memberName, member] of Object.entries(shape.members ?? {})) {
    if (!member.xmlAttribute) continue;
    const memberValue = value[memberName];
    if (memberValue === undefined || memberValue === null) continue;
    attributes += ` ${member.locationName ?? memberName}="${escapeXmlAttribute(scalarToText(memberValue, member, 'iso8601'))}"`;
  }
  return attributes;
}

/**
 * The child elements of a structure, in the shape's member order. `include` filters
 * members (REST protocols leave out header, uri and query members).
 */
export function writeXmlMembers(
  out: string[],
  value: Record<string, unknown>,
  shape: Shape,
  include: (member: Shape, memberName: string) => boolean = () => true,
): void {
  for (const [memberName, member] of Object.entries(shape.members ?? {})) {
    if (member.xmlAttribute || !include(member, memberName)) continue;
    writeXmlElement(out, xmlMemberName(member, memberName), value[memberName], member);
  }
}

function writeStructureElement(out: string[], name: string, value: Record<string, unknown>, shape: Shape): void {
  out.push(`<${name}${xmlnsAttribute(shape.xmlNamespace)}${xmlAttributesOf(value, shape)}>`);
  writeXmlMembers(out, value, shape);
  out.push(`</${name}>`);
}

function writeList(out: string[], name: string, items: unknown[], shape: Shape): void {
  const member = shape.member!;
  if (shape.flattened) {
    for (const item of items) writeXmlElement(out, name, item, member);
    return;
  }
  out.push(`<${name}${xmlnsAttribute(shape.xmlNamespace)}>`);
  const itemName = member.locationName ?? 'member';
  for (const item of items) writeXmlElement(out, itemName, item, member);
  out.push(`</${name}>`);
}

function writeMap(out: string[], name: string, entries: Record<string, unknown>, shape: Shape): void {
  const keyShape = shape.key!;
  const valueShape = shape.value!;
  const keyName = keyShape.locationName ?? 'key';
  const valueName = valueShape.locationName ?? 'value';
  const writeEntry = (entryName: string, entryAttributes: string, key: string, item: unknown): void => {
    out.push(`<${entryName}${entryAttributes}>`);
    writeXmlElement(out, keyName, key, keyShape);
    writeXmlElement(out, valueName, item, valueShape);
    out.push(`</${entryName}>`);
  };
  if (shape.flattened) {
    for (const [key, item] of Object.entries(entries)) writeEntry(name, xmlnsAttribute(shape.xmlNamespace), key, item);
    return;
  }
  out.push(`<${name}${xmlnsAttribute(shape.xmlNamespace)}>`);
  for (const [key, item] of Object.entries(entries)) writeEntry('entry', '', key, item);
  out.push(`</${name}>`);
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value instanceof Map) return Object.fromEntries(value) as Record<string, unknown>;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof Set) return [...value];
  return [value];
}
