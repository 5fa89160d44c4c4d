import { defineService } from '../define-service.js';
import { getMetricData } from './operations/get-metric-data.js';
import { getMetricStatistics } from './operations/get-metric-statistics.js';
import { listMetrics } from './operations/list-metrics.js';
import { putMetricData } from './operations/put-metric-data.js';

export const cloudwatchService = defineService({
  name: 'cloudwatch',
  operations: {
    GetMetricData: getMetricData,
    GetMetricStatistics: getMetricStatistics,
    ListMetrics: listMetrics,
    PutMetricData: putMetricData,
  },
});
