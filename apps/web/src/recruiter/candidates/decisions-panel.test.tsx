import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageProvider } from '../../i18n/language';
import type { Language } from '../../i18n/catalogue';
import type { Decision } from '../types';
import { DecisionsPanel } from './decisions-panel';
import { SwitchToNorwegian } from '../../i18n/switch-to-norwegian';
import { jsonResponse as json } from '../../test-support/json-response';

const ASSESSMENT = '0b7c1f7e-5d0e-4a7e-9f55-1c2d3e4f5a01';

function decision(id: number, stage: Decision['stage']): Decision {
  return {
    id: `0b7c1f7e-5d0e-4a7e-9f55-1c2d3e4f5b0${id}`,
    stage,
    reason: null,
    actor: 'user',
    decidedBy: { id: '0b7c1f7e-5d0e-4a7e-9f55-1c2d3e4f5c01', name: 'Rita Recruiter' },
    decidedAt: '2026-12-01T10:00:00.000Z',
  };
}

/** The decisions API: a history that grows with what is recorded. */
function stubApi() {
  const history: Decision[] = [decision(1, 'assessed')];
  vi.stubGlobal('fetch', async (request: Request) => {
    if (request.method === 'POST') {
      const body = (await request.json()) as { stage: Decision['stage'] };
      const made = decision(history.length + 1, body.stage);
      history.push(made);
      return json(made, 201);
    }
    return json({ page: 1, pageSize: 20, total: history.length, items: history });
  });
}

function renderPanel(language: Language) {
  render(
    <LanguageProvider initial={language}>
      <SwitchToNorwegian />
      <DecisionsPanel
        assessmentId={ASSESSMENT}
        stage="assessed"
        closed={false}
        onDecided={vi.fn()}
      />
    </LanguageProvider>,
  );
}

describe('the decision form on a candidate’s result', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    [
      'en',
      'Stage',
      ['Choose a stage', 'Shortlisted', 'Interviewed', 'Offer made', 'Hired', 'Rejected'],
      'Assessed',
    ],
    [
      'nb',
      'Trinn',
      ['Velg et trinn', 'På kortlisten', 'Intervjuet', 'Tilbud gitt', 'Ansatt', 'Avslått'],
      'Vurdert',
    ],
  ] as const)(
    'in %s, offers the stages by their catalogue labels with the API’s values',
    async (language, label, texts, historyStage) => {
      stubApi();
      renderPanel(language);
      const select = screen.getByLabelText(label, { selector: 'select' });
      const options = within(select).getAllByRole<HTMLOptionElement>('option');
      expect(options.map((o) => o.textContent)).toEqual(texts);
      expect(options.map((o) => o.value)).toEqual([
        '',
        'shortlisted',
        'interviewed',
        'offered',
        'hired',
        'rejected',
      ]);
      // The history names stages the same way, never by the API's word.
      const history = await screen.findByRole('list');
      expect(within(history).getByRole('listitem').textContent).toContain(historyStage);
      expect(within(history).getByRole('listitem').textContent).not.toContain('assessed');
    },
  );

  it('says the recorded outcome in the language switched to afterwards', async () => {
    stubApi();
    renderPanel('en');
    await userEvent.selectOptions(
      screen.getByLabelText('Stage', { selector: 'select' }),
      'offered',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    const status = screen.getByRole('status');
    await vi.waitFor(() => expect(status.textContent).toBe('Recorded: Offer made.'));
    await userEvent.click(screen.getByRole('button', { name: 'Switch to Norwegian' }));
    expect(screen.getByRole('status').textContent).toBe('Registrert: Tilbud gitt.');
  });
});
