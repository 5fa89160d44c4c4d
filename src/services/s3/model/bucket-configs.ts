import type { Tag } from '../store.js';

/* The bucket configurations kept on the bucket row, in AWS's wire member names so Get* returns them as stored. */

export interface LifecycleFilter {
  Prefix?: string;
  Tag?: Tag;
  ObjectSizeGreaterThan?: number;
  ObjectSizeLessThan?: number;
  And?: { Prefix?: string; Tags?: Tag[]; ObjectSizeGreaterThan?: number; ObjectSizeLessThan?: number };
}

export interface LifecycleRule {
  ID?: string;
  Status: 'Enabled' | 'Disabled';
  /** The legacy rule-level prefix (no Filter). */
  Prefix?: string;
  Filter?: LifecycleFilter;
  /** Dates as epoch ms. */
  Expiration?: { Date?: number; Days?: number; ExpiredObjectDeleteMarker?: boolean };
  Transitions?: Array<{ Date?: number; Days?: number; StorageClass: string }>;
  NoncurrentVersionTransitions?: Array<{ NoncurrentDays: number; StorageClass: string; NewerNoncurrentVersions?: number }>;
  NoncurrentVersionExpiration?: { NoncurrentDays?: number; NewerNoncurrentVersions?: number };
  AbortIncompleteMultipartUpload?: { DaysAfterInitiation: number };
}

export interface BucketLifecycle {
  rules: LifecycleRule[];
  transitionDefaultMinimumObjectSize: string;
}

export interface NotificationFilter {
  prefix?: string;
  suffix?: string;
}

export interface NotificationTarget {
  kind: 'queue' | 'topic' | 'lambda';
  id: string;
  arn: string;
  events: string[];
  filter: NotificationFilter;
  /** The FilterRules as sent, for Get (names in the case the client used). */
  filterRules?: Array<{ Name: string; Value: string }>;
}

export interface BucketNotification {
  targets: NotificationTarget[];
  eventBridge: boolean;
}

export interface BucketEncryption {
  algorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse';
  kmsKeyId?: string;
  bucketKeyEnabled: boolean;
}

export interface ObjectLockRule {
  mode: 'GOVERNANCE' | 'COMPLIANCE';
  days?: number;
  years?: number;
}
