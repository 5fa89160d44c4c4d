/** An HTTP delivery policy's healthyRetryPolicy, as SNS documents it. */
export interface RetryPolicy {
  minDelayTarget: number;
  maxDelayTarget: number;
  numRetries: number;
  numMaxDelayRetries: number;
  numNoDelayRetries: number;
  numMinDelayRetries: number;
  backoffFunction: string;
}

/**
 * Seconds to wait before retry `n` (1-based), or undefined when retries are spent. SNS retries
 * in four phases: immediate, at the minimum delay, backing off from minimum to maximum, then
 * at the maximum (https://docs.aws.amazon.com/sns/latest/dg/sns-message-delivery-retries.html).
 */
export function retryDelaySeconds(policy: RetryPolicy, n: number): number | undefined {
  if (n > policy.numRetries) return undefined;
  const noDelay = policy.numNoDelayRetries;
  const minDelay = policy.numMinDelayRetries;
  const maxDelay = policy.numMaxDelayRetries;
  const backoff = Math.max(0, policy.numRetries - noDelay - minDelay - maxDelay);
  if (n <= noDelay) return 0;
  if (n <= noDelay + minDelay) return policy.minDelayTarget;
  const i = n - noDelay - minDelay;
  if (i > backoff) return policy.maxDelayTarget;
  const min = policy.minDelayTarget;
  const max = policy.maxDelayTarget;
  const fraction = backoff === 1 ? 1 : (i - 1) / (backoff - 1);
  switch (policy.backoffFunction) {
    case 'arithmetic':
      return Math.round(min + (max - min) * fraction * fraction);
    case 'geometric':
      return Math.round(min + (max - min) * Math.sqrt(fraction));
    case 'exponential':
      return Math.round(min * Math.pow(Math.max(max, 1) / Math.max(min, 1), fraction));
    default:
      return Math.round(min + (max - min) * fraction);
  }
}
