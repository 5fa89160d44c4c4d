/** A stream's label: the creation time, as DynamoDB prints it in stream ARNs (ISO 8601 without the zone). */
export function streamLabel(nowMs: number): string {
  return new Date(nowMs).toISOString().replace('Z', '');
}
