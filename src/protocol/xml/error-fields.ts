import type { Operation, ServiceModel, Shape } from '../../model/index.js';
import type { AwsError } from '../../shared/aws-error.js';
import { escapeXmlText } from './xml-escape.js';
import { writeXmlElement, xmlMemberName } from './xml-shape-writer.js';

/** The modeled shape of an error: by wire code among the operation's errors, then the service's. */
export function errorShapeOf(error: AwsError, op: Operation | undefined, model: ServiceModel): Shape | undefined {
  for (const code of [error.code, error.queryCode]) {
    if (code === undefined) continue;
    const fromOp = op?.errors.find((e) => (e.error?.code ?? e.shapeName) === code || e.shapeName === code);
    if (fromOp) return fromOp;
    const fromModel = model.errorsByCode[code] ?? model.shapes[code];
    if (fromModel) return fromModel;
  }
  return undefined;
}

const MESSAGE_MEMBER = /^message$/i;

/**
 * Writes an error's extra fields after Code and Message: the modeled members in shape
 * order, then any unmodeled scalar fields, so nothing a service sets is lost.
 */
export function writeErrorFields(out: string[], error: AwsError, shape: Shape | undefined): void {
  const written = new Set<string>();
  for (const [memberName, member] of Object.entries(shape?.members ?? {})) {
    if (MESSAGE_MEMBER.test(memberName) || member.location !== undefined) continue;
    const value = error.fields[memberName];
    if (value === undefined || value === null) continue;
    writeXmlElement(out, xmlMemberName(member, memberName), value, member);
    written.add(memberName);
  }
  for (const [name, value] of Object.entries(error.fields)) {
    if (written.has(name) || MESSAGE_MEMBER.test(name) || !/^[A-Za-z_][\w.-]*$/.test(name)) continue;
    if (shape?.members?.[name]) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      out.push(`<${name}>${escapeXmlText(String(value))}</${name}>`);
    }
  }
}
