/** What SNS sends an endpoint: a notification or a (un)subscribe confirmation. */
export interface SnsNotice {
  Type: 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
  MessageId: string;
  TopicArn: string;
  Subject?: string;
  Message: string;
  /** ISO 8601 with milliseconds, as AWS writes it. */
  Timestamp: string;
  SequenceNumber?: string;
  Token?: string;
  SubscribeURL?: string;
}

/** An attribute as the envelope shows it: `{"Type": "String", "Value": "..."}` (Binary in base64). */
export type EnvelopeAttributes = Record<string, { Type: string; Value: string }>;

/**
 * The string SNS signs (https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html):
 * name and value lines of fixed keys in byte order, Subject only when present.
 */
export function canonicalString(notice: SnsNotice): string {
  const keys = notice.Type === 'Notification'
    ? ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
    : ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'];
  let text = '';
  for (const key of keys) {
    const value = notice[key as keyof SnsNotice];
    if (value !== undefined) text += `${key}\n${value}\n`;
  }
  return text;
}

export interface EnvelopeExtras {
  signatureVersion: string;
  signature: string;
  signingCertUrl: string;
  unsubscribeUrl?: string;
  messageAttributes?: EnvelopeAttributes;
}

/** The JSON document SNS posts to HTTP endpoints and puts in SQS messages, laid out as AWS lays it out. */
export function envelopeJson(notice: SnsNotice, extras: EnvelopeExtras): string {
  const fields: Array<[string, unknown]> = [['Type', notice.Type], ['MessageId', notice.MessageId]];
  if (notice.Token !== undefined) fields.push(['Token', notice.Token]);
  if (notice.SequenceNumber !== undefined) fields.push(['SequenceNumber', notice.SequenceNumber]);
  fields.push(['TopicArn', notice.TopicArn]);
  if (notice.Subject !== undefined) fields.push(['Subject', notice.Subject]);
  fields.push(['Message', notice.Message]);
  if (notice.SubscribeURL !== undefined) fields.push(['SubscribeURL', notice.SubscribeURL]);
  fields.push(
    ['Timestamp', notice.Timestamp],
    ['SignatureVersion', extras.signatureVersion],
    ['Signature', extras.signature],
    ['SigningCertURL', extras.signingCertUrl],
  );
  if (extras.unsubscribeUrl !== undefined) fields.push(['UnsubscribeURL', extras.unsubscribeUrl]);
  if (extras.messageAttributes && Object.keys(extras.messageAttributes).length) fields.push(['MessageAttributes', extras.messageAttributes]);
  return `{\n${fields.map(([k, v]) => `  ${JSON.stringify(k)} : ${JSON.stringify(v)}`).join(',\n')}\n}`;
}
