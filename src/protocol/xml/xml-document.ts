import { XMLParser } from 'fast-xml-parser';

/** One element of a parsed document. Names are local names: namespace prefixes are dropped. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), concatenated, untrimmed. */
  text: string;
}

/** Thrown for a body that is not well-formed XML; protocols answer with their own error. */
export class XmlSyntaxError extends Error {}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Decodes numeric character references (&#xD;) too, which XML requires.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
});

type OrderedNode = Record<string, unknown>;

/** Parses a whole document and returns its root element. */
export function parseXmlDocument(text: string): XmlElement {
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text, true) as OrderedNode[];
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  const roots = toElements(nodes).children;
  if (roots.length !== 1) throw new XmlSyntaxError(roots.length === 0 ? 'no root element' : 'more than one root element');
  return roots[0]!;
}

function toElements(nodes: OrderedNode[]): XmlElement {
  const holder: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  for (const node of nodes) {
    for (const [key, value] of Object.entries(node)) {
      if (key === ':@' || key === '#comment') continue;
      if (key === '#text') {
        holder.text += String(value);
        continue;
      }
      const inner = toElements(value as OrderedNode[]);
      inner.name = key;
      const attributes = node[':@'] as Record<string, unknown> | undefined;
      for (const [name, attr] of Object.entries(attributes ?? {})) {
        // removeNSPrefix keeps "xmlns" declarations under their bare names; they are not data.
        if (name !== 'xmlns') inner.attributes[name] = String(attr);
      }
      holder.children.push(inner);
    }
  }
  return holder;
}

/** The children of an element grouped by name, in document order. */
export function childrenByName(element: XmlElement): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  for (const child of element.children) {
    const group = groups.get(child.name);
    if (group) group.push(child);
    else groups.set(child.name, [child]);
  }
  return groups;
}

/** The first child of that name, if any. */
export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** The local part of a possibly prefixed name ("xsi:type" -> "type"). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
