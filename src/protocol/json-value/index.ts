/**
 * Shape-driven value encoding shared by the JSON-family protocols (json, rest-json bodies,
 * and rpc-v2-cbor through the `cbor` option).
 * - `decodeJsonValue(shape, raw, options)`: parsed JSON/CBOR -> decoded value (Date, Buffer...)
 * - `encodeJsonValue(shape, value, options)`: decoded value -> JSON/CBOR-ready value
 * - `plainValue(value, options)`: documents and unmodeled error fields
 * - `parseJsonBody(body)`: JSON text -> value; SerializationException when not JSON
 * - `findErrorShape`, `errorBodyValue`, `queryErrorHeaders`: error bodies and headers
 * - `serializationError(message)`, `typeMismatch(type, raw)`: the AwsErrors for bad input
 */
export { decodeJsonValue, isPlainObject, type ValueCodecOptions } from './decode-json-value.js';
export { encodeJsonValue, plainValue } from './encode-json-value.js';
export { parseJsonBody } from './parse-json-body.js';
export { serializationError, typeMismatch } from './value-errors.js';
export { findErrorShape, errorBodyValue, queryErrorHeaders } from './error-body.js';
