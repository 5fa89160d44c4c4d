/** AWS gives an HTTP endpoint 15 seconds to answer. */
const TIMEOUT_MS = 15_000;

/** POSTs a notification; true on a 2xx answer, false on any other answer or a network failure. */
export async function postToEndpoint(url: string, body: string, headers: Record<string, string>): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: { 'user-agent': 'Amazon Simple Notification Service Agent', ...headers },
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.arrayBuffer().catch(() => undefined);
    return response.status >= 200 && response.status < 300;
  } catch {
    return false;
  }
}
