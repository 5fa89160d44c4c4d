/** The bytes crash-writer.ts stores as blob n, so the test can check them after the crash. */
export function payloadOf(n: number): Buffer {
  return Buffer.alloc(1024 + (n % 7) * 4096, `payload ${n};`);
}
