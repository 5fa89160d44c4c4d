import { timingSafeEqual } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidMac, required } from '../errors.js';
import { checkDryRun } from '../model/crypto.js';
import { computeMac, type GenerateMacInput } from './generate-mac.js';

export function verifyMac(input: GenerateMacInput & { Mac?: Uint8Array }, ctx: OperationContext) {
  required(input.Mac, 'mac');
  const { row, mac, algorithm } = computeMac(ctx, input, 'VerifyMac');
  checkDryRun(input);
  const given = Buffer.from(input.Mac!);
  if (given.length !== mac.length || !timingSafeEqual(given, mac)) throw invalidMac();
  return { KeyId: row.arn, MacValid: true, MacAlgorithm: algorithm };
}
