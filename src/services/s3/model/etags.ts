/** S3 sends ETags quoted; conditions may carry them quoted or not, weak or not, in a list. */
export function etagMatches(header: string, etag: string): boolean {
  const bare = unquote(etag);
  return header.split(',').some((candidate) => {
    const c = candidate.trim();
    return c === '*' || unquote(c.replace(/^W\//, '')) === bare;
  });
}

export function unquote(etag: string): string {
  return etag.length >= 2 && etag.startsWith('"') && etag.endsWith('"') ? etag.slice(1, -1) : etag;
}

export function quote(hex: string): string {
  return `"${hex}"`;
}
