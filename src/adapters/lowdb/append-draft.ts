import { enableArrayMethods, enablePatches, freeze, type Immer, type Patch } from "immer";
import { progressRecordSchema, type ProgressRecord, type State } from "../../core/state.js";
import { checkPatches, detach, freezeChanges } from "./drafts.js";
import { describeIssues } from "./snapshot-file.js";
import { StoreError } from "./store-error.js";

enablePatches();
enableArrayMethods();

const APPEND_ONLY = "progress records are append-only: a stored one is never changed or removed (undo and review are records too), append a record instead";

/**
 * The committed progress records: one list that only grows, shared by every committed state, so that a
 * write costs the records it adds and not a copy of the history (a 50k-record copy costs milliseconds).
 * Only the store appends (`appendRecords`); anyone else's push throws, and each record is frozen.
 */
export class RecordList extends Array<ProgressRecord> {
  // filter/map/slice of the list give plain arrays, which their callers may change freely.
  static override get [Symbol.species]() {
    return Array;
  }

  override push(..._items: ProgressRecord[]): number {
    throw new TypeError(`Cannot add to the committed records outside store.update: ${APPEND_ONLY}`);
  }
}

export function recordList(records: readonly ProgressRecord[]): RecordList {
  const list = new RecordList();
  appendRecords(list, records);
  return list;
}

export function appendRecords(list: RecordList, records: readonly ProgressRecord[]): void {
  for (const r of records) Array.prototype.push.call(list, freeze(r, true));
}

/** The committed state from a plain one (a parsed snapshot): frozen throughout, records in a RecordList. */
export function committed(state: State): State {
  const { records, ...rest } = state;
  return Object.freeze({ ...freeze(rest, true), records: recordList(records) }) as State;
}

export interface Drafted<T> {
  result: T;
  /** The state to commit, and what to write to the journal; absent when nothing changed. */
  next?: State;
  patches: Patch[];
  added: ProgressRecord[];
}

/**
 * Runs an update: immer drafts everything but the records, which the mutation may read and append to
 * (a throwing mutation leaves nothing behind). Only what changed is checked against the schema and frozen.
 */
export function draftUpdate<T>(immer: Immer, base: State, fn: (draft: State) => T): Drafted<T> {
  const records = base.records as RecordList;
  const added: ProgressRecord[] = [];
  const draft = immer.createDraft(base);
  const list = appendList(records, added);
  const view = new Proxy(draft, {
    get: (target, key) => (key === "records" ? list : Reflect.get(target, key)),
    set: (target, key, value) => {
      if (key === "records") throw invalid(APPEND_ONLY);
      return Reflect.set(target, key, value);
    },
  });
  const result = detach(fn(view as State));
  let patches: Patch[] = [];
  const next = immer.finishDraft(draft, (p) => (patches = p)) as State;
  if (patches.length === 0 && added.length === 0) return { result, patches, added };
  checkPatches(next, patches);
  freezeChanges(next, patches);
  added.forEach((r, i) => {
    const checked = progressRecordSchema.safeParse(r);
    if (!checked.success) throw invalid(`an invalid value (${describeIssues(checked.error, ["records", records.length + i])})`);
  });
  const appends: Patch[] = added.map((value, i) => ({ op: "add", path: ["records", records.length + i], value }));
  return { result, next, patches: [...patches, ...appends], added };
}

/** What the mutation sees as `records`: the committed ones, then the ones it appended, read and appended only. */
function appendList(base: RecordList, added: ProgressRecord[]): ProgressRecord[] {
  const at = (key: string | symbol) => (typeof key === "string" && /^\d+$/.test(key) ? Number(key) : -1);
  const length = () => base.length + added.length;
  const item = (i: number) => (i < base.length ? base[i] : added[i - base.length]);
  const push = (...items: ProgressRecord[]) => added.push(...items) + base.length;
  return new Proxy([] as ProgressRecord[], {
    get: (_t, key) => {
      if (key === "length") return length();
      if (key === "push") return push;
      const i = at(key);
      return i >= 0 ? item(i) : Reflect.get(Array.prototype, key);
    },
    set: (_t, key, value) => {
      const i = at(key);
      // A record appended in this update may still be replaced; a committed one never.
      if (i < base.length || i >= length()) throw invalid(APPEND_ONLY);
      added[i - base.length] = value as ProgressRecord;
      return true;
    },
    deleteProperty: () => {
      throw invalid(APPEND_ONLY);
    },
    has: (_t, key) => (at(key) >= 0 ? at(key) < length() : Reflect.has(Array.prototype, key)),
    ownKeys: () => [...Array.from({ length: length() }, (_, i) => String(i)), "length"],
    getOwnPropertyDescriptor: (_t, key) => {
      if (key === "length") return { value: length(), writable: true, enumerable: false, configurable: false };
      const i = at(key);
      return i >= 0 && i < length() ? { value: item(i), writable: true, enumerable: true, configurable: true } : undefined;
    },
  });
}

function invalid(what: string): StoreError {
  return new StoreError("STORE_INVALID", `The update was refused and nothing changed: ${what}`);
}
