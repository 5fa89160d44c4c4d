import { malformedXml } from '../errors.js';
import type { Tag } from '../store.js';
import { checkConfigId } from './config-sets.js';
import { checkBucketArn } from './inventory-config.js';
import { validateTags } from './tags.js';

/* PutBucketAnalyticsConfiguration's configuration (storage class analysis), in AWS's wire member names. */

export interface AnalyticsConfiguration {
  Id: string;
  Filter?: { Prefix?: string; Tag?: Tag; And?: { Prefix?: string; Tags?: Tag[] } };
  StorageClassAnalysis: {
    DataExport?: {
      OutputSchemaVersion: string;
      Destination: { S3BucketDestination: { Format: string; BucketAccountId?: string; Bucket: string; Prefix?: string } };
    };
  };
}

export function validateAnalytics(config: AnalyticsConfiguration | undefined): AnalyticsConfiguration {
  if (!config || !config.StorageClassAnalysis) throw malformedXml();
  checkConfigId(config.Id);
  const f = config.Filter;
  if (f) {
    if ([f.Prefix, f.Tag, f.And].filter((v) => v !== undefined).length !== 1) throw malformedXml();
    validateTags([...(f.Tag ? [f.Tag] : []), ...(f.And?.Tags ?? [])], 10);
  }
  const exported = config.StorageClassAnalysis.DataExport;
  if (exported) {
    if (exported.OutputSchemaVersion !== 'V_1') throw malformedXml();
    const destination = exported.Destination?.S3BucketDestination;
    if (!destination || destination.Format !== 'CSV') throw malformedXml();
    checkBucketArn(destination.Bucket);
    if (destination.BucketAccountId !== undefined && !/^\d{12}$/.test(destination.BucketAccountId)) throw malformedXml();
  }
  return config;
}
