import { randomBytes } from 'node:crypto';

export interface CorsConfig {
  AllowCredentials?: boolean;
  AllowHeaders?: string[];
  AllowMethods?: string[];
  AllowOrigins?: string[];
  ExposeHeaders?: string[];
  MaxAge?: number;
}

/** A function URL, in one global table keyed by its id (requests arrive with nothing but the id). */
export interface FunctionUrlRecord {
  urlId: string;
  accountId: string;
  region: string;
  /** Kumo's URL when the config was made: the URL's port, and the function's SDK endpoint. */
  endpoint: string;
  functionName: string;
  qualifier?: string;
  authType: 'NONE' | 'AWS_IAM';
  cors?: CorsConfig;
  invokeMode: string;
  /** Clock ms. */
  creationTime: number;
  lastModifiedTime: number;
}

/** 32 lower-case letters and digits, like AWS's URL ids. */
export function newUrlId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(32)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * `http://<id>.lambda-url.<region>.localhost:<port>/`: names under `localhost` reach the
 * loopback on most systems, and Kumo routes them by Host. Where they do not resolve, the
 * same function answers at `<endpoint>/_kumo/lambda-url/<id>/`.
 */
export function functionUrlOf(record: Pick<FunctionUrlRecord, 'urlId' | 'region' | 'endpoint'>): string {
  const url = new URL(record.endpoint);
  return `${url.protocol}//${record.urlId}.lambda-url.${record.region}.localhost${url.port ? `:${url.port}` : ''}/`;
}

export const URL_HOST = /^([a-z0-9]{32})\.lambda-url\.[a-z0-9-]+\./;
export const URL_PATH = /^\/_kumo\/lambda-url\/([a-z0-9]{32})(\/.*)?$/;
