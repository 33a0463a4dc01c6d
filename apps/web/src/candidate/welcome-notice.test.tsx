import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assessment, candidateApi, json, open } from './test-support';

describe('the privacy notice on the welcome screen', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => vi.unstubAllGlobals());

  it('shows the organisation’s privacy notice on the welcome screen, in the candidate’s language', async () => {
    candidateApi({ 'GET /': () => json({ ...assessment, status: 'invited', answers: {} }) });
    open('/a');
    await screen.findByRole('heading', { name: 'How Nordlys Sales AS handles your data' });
    expect(screen.getByText('We keep your answers for six months.')).toBeTruthy();
    expect(screen.getByText('You can ask us to erase them.')).toBeTruthy();
    expect(screen.queryByText(/seks måneder/)).toBeNull();
    // Before the first question: the notice comes before the start button.
    const notice = screen.getByText('We keep your answers for six months.');
    const start = screen.getByRole('button', { name: 'Start' });
    expect(notice.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the Norwegian notice to a candidate sent the questionnaire in Norwegian', async () => {
    candidateApi({
      'GET /': () => json({ ...assessment, status: 'invited', answers: {}, locale: 'nb' }),
    });
    open('/a', 'nb');
    await screen.findByRole('heading', {
      name: 'Slik behandler Nordlys Sales AS opplysningene dine',
    });
    expect(screen.getByText('Vi tar vare på svarene i seks måneder.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});
