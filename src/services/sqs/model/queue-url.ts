import { isIP } from 'node:net';

/** Where a queue lives: its owner account, region and name. */
export interface QueueAddress {
  accountId: string;
  region: string;
  name: string;
}

/**
 * The URL clients get for a queue. On a named host it is the regional form LocalStack uses
 * (`http://sqs.us-east-1.localhost.localstack.cloud:4566/000000000000/q`); an IP address or
 * plain `localhost` takes no prefix (`sqs.us-east-1.127.0.0.1` would not resolve, and SDK v3
 * sends to the queue URL's host when no endpoint is configured), so it gets the path form.
 */
export function queueUrl(endpoint: string, address: QueueAddress): string {
  const url = new URL(endpoint);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  let host = url.host;
  if (isIP(hostname) === 0 && hostname !== 'localhost') {
    const bare = url.host.replace(/^sqs\.[a-z0-9-]+\./, '').replace(/^queue\./, '');
    host = `sqs.${address.region}.${bare}`;
  }
  return `${url.protocol}//${host}/${address.accountId}/${encodeURIComponent(address.name)}`;
}

export function queueArn(address: QueueAddress): string {
  return `arn:aws:sqs:${address.region}:${address.accountId}:${address.name}`;
}

const ACCOUNT = /^\d{12}$/;

/**
 * The queue a QueueUrl names, whatever host the client used: `/<account>/<name>`, or
 * LocalStack's `/queue/<region>/<account>/<name>`. The region comes from an
 * `sqs.<region>.` host when there is one, else from the request.
 */
export function parseQueueUrl(value: string, requestRegion: string): QueueAddress | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const parts = url.pathname.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
  let region = /^sqs\.([a-z]{2}(?:-[a-z]+)+-\d+)\./.exec(url.hostname)?.[1] ?? /^([a-z]{2}(?:-[a-z]+)+-\d+)\.queue\./.exec(url.hostname)?.[1] ?? requestRegion;
  if (parts.length === 4 && parts[0] === 'queue') {
    region = parts[1]!;
    parts.splice(0, 2);
  }
  if (parts.length !== 2 || !ACCOUNT.test(parts[0]!)) return undefined;
  return { accountId: parts[0]!, region, name: parts[1]! };
}

/** `arn:aws:sqs:<region>:<account>:<name>` read back. */
export function parseQueueArn(arn: string): QueueAddress | undefined {
  const match = /^arn:aws[\w-]*:sqs:([a-z0-9-]+):(\d{12}):([\w.-]+)$/.exec(arn);
  return match ? { region: match[1]!, accountId: match[2]!, name: match[3]! } : undefined;
}
