import { current, freeze, isDraft, type Patch } from "immer";
import { z } from "zod";
import { stateSchema, type State } from "../../core/state.js";
import { describeIssues } from "./snapshot-file.js";
import { StoreError } from "./store-error.js";

const shape = stateSchema.shape as Record<string, z.ZodType>;

/**
 * Checks only what an update touched (one array element for an append), so every update keeps the
 * file loadable at a cost that does not grow with the history.
 */
export function checkPatches(next: State, patches: Patch[]): void {
  const checked = new Set<string>();
  for (const patch of patches) {
    if (patch.op === "remove" && patch.path.length > 1) continue;
    const [key, index] = patch.path;
    const field = typeof key === "string" ? shape[key] : undefined;
    if (!field || typeof key !== "string") throw invalid(`the unknown field "${String(key)}"`);
    const value: unknown = (next as Record<string, unknown>)[key];
    // An optional list (more, threads, choiceMenus…) is checked element by element too, not whole per change.
    const schema = field instanceof z.ZodOptional && value !== undefined ? (field.unwrap() as z.ZodType) : field;
    const element = schema instanceof z.ZodArray && typeof index === "number" && Array.isArray(value);
    const id = element ? `${key}.${index}` : key;
    if (checked.has(id)) continue;
    checked.add(id);
    const result = element ? (schema.element as z.ZodType).safeParse(value[index as number]) : schema.safeParse(value);
    if (!result.success) throw invalid(`an invalid value (${describeIssues(result.error, element ? [key, index as number] : [key])})`);
  }
}

/** Every object new in `next` lies on a patch path (copied containers) or in a patch value (inserted ones). */
export function freezeChanges(next: State, patches: Patch[]): void {
  for (const patch of patches) {
    let node: unknown = next;
    for (const key of patch.path) {
      if (typeof node !== "object" || node === null) break;
      Object.freeze(node);
      node = (node as Record<PropertyKey, unknown>)[key];
    }
    freeze(patch.value, true);
  }
}

function invalid(what: string): StoreError {
  return new StoreError("STORE_INVALID", `The update was refused and nothing changed: it would store ${what}`);
}

/** Results leave the update after its draft is revoked: hand back plain copies instead of drafts. */
export function detach<T>(value: T, seen = new Set<object>()): T {
  if (isDraft(value)) return current(value as object) as T;
  if (typeof value !== "object" || value === null || seen.has(value)) return value;
  if (typeof (value as { then?: unknown }).then === "function") {
    throw new StoreError("STORE_INVALID", "update() takes a synchronous function; do the async work before or after it");
  }
  seen.add(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const plain = detach(item, seen);
      if (plain !== item) (copy ??= [...value])[i] = plain;
    });
    return (copy ?? value) as T;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [k, item] of Object.entries(value)) {
    const plain = detach(item, seen);
    if (plain !== item) (copy ??= { ...(value as Record<string, unknown>) })[k] = plain;
  }
  return (copy ?? value) as T;
}
