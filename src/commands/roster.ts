import { applyRoster, rosterList } from "../core/progress/roster-admin.js";
import { roleSchema } from "../core/state.js";
import { agencyOption, str, UsageError, type Args, type Session } from "./common.js";

const USAGE = 'roster add <user> --agency "<name or alias>" | roster add <user> --role admin|office|member | roster list | roster remove <user>';

/** roster add/list/remove: who reports for which agency, and with which role. */
export async function roster(args: Args, session: Session): Promise<void> {
  const [action, user] = args.positionals;
  const { plan, store } = session.core;
  if (action === "list" || !action) {
    process.stdout.write(`${store.read((s) => rosterList(plan, s))}\n`);
    return;
  }
  if (!user || !/^[a-z]+:[^\s]+$/.test(user)) throw new UsageError(`roster ${action} needs a user such as slack:U123, zalo:6ede9afa or console:alice\n${USAGE}`);
  if (action === "remove") {
    process.stdout.write(`${await store.update((d) => applyRoster(d, plan, { user, remove: true }, session.clock.now()))}\n`);
    return;
  }
  if (action !== "add") throw new UsageError(USAGE);
  const roleName = str(args, "role");
  const name = str(args, "name");
  const agency = agencyOption(args, plan);
  const role = roleName ? roleSchema.safeParse(roleName) : undefined;
  if (role && !role.success) throw new UsageError(`--role must be admin, office or member, not "${roleName}"`);
  if (!agency && !role && !name) throw new UsageError(USAGE);
  const result = await store.update((d) => applyRoster(d, plan, { user, agency, role: role?.data, name, by: "cli" }, session.clock.now()));
  process.stdout.write(`${result}\n`);
}
