/** Why Kumo could not open its data directory; the CLI maps each reason to advice. */
export type StoreOpenErrorReason = 'unwritable' | 'corrupt' | 'newer-version' | 'locked';

/**
 * Raised by `openStore` when the data directory cannot be used. The message names the file
 * and says what to do, so the CLI can print it as is. Kumo never modifies the file it refused.
 */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  readonly reason: StoreOpenErrorReason;
  /** The file or directory at fault. */
  readonly path: string;

  constructor(reason: StoreOpenErrorReason, path: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
    this.path = path;
  }
}
