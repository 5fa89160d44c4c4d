import { randomBytes } from 'node:crypto';
import { constraint, required } from '../errors.js';

export function generateRandom(input: { NumberOfBytes?: number; CustomKeyStoreId?: string }) {
  required(input.NumberOfBytes, 'numberOfBytes');
  const n = input.NumberOfBytes!;
  if (n < 1) throw constraint(n, 'numberOfBytes', 'Member must have value greater than or equal to 1');
  if (n > 1024) throw constraint(n, 'numberOfBytes', 'Member must have value less than or equal to 1024');
  return { Plaintext: randomBytes(n) };
}
