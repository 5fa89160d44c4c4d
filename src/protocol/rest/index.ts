/**
 * REST HTTP bindings shared by rest-json and rest-xml. Service- and body-format-blind:
 * everything comes from the model's `http` traits and member `location` traits.
 *
 * Requests
 * - `matchRestOperation(req, model)` -> `{ operation, labels } | undefined`
 *   Matches method + `http.requestUri` template: labels `{Bucket}`, greedy `{Key+}` (keeps
 *   "/"), literal query parts that must be present (`/{Bucket}?uploads`, `?list-type=2`).
 *   The most specific template wins (see match-rest-operation.ts for the order). Labels
 *   come back percent-decoded.
 * - `readHttpBindings(req, op, labels)` -> the input members bound to `uri`, `querystring`
 *   (lists repeated; a map-typed member takes every unclaimed parameter), `header` (lists
 *   comma-separated, quoted items, timestamps as HTTP dates by default, jsonvalue as base64
 *   JSON, numbers and booleans) and `headers` (prefix maps such as `x-amz-meta-`).
 *   Body members are not read: the protocol decodes them (see `bodyMemberNames`,
 *   `payloadMemberName`). Throws AwsError `SerializationException` for values that do not fit.
 * - `readShapeBindings(shape, source)` the same for any structure and source (a client-side
 *   reader of responses uses it with `status`).
 *
 * Responses
 * - `writeHttpBindings(output, op)` -> `{ status, headers }`: header and prefix-header
 *   members, and the status from a `statusCode` member, else `http.responseCode`, else 200.
 * - `writeShapeBindings(value, shape, defaultStatus)` the same for any structure (errors).
 *
 * Helpers: `isBodyMember`, `bodyMemberNames`, `payloadMemberName`, `wireName`,
 * `parseQueryString`, `parseUriTemplate`, `matchUriPath`, `splitHeaderList`,
 * `joinHeaderList`, `parseBoundScalar`, `formatBoundScalar`, `boundTimestampFormat`.
 */
export { matchRestOperation, type RestMatch } from './match-rest-operation.js';
export { readHttpBindings, readShapeBindings, type BindingSource } from './read-http-bindings.js';
export { writeHttpBindings, writeShapeBindings, type HttpBindingOutput } from './write-http-bindings.js';
export { isBodyMember, bodyMemberNames, payloadMemberName, wireName } from './http-members.js';
export { parseQueryString, type QueryParam } from './query-string.js';
export { parseUriTemplate, matchUriPath, safeDecode, type UriTemplate, type TemplateSegment, type QueryLiteral } from './uri-template.js';
export { splitHeaderList, joinHeaderList } from './header-list.js';
export { parseBoundScalar, formatBoundScalar, boundTimestampFormat, type BindingLocation } from './binding-values.js';
