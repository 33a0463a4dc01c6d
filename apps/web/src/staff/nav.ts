import { adminNav } from '../admin/nav';
import type { Language } from '../i18n/catalogue';
import { managerNav } from '../manager/nav';
import { recruiterNav } from '../recruiter/nav';
import type { StaffRole } from './session';

/**
 * One entry of the workspace navigation. Each area lists its own entries in `<area>/nav.ts`
 * (label from its own catalogue, the roles that see it); the shell only collects them.
 */
export interface StaffNavEntry {
  to: string;
  label: (language: Language) => string;
  roles: readonly StaffRole[];
}

export const STAFF_NAV: readonly StaffNavEntry[] = [...recruiterNav, ...managerNav, ...adminNav];

/** What this role may open, in order; the first is where `/app` leads after sign-in. */
export function navFor(role: StaffRole): StaffNavEntry[] {
  return STAFF_NAV.filter((entry) => entry.roles.includes(role));
}
