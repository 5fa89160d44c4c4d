import { AwsError } from '../../shared/aws-error.js';

/*
 * SQS is query-compatible: JSON clients see the Smithy shape name in `__type`, query clients
 * (and JSON clients, through x-amzn-query-error) the awsQuery-era code, so each error has both.
 */

function sqsError(code: string, queryCode: string, message: string, status = 400): AwsError {
  return new AwsError(code, message, { queryCode, status });
}

export function queueDoesNotExist(): AwsError {
  return sqsError('QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
}

export function queueNameExists(attribute: string): AwsError {
  return sqsError('QueueNameExists', 'QueueAlreadyExists', `A queue already exists with the same name and a different value for attribute ${attribute}`);
}

export function queueDeletedRecently(name: string): AwsError {
  return sqsError(
    'QueueDeletedRecently',
    'AWS.SimpleQueueService.QueueDeletedRecently',
    `You must wait 60 seconds after deleting a queue before you can create another with the same name. Queue name: ${name}`,
  );
}

export function purgeQueueInProgress(queueUrl: string): AwsError {
  return sqsError(
    'PurgeQueueInProgress',
    'AWS.SimpleQueueService.PurgeQueueInProgress',
    `Only one PurgeQueue operation on ${queueUrl.split('/').pop() ?? ''} is allowed every 60 seconds.`,
    403,
  );
}

export function invalidParameterValue(message: string): AwsError {
  return sqsError('InvalidParameterValue', 'InvalidParameterValue', message);
}

/** AWS's usual wording for one bad parameter. */
export function invalidValue(parameter: string, value: unknown, reason: string): AwsError {
  return invalidParameterValue(`Value ${String(value)} for parameter ${parameter} is invalid. Reason: ${reason}`);
}

export function missingParameter(parameter: string): AwsError {
  return sqsError('MissingParameter', 'MissingParameter', `The request must contain the parameter ${parameter}.`);
}

export function invalidAttributeName(message: string): AwsError {
  return sqsError('InvalidAttributeName', 'InvalidAttributeName', message);
}

export function invalidAttributeValue(message: string): AwsError {
  return sqsError('InvalidAttributeValue', 'InvalidAttributeValue', message);
}

export function invalidMessageContents(message: string): AwsError {
  return sqsError('InvalidMessageContents', 'InvalidMessageContents', message);
}

export function invalidAddress(url: string): AwsError {
  return sqsError('InvalidAddress', 'InvalidAddress', `The address ${url} is not valid for this endpoint.`, 404);
}

export function receiptHandleIsInvalid(handle: string): AwsError {
  return sqsError('ReceiptHandleIsInvalid', 'ReceiptHandleIsInvalid', `The input receipt handle "${handle}" is not a valid receipt handle.`, 404);
}

export function messageNotInflight(): AwsError {
  return sqsError('MessageNotInflight', 'AWS.SimpleQueueService.MessageNotInflight', 'The message referred to is not in flight.');
}

export function emptyBatchRequest(entryName: string): AwsError {
  return sqsError('EmptyBatchRequest', 'AWS.SimpleQueueService.EmptyBatchRequest', `There should be at least one ${entryName} in the request.`);
}

export function tooManyEntriesInBatchRequest(count: number): AwsError {
  return sqsError(
    'TooManyEntriesInBatchRequest',
    'AWS.SimpleQueueService.TooManyEntriesInBatchRequest',
    `Maximum number of entries per request are 10. You have sent ${count}.`,
  );
}

export function invalidBatchEntryId(): AwsError {
  return sqsError(
    'InvalidBatchEntryId',
    'AWS.SimpleQueueService.InvalidBatchEntryId',
    'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
  );
}

export function batchEntryIdsNotDistinct(id: string): AwsError {
  return sqsError('BatchEntryIdsNotDistinct', 'AWS.SimpleQueueService.BatchEntryIdsNotDistinct', `Id ${id} repeated.`);
}

export function batchRequestTooLong(limit: number, size: number): AwsError {
  return sqsError(
    'BatchRequestTooLong',
    'AWS.SimpleQueueService.BatchRequestTooLong',
    `Batch requests cannot be longer than ${limit} bytes. You have sent ${size} bytes.`,
  );
}

export function resourceNotFound(message: string): AwsError {
  return sqsError('ResourceNotFoundException', 'ResourceNotFoundException', message, 404);
}

export function unsupportedOperation(message: string): AwsError {
  return sqsError('UnsupportedOperation', 'AWS.SimpleQueueService.UnsupportedOperation', message);
}

export function overLimit(message: string): AwsError {
  return sqsError('OverLimit', 'OverLimit', message, 403);
}
