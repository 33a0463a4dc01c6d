import type { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@rolefit/config';
import { OrganizationEntity, UserEntity } from '@rolefit/persistence';
import { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password-hasher';
import { JobRolesService } from '../job-roles/job-roles.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { PreviewsService } from '../previews/previews.service';
import { TeamsService } from '../teams/teams.service';
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
  const dataSource = app.get(DataSource);
  const existing = await dataSource
    .getRepository(OrganizationEntity)
    .findOneBy({ name: DEMO_ORGANIZATION });
  if (existing)
    return {
      created: false,
      organizationId: existing.id,
      previews: await listPreviews(dataSource, existing.id),
    };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organization = await dataSource.transaction(async (tx) => {
    const org = await app.get(OrganizationsService).createWithDefaults(tx, DEMO_ORGANIZATION);
    await tx
      .getRepository(UserEntity)
      .insert(DEMO_USERS.map((u) => ({ ...u, organizationId: org.id, passwordHash })));
    return org;
  });

  const roles = app.get(JobRolesService);
  const previews = app.get(PreviewsService);
  // Every demo role uses the default questionnaire the organisation was created with.
  const [{ id: questionnaireId }] = await dataSource.query<{ id: string }[]>(
    `SELECT id FROM questionnaires WHERE organization_id = $1 ORDER BY created_at LIMIT 1`,
    [organization.id],
  );
  const roleIds: Record<string, string> = {};
  for (const demo of DEMO_ROLES) {
    const role = await roles.create(organization.id, { ...demo.role, questionnaireId });
    roleIds[demo.key] = role.id;
    const draft = await previews.create(organization.id, role.id, demo.preview);
    await previews.publish(organization.id, draft.id);
  }
  await seedTeam(app, dataSource, organization.id, roleIds);
  return {
    created: true,
    organizationId: organization.id,
    previews: await listPreviews(dataSource, organization.id),
  };
}

async function seedTeam(
  app: INestApplicationContext,
  dataSource: DataSource,
  organizationId: string,
  roleIds: Record<string, string>,
): Promise<void> {
  const teams = app.get(TeamsService);
  const manager = await dataSource
    .getRepository(UserEntity)
    .findOneByOrFail({ organizationId, role: 'manager' });
  const team = await teams.create(
    { userId: manager.id, organizationId, role: 'manager' },
    { name: DEMO_TEAM_NAME },
  );
  await teams.addMembers(
    organizationId,
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
    organizationId,
    team.id,
    DEMO_REQUIREMENTS.map((r) => ({ jobRoleId: roleIds[r.role], slots: r.slots })),
  );
}

async function listPreviews(dataSource: DataSource, organizationId: string) {
  const rows: { title: string; slug: string; locale: string }[] = await dataSource.query(
    `SELECT r.title, p.slug, v.content->>'locale' AS locale
       FROM job_previews p JOIN job_roles r ON r.id = p.job_role_id
       JOIN job_preview_versions v ON v.preview_id = p.id AND v.version = p.published_version
      WHERE p.organization_id = $1 ORDER BY r.created_at`,
    [organizationId],
  );
  return rows;
}
