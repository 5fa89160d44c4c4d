import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { replicaView } from '../model/find-secret.js';
import { checkFilters, matchesFilters, type Filter } from '../model/filters.js';
import { decodeToken, encodeToken, isOffset } from '../model/page-token.js';
import { secretDescription, versionsToStages } from '../model/secret-output.js';
import { secretsTable, type SecretRow } from '../store.js';

export interface ListSecretsInput {
  IncludePlannedDeletion?: boolean;
  MaxResults?: number;
  NextToken?: string;
  Filters?: Filter[];
  SortOrder?: string;
}

/** Live secrets of the region (expired ones dropped), matching the filters, by creation date. */
export function filteredSecrets(ctx: OperationContext, filters: Filter[], includeDeleted: boolean, descending = false): SecretRow[] {
  const now = ctx.clock.now();
  const rows = ctx
    .table(secretsTable)
    .list()
    .map((r) => replicaView(ctx, r.value))
    .filter((row): row is SecretRow => row !== undefined)
    .filter((row) => (row.deletionMs === undefined || row.deletionMs > now) && (includeDeleted || row.deletedMs === undefined) && matchesFilters(row, filters));
  rows.sort((a, b) => a.createdMs - b.createdMs || (a.name < b.name ? -1 : 1));
  return descending ? rows.reverse() : rows;
}

export function listSecrets(input: ListSecretsInput, ctx: OperationContext) {
  const max = input.MaxResults ?? 100;
  if (max < 1 || max > 100) throw validation(max, 'maxResults', 'Member must have value between 1 and 100');
  if (input.SortOrder !== undefined && input.SortOrder !== 'asc' && input.SortOrder !== 'desc') {
    throw validation(input.SortOrder, 'sortOrder', 'Member must satisfy enum value set: [asc, desc]');
  }
  const start = decodeToken(input.NextToken, isOffset)?.o ?? 0;
  const rows = filteredSecrets(ctx, checkFilters(input.Filters), input.IncludePlannedDeletion ?? false, input.SortOrder === 'desc');
  const page = rows.slice(start, start + max);
  return {
    SecretList: page.map((row) => ({ ...secretDescription(row), SecretVersionsToStages: versionsToStages(row) })),
    ...(start + max < rows.length ? { NextToken: encodeToken({ o: start + max }) } : {}),
  };
}
