import { malformedXml } from '../errors.js';
import type { Tag } from '../store.js';
import { checkConfigId } from './config-sets.js';
import { validateTags } from './tags.js';

/* PutBucketMetricsConfiguration's configuration (CloudWatch request metrics filters), in AWS's wire member names. */

export interface MetricsFilter {
  Prefix?: string;
  Tag?: Tag;
  AccessPointArn?: string;
  And?: { Prefix?: string; Tags?: Tag[]; AccessPointArn?: string };
}

export interface MetricsConfiguration {
  Id: string;
  Filter?: MetricsFilter;
}

const ACCESS_POINT = /^arn:aws[a-z-]*:s3:[a-z0-9-]+:\d{12}:accesspoint\/[a-z0-9-]{3,50}$/;

/** One filter kind at a time (And for several); tags follow the object tag rules. */
export function validateMetrics(config: MetricsConfiguration | undefined): MetricsConfiguration {
  if (!config) throw malformedXml();
  checkConfigId(config.Id);
  const f = config.Filter;
  if (f) {
    const kinds = [f.Prefix, f.Tag, f.AccessPointArn, f.And].filter((v) => v !== undefined).length;
    if (kinds !== 1) throw malformedXml();
    const tags = [...(f.Tag ? [f.Tag] : []), ...(f.And?.Tags ?? [])];
    validateTags(tags, 10);
    const arn = f.AccessPointArn ?? f.And?.AccessPointArn;
    if (arn !== undefined && !ACCESS_POINT.test(arn)) throw malformedXml();
  }
  return config;
}
