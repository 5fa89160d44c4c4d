import type { OperationContext } from '../../define-service.js';
import { changeMonitoring, type MonitoringInput } from '../model/monitoring.js';

export function disableEnhancedMonitoring(input: MonitoringInput, ctx: OperationContext): Record<string, unknown> {
  return changeMonitoring(input, ctx, false);
}
