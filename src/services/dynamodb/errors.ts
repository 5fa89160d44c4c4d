import { AwsError } from '../../shared/aws-error.js';
import { mapToWire, type AttributeMap } from './model/attribute-value.js';

/** DynamoDB's errors with AWS's codes, statuses and messages. */

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

/** "One or more parameter values were invalid: ..." is how DynamoDB words most item checks. */
export function invalidParameter(detail: string): AwsError {
  return validation(`One or more parameter values were invalid: ${detail}`);
}

export function resourceNotFound(message = 'Requested resource not found'): AwsError {
  return new AwsError('ResourceNotFoundException', message);
}

export function tableNotFound(tableName: string): AwsError {
  return resourceNotFound(`Requested resource not found: Table: ${tableName} not found`);
}

export function resourceInUse(message: string): AwsError {
  return new AwsError('ResourceInUseException', message);
}

export function conditionalCheckFailed(item?: AttributeMap): AwsError {
  return new AwsError('ConditionalCheckFailedException', 'The conditional request failed', {
    fields: item ? { Item: mapToWire(item) } : {},
  });
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceededException', message);
}

export function idempotentParameterMismatch(): AwsError {
  return new AwsError(
    'IdempotentParameterMismatchException',
    'Request with the same client token was already processed with different parameters.',
  );
}

export function provisionedThroughputExceeded(): AwsError {
  return new AwsError(
    'ProvisionedThroughputExceededException',
    'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
  );
}

export interface CancellationReason {
  Code: string;
  Message?: string;
  Item?: AttributeMap;
}

export function transactionCanceled(reasons: CancellationReason[]): AwsError {
  const codes = reasons.map((r) => r.Code).join(', ');
  return new AwsError('TransactionCanceledException', `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes}]`, {
    fields: {
      CancellationReasons: reasons.map((r) => ({
        Code: r.Code,
        ...(r.Message !== undefined ? { Message: r.Message } : {}),
        ...(r.Item ? { Item: mapToWire(r.Item) } : {}),
      })),
    },
  });
}

export function tableNotFoundForBackup(tableName: string): AwsError {
  return new AwsError('TableNotFoundException', `Table not found: ${tableName}`);
}

export function tableAlreadyExists(tableName: string): AwsError {
  return new AwsError('TableAlreadyExistsException', `Table already exists: ${tableName}`);
}

export function backupNotFound(arn: string): AwsError {
  return new AwsError('BackupNotFoundException', `Backup not found: ${arn}`);
}

export function pointInTimeRecoveryUnavailable(tableName: string): AwsError {
  return new AwsError('PointInTimeRecoveryUnavailableException', `Point in time recovery is not enabled for table '${tableName}'`);
}

export function invalidRestoreTime(): AwsError {
  return new AwsError('InvalidRestoreTimeException', 'RestoreDateTime must be between EarliestRestorableDateTime and LatestRestorableDateTime');
}
