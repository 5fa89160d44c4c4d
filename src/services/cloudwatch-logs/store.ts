import { defineTable } from '../../store/types.js';
import type { LogEventRow, LogGroup, LogStream } from './model.js';
import type { MetricFilterRecord, SubscriptionFilterRecord } from './model/log-filters.js';
import type { QueryRecord } from './operations/start-query.js';

export const groupsTable = defineTable<LogGroup>({ service: 'cloudwatch-logs', name: 'groups', scope: 'region' });
export const streamsTable = defineTable<LogStream>({ service: 'cloudwatch-logs', name: 'streams', scope: 'region' });
export const eventsTable = defineTable<LogEventRow>({ service: 'cloudwatch-logs', name: 'events', scope: 'region' });
export const metricFiltersTable = defineTable<MetricFilterRecord>({ service: 'cloudwatch-logs', name: 'metric-filters', scope: 'region' });
export const subscriptionFiltersTable = defineTable<SubscriptionFilterRecord>({ service: 'cloudwatch-logs', name: 'subscription-filters', scope: 'region' });
/** Logs Insights queries and their results, by query id. */
export const queriesTable = defineTable<QueryRecord>({ service: 'cloudwatch-logs', name: 'queries', scope: 'region' });
