import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../i18n/language';
import { Field, FormActions } from './field';

function Form({ language }: { language: 'en' | 'nb' }) {
  return (
    <LanguageProvider initial={language}>
      <form>
        <Field
          path="typicalDay[2].end"
          label="Ends"
          hint="24-hour clock"
          error="end (10:30) must be after start (11:00)"
        >
          {(props) => <input {...props} />}
        </Field>
        <FormActions status="Not saved." sticky>
          <button type="submit">Save</button>
        </FormActions>
      </form>
    </LanguageProvider>
  );
}

describe('Field and FormActions, shared by the staff editors', () => {
  it('ties label, hint and the API error (in the reader’s language) to the input by its path', () => {
    render(<Form language="nb" />);
    const input = screen.getByLabelText('Ends');
    expect(input.id).toBe('f-typicalDay-2-end');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(
      'f-typicalDay-2-end-hint f-typicalDay-2-end-error',
    );
    expect(document.getElementById('f-typicalDay-2-end-error')?.textContent).toBe(
      '⚠ Slutten (10:30) må være etter starten (11:00).',
    );
  });

  it('puts the buttons before the outcome, which is a status', () => {
    render(<Form language="en" />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Not saved.');
    expect(status.parentElement?.className).toBe('form-actions sticky-actions');
    expect(status.previousElementSibling?.textContent).toBe('Save');
  });
});
