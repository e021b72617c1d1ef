export type StoreErrorCode =
  /** The state file or journal cannot be read as a valid state; it was left untouched. */
  | "STORE_CORRUPT"
  /** The state file is gone but backups exist: starting empty would silently lose the data. */
  | "STORE_MISSING"
  /** Another live process holds the data directory. */
  | "STORE_LOCKED"
  /** A mutation produced a state that does not match the schema; nothing was changed. */
  | "STORE_INVALID"
  /** update() after close(). */
  | "STORE_CLOSED"
  /** The data directory can be read but not written: questions are answered, nothing can be saved. */
  | "STORE_READONLY"
  /** The disk refused a read or write (permissions, disk full). */
  | "STORE_IO";

/** Expected failures of the file store, with a stable code; messages name the file and the fix. */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
