import { validationErrors } from '../errors.js';

/**
 * Collects the model's constraint violations the way AWS reports them, all at once:
 * "Value 'x' at 'streamName' failed to satisfy constraint: Member must ...".
 */
export class Violations {
  private readonly messages: string[] = [];

  add(value: unknown, member: string, constraint: string): void {
    const shown = value === undefined ? 'null' : `'${typeof value === 'string' ? value : JSON.stringify(value)}'`;
    this.messages.push(`Value ${shown} at '${member}' failed to satisfy constraint: Member must ${constraint}`);
  }

  required(value: unknown, member: string): void {
    if (value === undefined || value === null) this.messages.push(`Value null at '${member}' failed to satisfy constraint: Member must not be null`);
  }

  length(value: string | undefined, member: string, min: number, max: number): void {
    if (value === undefined) return;
    if (value.length < min) this.add(value, member, `have length greater than or equal to ${min}`);
    else if (value.length > max) this.add(value, member, `have length less than or equal to ${max}`);
  }

  pattern(value: string | undefined, member: string, regex: RegExp, shown: string): void {
    if (value !== undefined && !regex.test(value)) this.add(value, member, `satisfy regular expression pattern: ${shown}`);
  }

  range(value: number | undefined, member: string, min: number, max?: number): void {
    if (value === undefined) return;
    if (value < min) this.add(value, member, `have value greater than or equal to ${min}`);
    else if (max !== undefined && value > max) this.add(value, member, `have value less than or equal to ${max}`);
  }

  oneOf(value: string | undefined, member: string, values: readonly string[]): void {
    if (value !== undefined && !values.includes(value)) this.add(value, member, `satisfy enum value set: [${values.join(', ')}]`);
  }

  /** Stream names and ARNs as every operation takes them. */
  streamAddress(input: { StreamName?: string; StreamARN?: string }): void {
    this.length(input.StreamName, 'streamName', 1, 128);
    this.pattern(input.StreamName, 'streamName', /^[a-zA-Z0-9_.-]+$/, '[a-zA-Z0-9_.-]+');
    this.length(input.StreamARN, 'streamARN', 1, 2048);
    this.pattern(input.StreamARN, 'streamARN', /^arn:aws[^:]*:kinesis:[a-z0-9-]+:\d{12}:stream\/\S+$/, 'arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+');
  }

  throwIfAny(): void {
    if (this.messages.length) throw validationErrors(this.messages);
  }
}
