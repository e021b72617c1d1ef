import type { Store } from "../../ports/store.js";
import type { Plan } from "../plan/plan.js";

/**
 * The active plan as one long-lived object, for parts wired once at start-up (reminders, exports, the CLI):
 * every property read goes to whichever plan is active at that moment, so an activation in chat reaches them.
 */
export function livePlan(current: () => Plan): Plan {
  return new Proxy({} as Plan, {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(current(), key);
      return d && { ...d, configurable: true };
    },
  });
}

/** The store as the active plan sees it (its records only); everything else is shared. */
export function liveStore(current: () => Store): Store {
  return {
    read: (fn) => current().read(fn),
    update: (fn) => current().update(fn),
    close: () => current().close(),
  };
}
