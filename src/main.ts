#!/usr/bin/env node
import { adminCommand } from './cli/admin-commands.js';
import { startCommand } from './cli/start-command.js';

const USAGE = `usage: kumo <command>

  start [--port 4566] [--host 127.0.0.1] [--data-dir .kumo] [--in-memory]
        [--services sqs,s3] [--log-level info]     serve AWS on one port
  status                                           show a running Kumo's health
  reset [--service NAME]                           clear all state, or one service's
  export FILE [--service NAME]                     write the state to FILE
  import FILE                                      load a state written by export
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'start':
      await startCommand(args);
      return -1; // keeps serving
    case 'status':
    case 'reset':
    case 'export':
    case 'import':
      return adminCommand(command, args);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`kumo: unknown command '${command}'\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kumo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
