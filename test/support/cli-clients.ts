import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Environment for the Python clients: dummy credentials, no config files, no pager. */
function clientEnv(region = 'us-east-1', accessKeyId = 'test', secretAccessKey = 'test'): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AWS_ACCESS_KEY_ID: accessKeyId,
    AWS_SECRET_ACCESS_KEY: secretAccessKey,
    AWS_DEFAULT_REGION: region,
    AWS_REGION: region,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
  };
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** The machine image's AWS CLI v1 (botocore from pip). */
export function awsCliV1(endpoint: string, args: string[], options: { region?: string; accessKeyId?: string; secretAccessKey?: string; input?: string } = {}): Promise<CliResult> {
  return run('aws', ['--endpoint-url', endpoint, '--output', 'json', ...args], options);
}

/** Debian's AWS CLI v2 (/usr/bin/aws), when installed; undefined otherwise. */
export const awsCliV2Path = existsSync('/usr/bin/aws') ? '/usr/bin/aws' : undefined;

export function awsCliV2(endpoint: string, args: string[], options: { region?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<CliResult> {
  if (!awsCliV2Path) throw new Error("Debian's awscli (v2) is not installed");
  return run(awsCliV2Path, ['--endpoint-url', endpoint, '--output', 'json', '--no-cli-pager', ...args], options);
}

/** Runs a Python snippet with boto3; `ENDPOINT` is defined for it. Prints JSON on stdout. */
export function boto3(endpoint: string, script: string, options: { region?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<CliResult> {
  const prelude = `import json, boto3\nENDPOINT = ${JSON.stringify(endpoint)}\n`;
  return run('python3', ['-c', prelude + script], options);
}

/** Runs a client process asynchronously: an in-process Kumo must keep serving meanwhile. */
function run(command: string, args: string[], options: { region?: string; accessKeyId?: string; secretAccessKey?: string; input?: string }): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: clientEnv(options.region, options.accessKeyId, options.secretAccessKey), timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', (error) => resolve({ status: -1, stdout, stderr: stderr + String(error) }));
    child.on('close', (code) => resolve({ status: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
