import type { Shape } from '../../model/index.js';

/**
 * The locationName a structure member sets itself. A member that references a shape
 * without traits of its own is that shape (see compile-model), and a locationName there
 * names the shape when it is a document root or payload, not the member (Smithy xmlName).
 * A member's `xmlName` (patch data for query-compatible JSON services) wins over both.
 */
export function memberLocationName(member: Shape): string | undefined {
  if (member.xmlName !== undefined) return member.xmlName;
  if (Object.hasOwn(member, 'shapeName')) return undefined;
  return member.locationName;
}
