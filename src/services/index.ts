import type { ServiceDefinition } from './define-service.js';
import { stsService } from './sts/index.js';

/** Every service Kumo implements; `--services` picks a subset. */
export const ALL_SERVICES: readonly ServiceDefinition[] = [stsService];
