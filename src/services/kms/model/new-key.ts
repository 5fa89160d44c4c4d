import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { dueKey, dueTable, keysTable, type KeyRow, type Tag } from '../store.js';
import { defaultKeyPolicy } from './key-policy.js';
import { KEY_SPECS, generateMaterial } from './key-specs.js';
import { wrapMaterial } from './master-key.js';

export interface NewKeyOptions {
  keySpec: string;
  keyUsage: string;
  description?: string;
  policy?: string;
  tags?: Tag[];
  keyManager?: 'CUSTOMER' | 'AWS';
  multiRegion?: boolean;
  origin?: string;
}

/** Creates and stores a key with fresh material (symmetric keys of AWS managed keys rotate yearly). */
export function createKeyRow(ctx: OperationContext, options: NewKeyOptions): KeyRow {
  const keyId = options.multiRegion ? `mrk-${randomBytes(16).toString('hex')}` : randomUUID();
  const material = generateMaterial(KEY_SPECS[options.keySpec]);
  const managed = options.keyManager === 'AWS';
  const now = ctx.clock.now();
  const row: KeyRow = {
    keyId,
    arn: keyArn(ctx.region, ctx.accountId, keyId),
    accountId: ctx.accountId,
    region: ctx.region,
    creationMs: now,
    description: options.description ?? '',
    keyUsage: options.keyUsage,
    keySpec: options.keySpec,
    state: 'Enabled',
    origin: options.origin ?? 'AWS_KMS',
    keyManager: options.keyManager ?? 'CUSTOMER',
    multiRegion: options.multiRegion ?? false,
    policy: options.policy ?? defaultKeyPolicy(ctx.accountId),
    tags: options.tags ?? [],
    rotationEnabled: managed,
    rotations: [],
    materials: [wrapMaterial(ctx.store, keyId, material.secret)],
  };
  if (managed) {
    row.rotationPeriodDays = 365;
    row.nextRotationMs = now + 365 * 86_400_000;
    const due = { kind: 'rotate' as const, accountId: ctx.accountId, region: ctx.region, keyId };
    ctx.table(dueTable).put(dueKey(row.nextRotationMs, due), due);
  }
  if (row.multiRegion) {
    row.primaryRegion = ctx.region;
    row.replicaRegions = [];
  }
  if (material.publicKey) row.publicKey = material.publicKey.toString('base64');
  ctx.table(keysTable).put(keyId, row);
  return row;
}

export function keyArn(region: string, accountId: string, keyId: string): string {
  return `arn:aws:kms:${region}:${accountId}:key/${keyId}`;
}

export function aliasArn(region: string, accountId: string, aliasName: string): string {
  return `arn:aws:kms:${region}:${accountId}:${aliasName}`;
}
