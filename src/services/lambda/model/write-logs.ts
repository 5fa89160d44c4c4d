import { isAwsError } from '../../../shared/aws-error.js';
import type { LambdaRuntime } from '../runtime-state.js';
import type { InvocationScope } from './run-invocation.js';

/**
 * Writes an invocation's log to CloudWatch Logs, one event per line (a `\r` inside a line
 * was a newline inside one message, as AWS's runtimes write them). Creates the group and the
 * environment's stream on first use. Without the CloudWatch Logs service, logs are dropped.
 */
export async function writeInvocationLog(runtime: LambdaRuntime, scope: InvocationScope, group: string, stream: string, log: string): Promise<void> {
  const options = { accountId: scope.accountId, region: scope.region };
  const target = `${scope.accountId}/${scope.region}/${group}/${stream}`;
  try {
    if (!runtime.logTargets.has(target)) {
      await ignoreExists(runtime.aws.call('cloudwatch-logs', 'CreateLogGroup', { logGroupName: group }, options));
      await ignoreExists(runtime.aws.call('cloudwatch-logs', 'CreateLogStream', { logGroupName: group, logStreamName: stream }, options));
      runtime.logTargets.add(target);
    }
    const timestamp = runtime.clock.now();
    const logEvents = log
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => ({ timestamp, message: line.replace(/\r/g, '\n').slice(0, 256 * 1024) }));
    // PutLogEvents takes at most 10,000 events and 1 MB per call.
    for (let start = 0; start < logEvents.length; ) {
      let bytes = 0;
      let end = start;
      while (end < logEvents.length && end - start < 5000 && bytes + Buffer.byteLength(logEvents[end]!.message) + 26 <= 900_000) {
        bytes += Buffer.byteLength(logEvents[end]!.message) + 26;
        end++;
      }
      end = Math.max(end, start + 1);
      await runtime.aws.call('cloudwatch-logs', 'PutLogEvents', { logGroupName: group, logStreamName: stream, logEvents: logEvents.slice(start, end) }, options);
      start = end;
    }
  } catch (error) {
    if (isAwsError(error) && error.code === 'NotImplemented') return;
    if (isAwsError(error) && error.code === 'ResourceNotFoundException') {
      // The group or stream was deleted by someone: create them again next time.
      runtime.logTargets.delete(target);
      return;
    }
    throw error;
  }
}

async function ignoreExists(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!(isAwsError(error) && error.code === 'ResourceAlreadyExistsException')) throw error;
  }
}
