import type { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import {
  OrganizationRepository,
  PreviewRepository,
  QuestionnaireRepository,
  Transactions,
  UserRepository,
} from '@rolefit/persistence';
import { hashPassword } from '../common/auth/password-hasher';
import { JobRolesService } from '../job-roles';
import { OrganizationsService } from '../organizations';
import { PreviewsService } from '../previews';
import { TeamsService } from '../teams';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_ROLES, DEMO_USERS } from './demo-roles';
import { DEMO_REQUIREMENTS, DEMO_TEAM_MEMBERS, DEMO_TEAM_NAME } from './demo-team';

export interface DemoSummary {
  created: boolean;
  organizationId: string;
  previews: { title: string; slug: string; locale: string }[];
}

/**
 * Demo data, through the same services the API uses. Idempotent: when the demo organisation
 * exists nothing is created again, so `npm start` can run it every time.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoSummary> {
  if (app.get(AppConfig).NODE_ENV === 'production') {
    throw new Error('Demo data is never created when NODE_ENV=production');
  }
  const published = app.get(PreviewRepository);
  const existing = await app.get(OrganizationRepository).findByName(DEMO_ORGANIZATION);
  if (existing)
    return {
      created: false,
      organizationId: existing.id,
      previews: await published.publishedOf(existing.id),
    };

  const passwordHash = await hashPassword(DEMO_PASSWORD, app.get(AppConfig).PASSWORD_HASH_COST);
  const organization = await app.get(Transactions).run(async (tx) => {
    const org = await app.get(OrganizationsService).createWithDefaults(tx, DEMO_ORGANIZATION);
    await app.get(UserRepository).insertMany(
      tx,
      DEMO_USERS.map((u) => ({ ...u, organizationId: org.id, passwordHash })),
    );
    return org;
  });

  const roles = app.get(JobRolesService);
  const previews = app.get(PreviewsService);
  // Every demo role uses the default questionnaire the organisation was created with.
  const questionnaireId = await app.get(QuestionnaireRepository).firstId(organization.id);
  const roleIds: Record<string, string> = {};
  for (const demo of DEMO_ROLES) {
    const role = await roles.create(organization.id, { ...demo.role, questionnaireId });
    roleIds[demo.key] = role.id;
    const draft = await previews.create(organization.id, role.id, demo.preview);
    await previews.publish(organization.id, draft.id);
  }
  await seedTeam(app, organization.id, roleIds);
  return {
    created: true,
    organizationId: organization.id,
    previews: await published.publishedOf(organization.id),
  };
}

async function seedTeam(
  app: INestApplicationContext,
  organizationId: string,
  roleIds: Record<string, string>,
): Promise<void> {
  const teams = app.get(TeamsService);
  const manager = await app.get(UserRepository).findOneWithRole(organizationId, 'manager');
  if (!manager) throw new Error('the demo organisation has no manager');
  // The demo manager manages the demo team (and so reaches it in the web app).
  const asManager = { userId: manager.id, organizationId, role: 'manager' as const };
  const team = await teams.create(asManager, { name: DEMO_TEAM_NAME });
  await teams.addMembers(
    asManager,
    team.id,
    DEMO_TEAM_MEMBERS.map((m) => ({
      name: m.name,
      email: m.email,
      currentJobRoleId: roleIds[m.current],
      profile: m.profile,
      performance: m.performance,
    })),
    true,
  );
  await teams.setRequirements(
    asManager,
    team.id,
    DEMO_REQUIREMENTS.map((r) => ({ jobRoleId: roleIds[r.role], slots: r.slots })),
  );
}
