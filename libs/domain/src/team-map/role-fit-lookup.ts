import { compileProfile, fitOf, type CompiledProfile } from './fit-matrix';
import type { TeamSnapshot } from './team-map.types';

/**
 * Fit of a member to any role of the snapshot by id: required roles read the fit matrix,
 * other roles (current roles not required, leadership roles) are computed on demand.
 */
export class RoleFitLookup {
  private readonly requiredIndex = new Map<string, number>();
  private readonly otherProfiles = new Map<string, CompiledProfile>();
  private readonly roleCount: number;

  constructor(
    snapshot: TeamSnapshot,
    dimensions: ReadonlyMap<string, number>,
    private readonly scoreRows: readonly Float64Array[],
    private readonly fit: Float64Array,
  ) {
    snapshot.roles.forEach((role, j) => this.requiredIndex.set(role.id, j));
    for (const role of snapshot.otherRoles) {
      // A required role wins over an "other" role with the same id; first one wins otherwise.
      if (this.requiredIndex.has(role.id) || this.otherProfiles.has(role.id)) continue;
      this.otherProfiles.set(role.id, compileProfile(role.profile, dimensions));
    }
    this.roleCount = snapshot.roles.length;
  }

  /** Fit of member `i` to the role; 0 for no role, and for a role the snapshot lacks. */
  fitTo(i: number, roleId: string | null): number {
    if (roleId === null) return 0;
    const j = this.requiredIndex.get(roleId);
    if (j !== undefined) return this.fit[i * this.roleCount + j];
    const profile = this.otherProfiles.get(roleId);
    return profile ? fitOf(this.scoreRows[i], profile) : 0;
  }
}
