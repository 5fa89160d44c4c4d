import type { XmlNamespace } from '../../model/index.js';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\n': '&#xA;',
  '\t': '&#x9;',
};

/**
 * Escapes element text. A bare carriage return would be normalized away by every XML
 * parser, so it goes out as a character reference; newlines survive in text as they are.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escapes a double-quoted attribute value; whitespace is kept as references, since parsers normalize it. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** ` xmlns="uri"` or ` xmlns:prefix="uri"` for a shape's xmlNamespace trait, or "". */
export function xmlnsAttribute(namespace: XmlNamespace | string | undefined): string {
  if (namespace === undefined) return '';
  if (typeof namespace === 'string') return ` xmlns="${escapeXmlAttribute(namespace)}"`;
  const name = namespace.prefix ? `xmlns:${namespace.prefix}` : 'xmlns';
  return ` ${name}="${escapeXmlAttribute(namespace.uri)}"`;
}
