import { KinesisClient, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';

/** A stream's tags as ListTagsForStream shows them, as one object. */
export async function streamTags(kinesis: KinesisClient, StreamName: string): Promise<Record<string, string>> {
  const { Tags } = await kinesis.send(new ListTagsForStreamCommand({ StreamName }));
  return Object.fromEntries((Tags ?? []).map((t) => [t.Key!, t.Value ?? '']));
}
