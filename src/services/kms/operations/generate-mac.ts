import { createHmac } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { constraint, required } from '../errors.js';
import { checkAlgorithm, checkDryRun, keyFor } from '../model/crypto.js';
import { algorithmHash } from '../model/key-specs.js';
import { keyMaterial } from '../model/resolve-key.js';
import type { KeyRow } from '../store.js';

export interface GenerateMacInput {
  Message?: Uint8Array;
  KeyId?: string;
  MacAlgorithm?: string;
  GrantTokens?: string[];
  DryRun?: boolean;
}

export function computeMac(ctx: OperationContext, input: GenerateMacInput, operation: string): { row: KeyRow; mac: Buffer; algorithm: string } {
  required(input.Message, 'message');
  required(input.MacAlgorithm, 'macAlgorithm');
  const message = Buffer.from(input.Message!);
  if (message.length < 1 || message.length > 4096) throw constraint('[SENSITIVE]', 'message', 'Member must have length between 1 and 4096');
  const row = keyFor(ctx, input.KeyId, 'GENERATE_VERIFY_MAC', operation);
  const algorithm = input.MacAlgorithm!;
  checkAlgorithm(row, algorithm, 'mac');
  const mac = createHmac(algorithmHash(algorithm), keyMaterial(ctx, row)).update(message).digest();
  return { row, mac, algorithm };
}

export function generateMac(input: GenerateMacInput, ctx: OperationContext) {
  const { row, mac, algorithm } = computeMac(ctx, input, 'GenerateMac');
  checkDryRun(input);
  return { Mac: mac, MacAlgorithm: algorithm, KeyId: row.arn };
}
