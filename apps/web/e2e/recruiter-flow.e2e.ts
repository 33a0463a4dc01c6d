import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAxeViolations, expectNoHorizontalScroll, screenshot } from './support/axe';
import { answer, answersSaved } from './support/questionnaire';
import { addStaffUser, signInThroughForm, signUpOrganization } from './support/staff';

/** A small published questionnaire: one knockout, two likert items per dimension. */
const QUESTIONNAIRE = {
  title: 'Booker fit',
  locales: ['en', 'nb'],
  scale: { min: 1, max: 5 },
  items: [
    {
      key: 'licence',
      type: 'knockout',
      text: { en: 'Driving licence?', nb: 'Førerkort?' },
      passingAnswer: true,
    },
    {
      key: 'p1',
      type: 'likert',
      text: { en: 'I like calling', nb: 'Jeg liker å ringe' },
      dimension: 'prospecting',
      keyed: 1,
    },
    {
      key: 'p2',
      type: 'likert',
      text: { en: 'Calling drains me', nb: 'Å ringe tapper meg' },
      dimension: 'prospecting',
      keyed: -1,
    },
    {
      key: 'r1',
      type: 'likert',
      text: { en: 'A no does not stop me', nb: 'Et nei stopper meg ikke' },
      dimension: 'resilience',
      keyed: 1,
    },
    {
      key: 'r2',
      type: 'likert',
      text: { en: 'Rejection stays with me', nb: 'Avvisning sitter i' },
      dimension: 'resilience',
      keyed: -1,
    },
  ],
};

async function check(page: Page, name: string, project: string) {
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await screenshot(page, name, project);
}

test('a recruiter defines a role, publishes its preview, invites, reads the ranked and explained result, and exports CSV', async ({
  page,
  request,
}, info) => {
  test.setTimeout(180_000);
  const project = info.project.name;
  const admin = await signUpOrganization(request, 'Nordlys Salg AS');
  const recruiter = await addStaffUser(request, admin, 'recruiter');
  const auth = { authorization: `Bearer ${recruiter.token}` };
  const q = await request.post('/api/v1/questionnaires', { headers: auth, data: QUESTIONNAIRE });
  expect(q.status()).toBe(201);
  const questionnaireId = (await q.json()).id as string;
  expect(
    (
      await request.post(`/api/v1/questionnaires/${questionnaireId}/publish`, { headers: auth })
    ).status(),
  ).toBe(200);

  // Sign in at /app.
  await page.goto('/app');
  await check(page, 'recruiter-sign-in', project);
  await signInThroughForm(page, recruiter);
  await expect(page.getByRole('heading', { level: 1, name: 'Recruiting' })).toBeVisible();
  await expect(page.getByText('Organisation: Nordlys Salg AS')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No job roles yet' })).toBeVisible();
  await check(page, 'recruiter-overview-empty', project);

  // The job role editor: channel mix with a live sum, a target profile, the questionnaire.
  await page.getByRole('link', { name: 'New job role' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New job role' })).toBeFocused();
  await page.getByLabel('Title', { exact: true }).fill('Meeting booker');
  await page
    .getByLabel('Summary', { exact: true })
    .fill('Books first meetings with new customers.');
  await page.getByLabel('Phone', { exact: true }).fill('70');
  await page.getByLabel('Digital', { exact: true }).fill('20');
  await expect(page.getByText('Sum: 90. 10 short of 100.')).toBeVisible();
  await page.getByLabel('In person', { exact: true }).fill('10');
  await expect(page.getByText('Sum: 100. Adds up to 100.')).toBeVisible();
  const dimensionToAdd = page.getByLabel('Dimension to add');
  await dimensionToAdd.selectOption('prospecting');
  await page.getByRole('button', { name: 'Add dimension' }).click();
  await dimensionToAdd.selectOption('resilience');
  await page.getByRole('button', { name: 'Add dimension' }).click();
  await page.locator('#f-profile-0-target').fill('80');
  await page.locator('#f-profile-0-weight').fill('3');
  await page.locator('#f-profile-1-minimum').fill('40');
  await page.getByLabel('Questionnaire', { exact: true }).selectOption(questionnaireId);
  await expect(page.getByRole('figure', { name: /The profile/ })).toContainText(
    'target 80, weight 3',
  );
  await check(page, 'recruiter-role-editor', project);
  // Submitted from the keyboard, as a keyboard user would.
  await page.getByRole('button', { name: 'Create job role' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/app\/recruiting\/roles\/[0-9a-f-]{36}$/);
  const roleId = page.url().split('/').at(-1)!;

  // The preview editor: start a draft, see an API field error placed on its field, fix, publish.
  await page.getByRole('link', { name: 'Preview', exact: true }).click();
  await page.getByRole('button', { name: 'Start a preview' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Meeting booker');
  await page.getByLabel('Headline').fill('Book the first meeting — every day');
  await page.getByLabel('Location').fill('Oslo');
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('button', { name: 'Add a block' }).click();
  await page.getByRole('button', { name: 'Add a block' }).click();
  const block = (n: number) => page.getByRole('listitem', { name: `Block ${n}`, exact: true });
  await block(1).getByLabel('Activity').fill('Stand-up');
  await block(1).getByLabel('What it involves (one line)').fill('Targets and tips.');
  await block(2).getByLabel('Activity').fill('Calling');
  await block(2).getByLabel('What it involves (one line)').fill('About 40 calls.');
  await block(3).getByLabel('Activity').fill('Follow-ups');
  await block(3).getByLabel('What it involves (one line)').fill('Email and LinkedIn.');
  await block(3).getByLabel('Ends').fill('10:30'); // before its start (11:00)
  // Reorder by keyboard: move block 1 down, then back up.
  await block(1).getByRole('button', { name: 'Move down' }).focus();
  await page.keyboard.press('Enter');
  await expect(block(1).getByLabel('Activity')).toHaveValue('Calling');
  // Focus stays on the moved block's control, so pressing again keeps moving it.
  await expect(block(2).getByRole('button', { name: 'Move down' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(block(2).getByRole('button', { name: 'Move up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(block(1).getByLabel('Activity')).toHaveValue('Stand-up');

  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Not published: fix the fields marked below.')).toBeVisible();
  const end3 = block(3).getByLabel('Ends');
  await expect(end3).toHaveAttribute('aria-invalid', 'true');
  await expect(block(3)).toContainText('The end (10:30) must be after the start (11:00).');
  await expect(page.getByText('Please fix these fields')).toBeVisible();
  await check(page, 'recruiter-preview-field-error', project);

  await end3.fill('12:00');
  await page.getByRole('button', { name: 'Add an activity' }).click();
  await page.locator('#f-timeAllocation-0-activity').fill('Phone prospecting');
  await page.locator('#f-timeAllocation-0-percent').fill('70');
  await page.getByRole('button', { name: 'Add an activity' }).click();
  await page.locator('#f-timeAllocation-1-activity').fill('Follow-up');
  await page.locator('#f-timeAllocation-1-percent').fill('30');
  await expect(page.getByText('Sum: 100 of 100.')).toBeVisible();
  await page.getByRole('button', { name: 'Add a hard part' }).click();
  await page.getByLabel('Hard part 1').fill('Most calls end in a no.');
  await page.getByRole('button', { name: 'Add a statement' }).click();
  await page.getByLabel('Culture statement 1').fill('We celebrate booked meetings.');
  await page.getByRole('button', { name: 'Add a demand' }).click();
  await page.getByLabel('Demand 1', { exact: true }).fill('12 qualified meetings a month');
  // The live preview beside the form follows the draft.
  await expect(page.getByRole('complementary', { name: 'Live preview' })).toContainText(
    'Most calls end in a no.',
  );
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText('Published: candidates now see version 1.')).toBeVisible();
  await expect(end3).not.toHaveAttribute('aria-invalid', 'true');
  const publicLink = page.getByRole('link', { name: /\/jobs\// });
  await expect(publicLink).toBeVisible();
  await expect(page.getByText('Version 1: live')).toBeVisible();
  // One <h1> on the page: the live preview's headline sits under "Live preview".
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(
    page
      .getByRole('complementary', { name: 'Live preview' })
      .getByRole('heading', { level: 3, name: 'Book the first meeting — every day' }),
  ).toBeVisible();
  await check(page, 'recruiter-preview-published', project);

  // Candidates: one invited by hand, more from pasted CSV with per-row errors.
  await page.getByRole('link', { name: 'Back to the job role' }).click();
  await page.getByRole('link', { name: 'Candidates', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Candidates: Meeting booker' }),
  ).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('Kari Nordmann');
  await page.getByLabel('Email', { exact: true }).fill(`kari-${project}@example.com`);
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  await expect(page.getByText('Kari Nordmann is invited.')).toBeVisible();
  const link = (await page.getByTestId('candidate-link').textContent())!;
  await page.getByText('Invite many from a CSV file').click();
  await page
    .getByLabel('Paste CSV')
    .fill(
      `name,email\nOla Hansen,ola-${project}@example.com\n,nobody@example.com\n=HYPERLINK("x"),eve-${project}@example.com`,
    );
  const rowsTable = page.getByRole('region', { name: 'Rows to invite' });
  await expect(rowsTable.getByRole('row').nth(2)).toContainText('the name is missing');
  await expect(page.getByText('2 ready, 1 with a problem.')).toBeVisible();
  await page.getByRole('button', { name: 'Invite 2' }).click();
  await expect(page.getByText('2 of 2 sent')).toBeVisible();
  await check(page, 'recruiter-candidates-invited', project);

  // The candidate opens their link in a new page and answers in the browser.
  const candidate = await page.context().newPage();
  await candidate.goto(link);
  await expect(candidate.getByText('Nordlys Salg AS · Meeting booker')).toBeVisible();
  await candidate.getByRole('button', { name: 'Start' }).click();
  await answer(candidate, 'Driving licence?', 'Yes');
  await answersSaved(candidate);
  await candidate.getByRole('button', { name: 'Next' }).click();
  await answer(candidate, 'I like calling', 'Strongly agree');
  await answer(candidate, 'Calling drains me', 'Disagree');
  await answer(candidate, 'A no does not stop me', 'Agree');
  await answer(candidate, 'Rejection stays with me', 'Disagree');
  await answersSaved(candidate);
  await candidate.getByRole('button', { name: 'Check your answers' }).click();
  await expect(candidate.getByText('Not answered')).toHaveCount(0);
  await candidate.getByRole('button', { name: 'Send my answers' }).click();
  await expect(
    candidate.getByRole('heading', { level: 1, name: 'Thank you — your answers are sent' }),
  ).toBeVisible();
  await candidate.close();

  // Ranked and explained.
  // A reload keeps the recruiter signed in (the refresh cookie), with no form in between.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  const ranked = page.getByRole('region', { name: 'Ranked by fit' });
  await expect(ranked.getByRole('row').nth(1)).toContainText('Kari Nordmann');
  const api = await request.get(`/api/v1/job-roles/${roleId}/candidates`, { headers: auth });
  const kari = (await api.json()).items[0];
  expect(kari.candidate.name).toBe('Kari Nordmann');
  await page.getByLabel('Show').selectOption('false');
  await expect(page).toHaveURL(/eligible=false/);
  await expect(page.getByText('No candidates match this filter.')).toBeVisible();
  await page.getByLabel('Show').selectOption('');
  await check(page, 'recruiter-candidates-ranked', project);

  // CSV download, rows checked.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const download = await downloading;
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe(
    'rank,name,email,fit,eligible,fitPercentile,status,submittedAt,knockoutsFailed,minimumsMissed,score:prospecting,score:resilience',
  );
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(
    `1,Kari Nordmann,kari-${project}@example.com,${Math.round(kari.fit * 10) / 10},yes,`,
  );

  await ranked.getByRole('link', { name: 'Kari Nordmann' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Result: Kari Nordmann' }),
  ).toBeFocused();
  await expect(page.getByRole('figure', { name: /Scores against targets/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Where the fit was lost' })).toContainText(
    'Share of the loss',
  );
  await check(page, 'recruiter-result', project);

  // The human decision: a stage from the API's list and a reason; the history says who and when.
  const decision = page.getByRole('region', { name: 'Decision' });
  await expect(decision.getByTestId('current-stage')).toHaveText('Assessed');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.getByLabel('Stage', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // The options read as the catalogue says; their values are the API's stages.
  await expect(decision.getByLabel('Stage', { exact: true }).getByRole('option')).toHaveText([
    'Choose a stage',
    'Shortlisted',
    'Interviewed',
    'Offer made',
    'Hired',
    'Rejected',
  ]);
  await decision.getByLabel('Stage', { exact: true }).selectOption('shortlisted');
  await decision.getByLabel('Reason').fill('Strong on calling; meet her next week.');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.getByRole('status')).toHaveText('Recorded: Shortlisted.');
  await expect(decision.getByTestId('current-stage')).toHaveText('Shortlisted');
  const history = decision.getByRole('list', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Assessed');
  const last = history.getByRole('listitem').last();
  await expect(last).toContainText('Shortlisted');
  await expect(last).toContainText('Rita Recruiter');
  await expect(last).toContainText('Strong on calling; meet her next week.');
  // Recording the same stage again is refused, and the refusal sits on the stage field.
  await decision.getByLabel('Stage', { exact: true }).selectOption('shortlisted');
  await decision.getByRole('button', { name: 'Record decision' }).click();
  await expect(decision.locator('#f-stage-error')).toContainText(
    'The candidate is already at that stage.',
  );
  await check(page, 'recruiter-result-decided', project);
  // In Norwegian: the options, the history and the status written before the switch.
  await page.getByRole('button', { name: 'Norsk bokmål' }).click();
  const beslutning = page.getByRole('region', { name: 'Beslutning' });
  await expect(beslutning.getByLabel('Trinn', { exact: true }).getByRole('option')).toHaveText([
    'Velg et trinn',
    'På kortlisten',
    'Intervjuet',
    'Tilbud gitt',
    'Ansatt',
    'Avslått',
  ]);
  await expect(beslutning.getByRole('status')).toHaveText(
    'Ikke registrert: se feltet som er merket.',
  );
  await expect(
    beslutning.getByRole('list', { name: 'Historikk' }).getByRole('listitem').last(),
  ).toContainText('På kortlisten');
  await check(page, 'recruiter-result-decided-nb', project);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Back to the candidates' }).click();
  await expect(ranked.getByRole('row', { name: /Kari Nordmann/ })).toContainText('Shortlisted');

  // The overview now shows the live preview and the funnel.
  await page.getByRole('link', { name: 'Recruiting', exact: true }).click();
  const card = page.getByRole('article', { name: 'Meeting booker' });
  await expect(card).toContainText('live (version 1)');
  await expect(card).toContainText('3 invited');
  await expect(card).toContainText('1 submitted');
  await check(page, 'recruiter-overview', project);
});
