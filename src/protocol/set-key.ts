/**
 * Assigns without letting "__proto__" reach the prototype. Plain assignment for every other
 * key: defineProperty on each key made large responses (DynamoDB queries) markedly slower.
 */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
