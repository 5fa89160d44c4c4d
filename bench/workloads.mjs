// The requests `npm run bench` measures. Each service issue adds its hot paths here; `peers`
// names the other servers that answer the same request (the bare server answers anything).
const SIGV4 = (service) =>
  `AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000`;

export const WORKLOADS = [
  {
    name: 'sts.GetCallerIdentity (query)',
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: SIGV4('sts'), 'x-amz-date': '20240101T000000Z' },
    body: 'Action=GetCallerIdentity&Version=2011-06-15',
    peers: ['moto'],
  },
];
