import assert from 'node:assert/strict';

/** Asserts an SDK call fails with AWS's error code, HTTP status and (when given) message. */
export async function rejectsWith(call: Promise<unknown>, name: string, status: number, message?: string | RegExp): Promise<void> {
  await assert.rejects(call, (error: Error & { $metadata?: { httpStatusCode?: number } }) => {
    assert.equal(error.name, name);
    assert.equal(error.$metadata?.httpStatusCode, status);
    if (typeof message === 'string') assert.equal(error.message, message);
    else if (message) assert.match(error.message, message);
    return true;
  });
}

export const doc = (statement: unknown) => JSON.stringify({ Version: '2012-10-17', Statement: statement });
