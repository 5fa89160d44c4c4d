import { AwsError } from '../../../shared/aws-error.js';
import { invalidArgument, invalidRequest, malformedXml } from '../errors.js';
import type { ObjectRow, Tag } from '../store.js';
import type { LifecycleFilter, LifecycleRule } from './bucket-configs.js';
import { DAY_MS } from './restore.js';

/** A rule's prefix: the legacy rule Prefix, or the filter's. */
export function rulePrefix(rule: LifecycleRule): string {
  return rule.Prefix ?? rule.Filter?.Prefix ?? rule.Filter?.And?.Prefix ?? '';
}

/** Whether an object falls under a rule's filter: prefix, every tag, strict size bounds. */
export function ruleMatches(rule: LifecycleRule, row: Pick<ObjectRow, 'key' | 'size' | 'tags'>): boolean {
  if (!row.key.startsWith(rulePrefix(rule))) return false;
  const f = rule.Filter;
  if (!f) return true;
  const tags: Tag[] = f.Tag ? [f.Tag] : (f.And?.Tags ?? []);
  if (!tags.every((t) => row.tags?.some((o) => o.Key === t.Key && o.Value === t.Value))) return false;
  const greater = f.ObjectSizeGreaterThan ?? f.And?.ObjectSizeGreaterThan;
  const less = f.ObjectSizeLessThan ?? f.And?.ObjectSizeLessThan;
  if (greater !== undefined && !(row.size > greater)) return false;
  if (less !== undefined && !(row.size < less)) return false;
  return true;
}

export interface WireRule {
  ID?: string;
  Status?: string;
  Prefix?: string;
  Filter?: LifecycleFilter;
  Expiration?: { Date?: Date; Days?: number; ExpiredObjectDeleteMarker?: boolean };
  Transitions?: Array<{ Date?: Date; Days?: number; StorageClass?: string }>;
  NoncurrentVersionTransitions?: Array<{ NoncurrentDays?: number; StorageClass?: string; NewerNoncurrentVersions?: number }>;
  NoncurrentVersionExpiration?: { NoncurrentDays?: number; NewerNoncurrentVersions?: number };
  AbortIncompleteMultipartUpload?: { DaysAfterInitiation?: number };
}

const TRANSITION_CLASSES = new Set(['STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR']);
/** Infrequent-access classes need objects 30 days old. */
const THIRTY_DAY_CLASSES = new Set(['STANDARD_IA', 'ONEZONE_IA']);

function midnightDate(date: Date, action: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms) || ms % DAY_MS !== 0) throw invalidArgument(`'Date' must be at midnight GMT`, action, date.toISOString());
  return ms;
}

function positive(value: number | undefined, message: string, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value <= 0)) throw invalidArgument(message, name, String(value));
}

/** PutBucketLifecycleConfiguration's checks, with AWS's errors; returns the rules as stored. */
export function validateLifecycleRules(wire: readonly WireRule[]): LifecycleRule[] {
  if (wire.length === 0 || wire.length > 1000) throw malformedXml();
  const ids = new Set<string>();
  return wire.map((r) => {
    if (r.Status !== 'Enabled' && r.Status !== 'Disabled') throw malformedXml();
    if (r.ID !== undefined) {
      if (r.ID.length > 255) throw invalidArgument('ID length should not exceed allowed limit of 255', 'ID', r.ID);
      if (ids.has(r.ID)) throw invalidArgument('Rule ID must be unique. Found same ID for more than one rule', 'ID', r.ID);
      ids.add(r.ID);
    }
    if (r.Prefix !== undefined && r.Filter !== undefined) throw malformedXml();
    const f = r.Filter;
    if (f) {
      const set = [f.Prefix, f.Tag, f.And, f.ObjectSizeGreaterThan, f.ObjectSizeLessThan].filter((x) => x !== undefined).length;
      if (set > 1) throw malformedXml();
      const greater = f.ObjectSizeGreaterThan ?? f.And?.ObjectSizeGreaterThan;
      const less = f.ObjectSizeLessThan ?? f.And?.ObjectSizeLessThan;
      if (greater !== undefined && less !== undefined && less <= greater) {
        throw invalidArgument('ObjectSizeLessThan must be greater than ObjectSizeGreaterThan', 'ObjectSizeLessThan', String(less));
      }
    }
    const hasTags = f?.Tag !== undefined || (f?.And?.Tags?.length ?? 0) > 0;
    if (!r.Expiration && !r.Transitions?.length && !r.NoncurrentVersionTransitions?.length && !r.NoncurrentVersionExpiration && !r.AbortIncompleteMultipartUpload) {
      throw invalidRequest('At least one action needs to be specified in a rule');
    }
    const rule: LifecycleRule = { Status: r.Status, ...(r.ID !== undefined ? { ID: r.ID } : {}) };
    if (r.Prefix !== undefined) rule.Prefix = r.Prefix;
    if (f) rule.Filter = f;
    if (r.Expiration) {
      const e = r.Expiration;
      const count = [e.Date, e.Days, e.ExpiredObjectDeleteMarker].filter((x) => x !== undefined).length;
      if (count !== 1) {
        if (e.ExpiredObjectDeleteMarker !== undefined) throw invalidRequest('ExpiredObjectDeleteMarker cannot be specified with Days or Date in a Lifecycle Expiration Policy.');
        throw malformedXml();
      }
      if (e.ExpiredObjectDeleteMarker !== undefined && hasTags) throw invalidRequest('Tags cannot be specified with ExpiredObjectDeleteMarker in a Lifecycle Expiration Policy.');
      positive(e.Days, "'Days' for Expiration action must be a positive integer", 'Days');
      rule.Expiration = e.Date !== undefined ? { Date: midnightDate(e.Date, 'Date') } : e.Days !== undefined ? { Days: e.Days } : { ExpiredObjectDeleteMarker: e.ExpiredObjectDeleteMarker! };
    }
    if (r.Transitions?.length) {
      rule.Transitions = r.Transitions.map((t) => {
        if (t.StorageClass === undefined || !TRANSITION_CLASSES.has(t.StorageClass)) throw malformedXml();
        if ((t.Date === undefined) === (t.Days === undefined)) throw malformedXml();
        if (t.Days !== undefined) {
          if (!Number.isInteger(t.Days) || t.Days < 0) throw invalidArgument("'Days' in Transition action must be nonnegative", 'Days', String(t.Days));
          if (THIRTY_DAY_CLASSES.has(t.StorageClass) && t.Days < 30) {
            throw invalidArgument(`'Days' in Transition action must be greater than or equal to 30 for storageClass '${t.StorageClass}'`, 'Days', String(t.Days));
          }
          return { Days: t.Days, StorageClass: t.StorageClass };
        }
        return { Date: midnightDate(t.Date!, 'Date'), StorageClass: t.StorageClass };
      });
      const days = rule.Expiration?.Days;
      if (days !== undefined && rule.Transitions.some((t) => t.Days !== undefined && t.Days >= days)) {
        throw invalidArgument(`'Days' in the Expiration action for filter must be greater than 'Days' in the Transition action`, 'Days', String(days));
      }
    }
    if (r.NoncurrentVersionTransitions?.length) {
      rule.NoncurrentVersionTransitions = r.NoncurrentVersionTransitions.map((t) => {
        if (t.StorageClass === undefined || !TRANSITION_CLASSES.has(t.StorageClass) || t.NoncurrentDays === undefined) throw malformedXml();
        if (!Number.isInteger(t.NoncurrentDays) || t.NoncurrentDays < 0) throw invalidArgument("'NoncurrentDays' in NoncurrentVersionTransition action must be nonnegative", 'NoncurrentDays', String(t.NoncurrentDays));
        if (THIRTY_DAY_CLASSES.has(t.StorageClass) && t.NoncurrentDays < 30) {
          throw invalidArgument(`'NoncurrentDays' in NoncurrentVersionTransition action must be greater than or equal to 30 for storageClass '${t.StorageClass}'`, 'NoncurrentDays', String(t.NoncurrentDays));
        }
        return { NoncurrentDays: t.NoncurrentDays, StorageClass: t.StorageClass, ...(t.NewerNoncurrentVersions !== undefined ? { NewerNoncurrentVersions: t.NewerNoncurrentVersions } : {}) };
      });
    }
    if (r.NoncurrentVersionExpiration) {
      const e = r.NoncurrentVersionExpiration;
      positive(e.NoncurrentDays, "'NoncurrentDays' for NoncurrentVersionExpiration action must be a positive integer", 'NoncurrentDays');
      positive(e.NewerNoncurrentVersions, "'NewerNoncurrentVersions' for NoncurrentVersionExpiration action must be a positive integer", 'NewerNoncurrentVersions');
      rule.NoncurrentVersionExpiration = { ...e };
    }
    if (r.AbortIncompleteMultipartUpload) {
      if (hasTags) throw invalidRequest('AbortIncompleteMultipartUpload cannot be specified with Tags.');
      const days = r.AbortIncompleteMultipartUpload.DaysAfterInitiation;
      if (days === undefined) throw malformedXml();
      positive(days, "'DaysAfterInitiation' for AbortIncompleteMultipartUpload action must be a positive integer", 'DaysAfterInitiation');
      rule.AbortIncompleteMultipartUpload = { DaysAfterInitiation: days };
    }
    return rule;
  });
}

export const noSuchLifecycleConfiguration = (bucket: string) =>
  new AwsError('NoSuchLifecycleConfiguration', 'The lifecycle configuration does not exist', { status: 404, fields: { BucketName: bucket } });
