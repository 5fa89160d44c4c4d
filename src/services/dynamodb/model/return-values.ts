import { validation } from '../errors.js';
import { projectItem } from '../expressions/project.js';
import type { AttributeMap } from './attribute-value.js';
import type { PlannedWrite } from './plan-write.js';

const ALLOWED: Record<string, string[]> = {
  PutItem: ['NONE', 'ALL_OLD'],
  DeleteItem: ['NONE', 'ALL_OLD'],
  UpdateItem: ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'],
};

export function checkReturnValues(operation: 'PutItem' | 'DeleteItem' | 'UpdateItem', value: string | undefined): string {
  const mode = value ?? 'NONE';
  if (!ALLOWED[operation]!.includes(mode)) {
    if (['ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW', 'NONE'].includes(mode)) throw validation('Return values set to invalid value');
    throw validation(
      `1 validation error detected: Value '${mode}' at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set: [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]`,
    );
  }
  return mode;
}

/** The Attributes member of a write's answer. */
export function returnedAttributes(mode: string, write: PlannedWrite): AttributeMap | undefined {
  switch (mode) {
    case 'ALL_OLD':
      return write.old;
    case 'ALL_NEW':
      return write.next;
    case 'UPDATED_OLD':
    case 'UPDATED_NEW': {
      const source = mode === 'UPDATED_OLD' ? write.old : write.next;
      if (!source) return undefined;
      const projected = projectItem(source, (write.updated ?? []).map((a) => a.path));
      return Object.keys(projected).length > 0 ? projected : undefined;
    }
    default:
      return undefined;
  }
}
