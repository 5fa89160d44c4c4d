import { defineService } from '../define-service.js';
import { getCallerIdentity } from './operations/get-caller-identity.js';

export const stsService = defineService({
  name: 'sts',
  operations: {
    GetCallerIdentity: getCallerIdentity,
  },
});
