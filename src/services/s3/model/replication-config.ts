import { randomBytes } from 'node:crypto';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidRequest, malformedXml } from '../errors.js';
import type { BucketRow, Tag } from '../store.js';
import { STORAGE_CLASSES } from './object-rows.js';
import { validateTags } from './tags.js';

/* PutBucketReplication's configuration, kept on the bucket row in AWS's wire member names. */

interface StatusOnly {
  Status: string;
}

export interface ReplicationFilter {
  Prefix?: string;
  Tag?: Tag;
  And?: { Prefix?: string; Tags?: Tag[] };
}

export interface ReplicationDestination {
  Bucket: string;
  Account?: string;
  StorageClass?: string;
  AccessControlTranslation?: { Owner: string };
  EncryptionConfiguration?: { ReplicaKmsKeyID?: string };
  ReplicationTime?: { Status: string; Time?: { Minutes?: number } };
  Metrics?: { Status: string; EventThreshold?: { Minutes?: number } };
}

export interface ReplicationRule {
  ID?: string;
  Priority?: number;
  /** The V1 schema's rule-level prefix (no Filter): delete markers always replicate. */
  Prefix?: string;
  Filter?: ReplicationFilter;
  Status: string;
  SourceSelectionCriteria?: { SseKmsEncryptedObjects?: StatusOnly; ReplicaModifications?: StatusOnly };
  ExistingObjectReplication?: StatusOnly;
  Destination: ReplicationDestination;
  DeleteMarkerReplication?: StatusOnly;
}

export interface ReplicationConfiguration {
  Role: string;
  Rules: ReplicationRule[];
}

const V2_REQUIRED = 'for this version of Cross Region Replication configuration schema. Please refer to S3 Developer Guide for more information.';

export const replicationNotFound = (bucket: string) =>
  new AwsError('ReplicationConfigurationNotFoundError', 'The replication configuration was not found', { status: 404, fields: { BucketName: bucket } });

/** The bucket name of a destination ARN (`arn:aws:s3:::name`), or undefined for anything else. */
export function destinationBucketName(arn: string): string | undefined {
  const match = /^arn:aws[a-z-]*:s3:::([^/:]+)$/.exec(arn);
  return match?.[1];
}

function checkStatus(value: StatusOnly | undefined): void {
  if (value !== undefined && value.Status !== 'Enabled' && value.Status !== 'Disabled') throw malformedXml();
}

function filterTags(filter: ReplicationFilter | undefined): Tag[] {
  if (!filter) return [];
  return [...(filter.Tag ? [filter.Tag] : []), ...(filter.And?.Tags ?? [])];
}

/**
 * Checks a configuration as S3 does and returns what is stored (rules without an ID get one).
 * `lookup` finds a destination bucket by name.
 */
export function validateReplication(
  source: BucketRow,
  config: ReplicationConfiguration | undefined,
  lookup: (name: string) => BucketRow | undefined,
): ReplicationConfiguration {
  if (!config || typeof config.Role !== 'string' || config.Role === '' || !Array.isArray(config.Rules)) throw malformedXml();
  if (source.versioning !== 'Enabled') throw invalidRequest("Versioning must be 'Enabled' on the bucket to apply a replication configuration");
  if (config.Rules.length === 0 || config.Rules.length > 1000) throw malformedXml();
  const ids = new Set<string>();
  const priorities = new Set<number>();
  const v2 = config.Rules.some((r) => r.Filter !== undefined);
  const rules = config.Rules.map((rule): ReplicationRule => {
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled') throw malformedXml();
    if (!rule.Destination || typeof rule.Destination.Bucket !== 'string') throw malformedXml();
    if (v2 !== (rule.Filter !== undefined) || (rule.Filter !== undefined && rule.Prefix !== undefined)) throw malformedXml();
    [rule.DeleteMarkerReplication, rule.ExistingObjectReplication, rule.SourceSelectionCriteria?.SseKmsEncryptedObjects, rule.SourceSelectionCriteria?.ReplicaModifications].forEach(checkStatus);
    const id = rule.ID ?? randomBytes(36).toString('base64');
    if (id.length > 255) throw new AwsError('InvalidArgument', 'ID length should not exceed allowed limit of 255', { fields: { ArgumentName: 'ID', ArgumentValue: id } });
    if (ids.has(id)) throw invalidRequest('Rule Id must be unique. Found same ID for more than one rule');
    ids.add(id);
    if (rule.Filter) {
      const f = rule.Filter;
      const kinds = [f.Prefix !== undefined, f.Tag !== undefined, f.And !== undefined].filter(Boolean).length;
      if (kinds > 1) throw malformedXml();
      validateTags(filterTags(f), 10);
      if (rule.DeleteMarkerReplication === undefined) throw invalidRequest(`DeleteMarkerReplication must be specified ${V2_REQUIRED}`);
      if (filterTags(f).length > 0 && rule.DeleteMarkerReplication.Status === 'Enabled') {
        throw invalidRequest('Delete marker replication is not supported if any Tag filter is specified. Please refer to S3 Developer Guide for more information.');
      }
      if (config.Rules.length > 1 && rule.Priority === undefined) throw invalidRequest(`Priority must be specified ${V2_REQUIRED}`);
      if (rule.Priority !== undefined) {
        if (priorities.has(rule.Priority)) throw invalidRequest('Found overlapping priority in replication configuration. Rules must have unique priorities.');
        priorities.add(rule.Priority);
      }
    } else if (rule.DeleteMarkerReplication !== undefined || rule.ExistingObjectReplication !== undefined) {
      // Both belong to the V2 schema (rules with a Filter).
      throw malformedXml();
    }
    checkDestination(rule.Destination, source, lookup);
    return { ...rule, ID: id };
  });
  return { Role: config.Role, Rules: rules };
}

function checkDestination(destination: ReplicationDestination, source: BucketRow, lookup: (name: string) => BucketRow | undefined): void {
  const name = destinationBucketName(destination.Bucket);
  if (name === undefined) throw new AwsError('InvalidArgument', 'Invalid bucket ARN.', { fields: { ArgumentName: 'Bucket', ArgumentValue: destination.Bucket } });
  if (name === source.name) throw invalidRequest('Destination bucket cannot be the same as the source bucket.');
  if (destination.StorageClass !== undefined && !(STORAGE_CLASSES as readonly string[]).includes(destination.StorageClass)) throw malformedXml();
  if (destination.AccessControlTranslation) {
    if (destination.AccessControlTranslation.Owner !== 'Destination') throw malformedXml();
    if (destination.Account === undefined) throw invalidRequest('Destination Account must be specified when AccessControlTranslation is specified.');
  }
  const target = lookup(name);
  if (!target) throw invalidRequest('Destination bucket must exist.');
  if (target.versioning !== 'Enabled') throw invalidRequest('Destination bucket must have versioning enabled.');
}

/** Whether a rule covers a key with these tags (delete markers have none). */
export function ruleMatches(rule: ReplicationRule, key: string, tags: readonly Tag[]): boolean {
  if (rule.Status !== 'Enabled') return false;
  const f = rule.Filter;
  if (!f) return key.startsWith(rule.Prefix ?? '');
  const prefix = f.Prefix ?? f.And?.Prefix ?? '';
  if (!key.startsWith(prefix)) return false;
  return filterTags(f).every((want) => tags.some((t) => t.Key === want.Key && t.Value === want.Value));
}

/** Delete markers replicate under V1 rules always, under V2 rules when DeleteMarkerReplication is Enabled. */
export function replicatesDeleteMarkers(rule: ReplicationRule): boolean {
  if (!rule.Filter) return true;
  return rule.DeleteMarkerReplication?.Status === 'Enabled' && filterTags(rule.Filter).length === 0;
}

/**
 * The rules that apply to a new version, one per destination bucket (the highest priority
 * wins among rules sharing a destination, as S3 resolves overlapping rules).
 */
export function applicableRules(config: ReplicationConfiguration, key: string, tags: readonly Tag[], deleteMarker: boolean): ReplicationRule[] {
  const byDestination = new Map<string, ReplicationRule>();
  for (const rule of config.Rules) {
    if (!ruleMatches(rule, key, deleteMarker ? [] : tags)) continue;
    const held = byDestination.get(rule.Destination.Bucket);
    if (!held || (rule.Priority ?? 0) > (held.Priority ?? 0)) byDestination.set(rule.Destination.Bucket, rule);
  }
  return [...byDestination.values()].filter((rule) => !deleteMarker || replicatesDeleteMarkers(rule));
}
