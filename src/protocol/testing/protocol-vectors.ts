import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileModel, type RawModel, type RawOperation } from '../../model/compile-model.js';
import { projectRoot } from '../../model/model-files.js';
import type { Operation, ServiceModel } from '../../model/shape.js';

/**
 * AWS's protocol test vectors (botocore's, in `../shared/protocol-tests/`), read from the
 * server's side. Each case comes with its own small compiled model.
 */
export interface VectorCase {
  suite: string;
  id: string;
  description?: string;
  model: ServiceModel;
  operation: Operation;
  // input cases
  params?: Record<string, unknown>;
  serialized?: { method: string; uri: string; body?: string; headers?: Record<string, string>; forbidHeaders?: string[]; requireHeaders?: string[]; host?: string };
  // output cases
  result?: Record<string, unknown>;
  response?: { status_code: number; headers?: Record<string, string>; body?: string };
  error?: Record<string, unknown>;
  errorCode?: string;
  errorMessage?: string;
  /** The raw case, for fields not listed above. */
  raw: Record<string, unknown>;
}

export function protocolTestsDir(): string {
  return join(projectRoot(), '..', 'shared', 'protocol-tests');
}

export function vectorsAvailable(): boolean {
  return existsSync(protocolTestsDir());
}

interface RawSuite {
  description: string;
  metadata: Record<string, unknown>;
  shapes?: RawModel['shapes'];
  cases: Array<Record<string, unknown> & { id?: string; given: RawOperation & { name: string } }>;
}

/** Cases of `input/<file>.json` or `output/<file>.json` (or legacy/...); file without .json. */
export function loadVectors(kind: 'input' | 'output', file: string, legacy = false): VectorCase[] {
  const path = join(protocolTestsDir(), ...(legacy ? ['legacy'] : []), kind, `${file}.json`);
  const suites = JSON.parse(readFileSync(path, 'utf8')) as RawSuite[];
  const cases: VectorCase[] = [];
  suites.forEach((suite, suiteIndex) => {
    suite.cases.forEach((c, caseIndex) => {
      const model = compileModel({
        metadata: suite.metadata,
        shapes: suite.shapes ?? {},
        operations: { [c.given.name]: c.given },
      });
      cases.push({
        suite: suite.description,
        id: c.id ?? `${suiteIndex}.${caseIndex}`,
        description: c.description as string | undefined,
        model,
        operation: model.operations[c.given.name]!,
        params: c.params as VectorCase['params'],
        serialized: c.serialized as VectorCase['serialized'],
        result: c.result as VectorCase['result'],
        response: c.response as VectorCase['response'],
        error: c.error as VectorCase['error'],
        errorCode: c.errorCode as string | undefined,
        errorMessage: c.errorMessage as string | undefined,
        raw: c,
      });
    });
  });
  return cases;
}
