import {
  EMPTY_STRUCTURE,
  type Operation,
  type ServiceMetadata,
  type ServiceModel,
  type Shape,
  type ShapeType,
} from './shape.js';

/** The raw JSON of a botocore-format model, minified (aws-sdk v2) or full. */
export interface RawModel {
  metadata: Record<string, unknown>;
  operations?: Record<string, RawOperation>;
  shapes?: Record<string, RawShape>;
}

export interface RawOperation {
  name?: string;
  http?: { method?: string; requestUri?: string; responseCode?: number };
  input?: RawShape;
  output?: RawShape;
  errors?: RawShape[];
  endpoint?: { hostPrefix?: string };
  httpChecksum?: Operation['httpChecksum'];
  requestcompression?: { encodings?: string[] };
  deprecated?: boolean;
}

export type RawShape = Record<string, unknown> & { shape?: string; type?: string };

const SHAPE_CHILD_KEYS = new Set(['members', 'member', 'key', 'value']);

/**
 * Turns a raw model into compiled shapes: restores the minifier's defaults (string type,
 * POST to "/") and resolves shape references. Named shapes are compiled once, so shared and
 * recursive references point at the same object.
 */
export function compileModel(raw: RawModel): ServiceModel {
  const rawShapes = raw.shapes ?? {};
  const named = new Map<string, Shape>();

  function namedShape(name: string): Shape {
    const existing = named.get(name);
    if (existing) return existing;
    const definition = rawShapes[name];
    if (!definition) throw new Error(`model ${String(raw.metadata.uid)} refers to unknown shape ${name}`);
    const shape = {} as Record<string, unknown>;
    named.set(name, shape as unknown as Shape);
    fill(shape, definition, name);
    return shape as unknown as Shape;
  }

  /** A shape written inline or as a reference with member traits on top. */
  function shapeOf(definition: RawShape | undefined): Shape {
    if (!definition) return EMPTY_STRUCTURE;
    if (typeof definition.shape === 'string') {
      const target = namedShape(definition.shape);
      const traits = Object.keys(definition).filter((k) => k !== 'shape');
      if (traits.length === 0) return target;
      const member = Object.create(target) as Record<string, unknown>;
      for (const trait of traits) member[trait] = definition[trait];
      return member as unknown as Shape;
    }
    const shape = {} as Record<string, unknown>;
    fill(shape, definition, undefined);
    return shape as unknown as Shape;
  }

  function fill(target: Record<string, unknown>, definition: RawShape, name: string | undefined): void {
    for (const [k, v] of Object.entries(definition)) {
      if (!SHAPE_CHILD_KEYS.has(k) && k !== 'documentation') target[k] = v;
    }
    target.type = (definition.type as ShapeType | undefined) ?? 'string';
    if (name !== undefined) target.shapeName = name;
    if (target.type === 'structure') {
      const members: Record<string, Shape> = {};
      target.members = members;
      for (const [memberName, memberDef] of Object.entries((definition.members ?? {}) as Record<string, RawShape>)) {
        members[memberName] = shapeOf(memberDef);
      }
    } else if (target.type === 'list') {
      target.member = shapeOf(definition.member as RawShape | undefined ?? {});
    } else if (target.type === 'map') {
      target.key = shapeOf(definition.key as RawShape | undefined ?? {});
      target.value = shapeOf(definition.value as RawShape | undefined ?? {});
    }
  }

  const operations: Record<string, Operation> = {};
  for (const [name, op] of Object.entries(raw.operations ?? {})) {
    const output = op.output ? shapeOf(op.output) : EMPTY_STRUCTURE;
    operations[name] = {
      name,
      http: {
        method: op.http?.method ?? 'POST',
        requestUri: op.http?.requestUri ?? '/',
        ...(op.http?.responseCode !== undefined ? { responseCode: op.http.responseCode } : {}),
      },
      input: op.input ? shapeOf(op.input) : EMPTY_STRUCTURE,
      output,
      resultWrapper: (op.output?.resultWrapper as string | undefined) ?? output.resultWrapper,
      errors: (op.errors ?? []).map((e) => shapeOf(e)),
      endpoint: op.endpoint,
      httpChecksum: op.httpChecksum,
      requestCompression: op.requestcompression?.encodings,
      deprecated: op.deprecated,
    };
  }

  const shapes: Record<string, Shape> = {};
  const errorsByCode: Record<string, Shape> = {};
  for (const name of Object.keys(rawShapes)) {
    const shape = namedShape(name);
    shapes[name] = shape;
    if (shape.exception || shape.error) errorsByCode[shape.error?.code ?? name] = shape;
  }
  for (const op of Object.values(operations)) {
    for (const e of op.errors) if (e.shapeName && !errorsByCode[e.error?.code ?? e.shapeName]) errorsByCode[e.error?.code ?? e.shapeName] = e;
  }

  const metadata = { ...raw.metadata } as unknown as ServiceMetadata;
  if (!metadata.protocols) metadata.protocols = [metadata.protocol];
  return { metadata, operations, shapes, errorsByCode };
}
