import type { Shape } from '../../model/index.js';

/** Members a structure carries in the body: those without an HTTP location trait. */
export function isBodyMember(member: Shape): boolean {
  return member.location === undefined;
}

export function bodyMemberNames(shape: Shape): string[] {
  return Object.entries(shape.members ?? {})
    .filter(([, member]) => isBodyMember(member))
    .map(([name]) => name);
}

/** The member that is the whole body (`payload` trait), if the structure names one. */
export function payloadMemberName(shape: Shape): string | undefined {
  return shape.payload !== undefined && shape.members?.[shape.payload] ? shape.payload : undefined;
}

/** The wire name of a bound member: its `locationName`, else the member name. */
export function wireName(memberName: string, member: Shape): string {
  return member.locationName ?? memberName;
}
