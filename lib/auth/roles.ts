// What each role may do, apart from the rest of lib/auth so that pages can ask it too.
import type { Role } from "../model";

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

/** Whether a role may do what `needed` may. */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
