import { AwsError } from '../../shared/aws-error.js';

/** DynamoDB Streams' errors with AWS's codes and messages. */

export function validation(message: string): AwsError {
  return new AwsError('ValidationException', message);
}

export function streamNotFound(arn: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Requested resource not found: Stream: ${arn} not found`);
}

export function shardNotFound(shardId: string, arn: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Requested resource not found: Shard: ${shardId} in Stream: ${arn} not found`);
}

export function tableNotFound(tableName: string): AwsError {
  return new AwsError('ResourceNotFoundException', `Requested resource not found: Table: ${tableName} not found`);
}

/** Java's Date.toString, which the message DynamoDB Streams shares with Kinesis prints. */
function javaDate(ms: number): string {
  const d = new Date(ms);
  const [weekday, month, day, year] = d.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${d.toISOString().slice(11, 19)} UTC ${year}`;
}

export function expiredIterator(issuedMs: number, nowMs: number, toleratedMs: number): AwsError {
  return new AwsError(
    'ExpiredIteratorException',
    `Iterator expired. The iterator was created at time ${javaDate(issuedMs)} while right now it is ${javaDate(nowMs)} which is further in the future than the tolerated delay of ${toleratedMs} milliseconds.`,
  );
}

export function trimmedDataAccess(): AwsError {
  return new AwsError('TrimmedDataAccessException', 'The operation attempted to read past the oldest stream record in a shard.');
}
