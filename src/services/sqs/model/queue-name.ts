import { invalidParameterValue } from '../errors.js';

const STANDARD = /^[A-Za-z0-9_-]{1,80}$/;
const FIFO = /^[A-Za-z0-9_-]{1,75}\.fifo$/;

/** AWS's queue-name rule; a `.fifo` name and the FifoQueue attribute go together. */
export function checkQueueName(name: string | undefined, fifoAttribute: string | undefined): boolean {
  const fifo = fifoAttribute === 'true';
  if (name === undefined || name === '') throw invalidParameterValue('Queue name cannot be empty');
  if (fifo || name.endsWith('.fifo')) {
    if (!FIFO.test(name) || !fifo) {
      throw invalidParameterValue('The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.');
    }
    return true;
  }
  if (!STANDARD.test(name)) throw invalidParameterValue('Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length');
  return false;
}
