/**
 * Blobs belong to the rows that mention their id: a blob id (32 random hex digits) appearing as
 * a JSON string in a row's value. Services keep ids in their rows anyway (S3 object metadata,
 * Lambda code), so reset and per-service export can find a service's blobs without services
 * declaring anything; 128 random bits make an accidental match practically impossible.
 */
const quotedHex32 = /"([0-9a-f]{32})"/g;

export function collectBlobReferences(valueTexts: Iterable<string>, isBlob: (id: string) => boolean, into = new Set<string>()): Set<string> {
  for (const text of valueTexts) {
    for (const match of text.matchAll(quotedHex32)) {
      const id = match[1]!;
      if (!into.has(id) && isBlob(id)) into.add(id);
    }
  }
  return into;
}
