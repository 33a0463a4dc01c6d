import { expect, type Page } from '@playwright/test';

/** The candidate questionnaire's save line says every answer reached the server. */
export const answersSaved = (page: Page) =>
  expect(page.getByRole('status')).toHaveText(/All answers saved/);

/** Picks an answer by clicking its label (the whole label is the target), as a person would. */
export async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole('group', { name: question }).getByText(choice, { exact: true }).click();
}
