import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { addStaffUser, signInThroughForm, signUpOrganization } from './support/staff';

async function check(page: Page, name: string, project: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name, project);
}

test('an admin manages users: invite, change role, deactivate with a confirmation; the last admin stays', async ({
  page,
  request,
}, info) => {
  const project = info.project.name;
  const admin = await signUpOrganization(request, 'Admin Test AS');
  await addStaffUser(request, admin, 'recruiter', 'Rita Recruiter');
  await page.goto('/app/admin/users');
  await signInThroughForm(page, admin);
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await expect(nav.getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Organisation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  const rita = page.getByRole('listitem', { name: 'Rita Recruiter' });
  const ada = page.getByRole('listitem', { name: 'Ada Admin' });
  await expect(rita).toContainText('active');
  await expect(ada).toContainText('(you)');
  await check(page, 'admin-users', project);

  // Invite by email with a role.
  await page.getByLabel('Name', { exact: true }).fill('Mona Manager');
  await page.getByLabel('Email', { exact: true }).fill(`mona-${project}@example.com`);
  await page.getByLabel('Role', { exact: true }).selectOption('manager');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitation sent to mona-${project}@example.com.`)).toBeVisible();
  // A bad address is refused on its field.
  await page.getByLabel('Name', { exact: true }).fill('Nobody');
  await page.getByLabel('Email', { exact: true }).fill('not-an-email');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-email-error')).toBeVisible();

  // Change a role.
  await rita.getByLabel('Role of Rita Recruiter').selectOption('manager');
  await rita.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByText('Rita Recruiter is now Manager.')).toBeVisible();

  // The only admin cannot demote or deactivate themselves: the API's reason sits on that control.
  await ada.getByLabel('Role of Ada Admin').selectOption('recruiter');
  await ada.getByRole('button', { name: 'Change role' }).click();
  await expect(ada.getByRole('alert')).toContainText('at least one active admin');
  await expect(ada.getByLabel('Role of Ada Admin')).toHaveAttribute('aria-invalid', 'true');
  await ada.getByLabel('Role of Ada Admin').selectOption('admin');
  await ada.getByRole('button', { name: 'Deactivate' }).click();
  await ada.getByRole('button', { name: 'Yes, deactivate' }).click();
  await expect(ada.getByRole('alert').last()).toContainText('at least one active admin');
  await expect(ada).toContainText('active');

  // Deactivate someone else: asks first; Cancel keeps them.
  await rita.getByRole('button', { name: 'Deactivate' }).click();
  await expect(rita.getByRole('group')).toContainText('Deactivate Rita Recruiter?');
  await rita.getByRole('button', { name: 'Cancel' }).click();
  await expect(rita).toContainText('active');
  await rita.getByRole('button', { name: 'Deactivate' }).click();
  await rita.getByRole('button', { name: 'Yes, deactivate' }).click();
  await expect(page.getByText('Rita Recruiter is deactivated.')).toBeVisible();
  await expect(rita).toContainText('deactivated');
  await expect(rita.getByRole('button', { name: 'Reactivate' })).toBeVisible();
  await check(page, 'admin-users-changed', project);

  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brukere' })).toBeVisible();
  // The API's English messages are said from the catalogue in the reader's language.
  await expect(ada.getByRole('alert').first()).toHaveText(
    '⚠ Organisasjonen må beholde minst én aktiv administrator.',
  );
  await expect(page.locator('#f-email-error')).toHaveText(
    '⚠ Skriv en e-postadresse, som navn@eksempel.no.',
  );
  // What was announced before the switch is said again in Norwegian.
  await expect(page.getByRole('region', { name: 'Personer' }).getByRole('status')).toHaveText(
    'Rita Recruiter er deaktivert.',
  );
  await expect(page.getByText('Rita Recruiter is deactivated.')).toHaveCount(0);
  await check(page, 'admin-users-nb', project);
});

test('an admin edits the organisation settings: field errors on their fields, unsaved warning, a new notice version', async ({
  page,
  request,
}, info) => {
  const project = info.project.name;
  const admin = await signUpOrganization(request, 'Settings Test AS');
  await page.goto('/app/admin/organization');
  await signInThroughForm(page, admin);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Organisation settings' }),
  ).toBeVisible();
  const months = page.getByLabel('Keep candidate data for (months)');
  await expect(months).not.toHaveValue('');
  const notice = page.getByRole('group', { name: /Privacy notice \(version (\d+)/ });
  const version = Number(/version (\d+)/.exec((await notice.textContent()) ?? '')?.[1]);
  await check(page, 'admin-organization', project);

  // The API's field error lands on its field (and in the summary).
  await months.fill('500');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(months).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-retentionMonths-error')).toBeVisible();
  await expect(page.getByText('Please fix these fields')).toBeVisible();
  await check(page, 'admin-organization-error', project);

  // Unsaved changes: leaving asks first.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page
    .getByRole('navigation', { name: 'Workspace' })
    .getByRole('link', { name: 'Users' })
    .click();
  expect(asked).toContain('unsaved changes');
  await expect(page).toHaveURL(/\/app\/admin\/organization$/);

  await months.fill('18');
  await notice.getByLabel('English').fill('We keep your data for 18 months.');
  await notice.getByLabel('Norwegian (bokmål)').fill('Vi tar vare på dataene dine i 18 måneder.');
  const share = page.getByLabel('Candidates see their own profile');
  const wasShared = await share.isChecked();
  await share.setChecked(!wasShared);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(months).not.toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByRole('group', { name: `Privacy notice (version ${version + 1} is shown now)` }),
  ).toBeVisible();

  await page.reload();
  await expect(months).toHaveValue('18');
  await expect(page.getByLabel('Norwegian (bokmål)')).toHaveValue(
    'Vi tar vare på dataene dine i 18 måneder.',
  );
  await expect(share).toBeChecked({ checked: !wasShared });

  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Innstillinger for organisasjonen' }),
  ).toBeVisible();
  await check(page, 'admin-organization-nb', project);
});

test('a recruiter sees no admin navigation, and typing the address says not allowed', async ({
  page,
  request,
}) => {
  const admin = await signUpOrganization(request, 'Roles Test AS');
  const recruiter = await addStaffUser(request, admin, 'recruiter');
  await page.goto('/app');
  await signInThroughForm(page, recruiter);
  const nav = page.getByRole('navigation', { name: 'Workspace' });
  await expect(nav.getByRole('link', { name: 'Recruiting' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Organisation' })).toHaveCount(0);
  await page.goto('/app/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expect(page.getByText('Only administrators can open this page.')).toBeVisible();
  await page.goto('/app/admin/organization');
  await expect(page.getByRole('heading', { level: 1, name: 'Not allowed' })).toBeVisible();
  await expectNoAxeViolations(page);
});
