/**
 * The SigV4 credential scope of a request: `AKID/20240101/us-east-1/sqs/aws4_request`, from
 * the Authorization header or from a presigned URL's X-Amz-Credential. Read without checking
 * the signature: routing needs it even when signature checking is off.
 */
export interface CredentialScope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

const HEADER_CREDENTIAL = /Credential=([^,\s]+)/;

export function credentialScopeOf(headers: Readonly<Record<string, string>>, rawQuery: string): CredentialScope | undefined {
  const authorization = headers.authorization;
  if (authorization) {
    if (authorization.startsWith('AWS4-')) {
      const match = HEADER_CREDENTIAL.exec(authorization);
      if (match) return parseCredential(match[1]!);
    } else if (authorization.startsWith('AWS ')) {
      // Signature version 2 (old S3 clients): only the access key is known.
      const accessKeyId = authorization.slice(4).split(':')[0] ?? '';
      return { accessKeyId, date: '', region: '', service: '' };
    }
  }
  if (rawQuery.includes('X-Amz-Credential=')) {
    const credential = new URLSearchParams(rawQuery).get('X-Amz-Credential');
    if (credential) return parseCredential(credential);
  }
  if (rawQuery.includes('AWSAccessKeyId=')) {
    const accessKeyId = new URLSearchParams(rawQuery).get('AWSAccessKeyId') ?? '';
    return { accessKeyId, date: '', region: '', service: '' };
  }
  return undefined;
}

function parseCredential(credential: string): CredentialScope | undefined {
  const parts = decodeURIComponent(credential).split('/');
  if (parts.length < 5) return undefined;
  const [accessKeyId, date, region, service] = parts as [string, string, string, string];
  return { accessKeyId, date, region, service };
}
