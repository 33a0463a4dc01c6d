import type { ReactNode } from 'react';
import { fieldId } from '../../recruiter/lib/field-errors';
import { useApiMessage } from '../api-messages';

/**
 * The staff pages' labelled form field (recruiter editors, admin pages). Its id comes from its path (`typicalDay[2].end` → `f-typicalDay-2-end`)
 * so an API error for that path can be shown here and focused; the error is tied to the
 * input with aria-describedby and aria-invalid.
 */
export function Field({
  path,
  label,
  error,
  hint,
  children,
  className,
}: {
  path: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  children: (props: {
    id: string;
    'aria-invalid': boolean | undefined;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const say = useApiMessage();
  const id = fieldId(path);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {say(error)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The save bar under a form: its buttons, then the outcome read out by screen readers
 * (role="status"). `sticky` keeps it in view at the bottom of a long editor.
 */
export function FormActions({
  status,
  sticky,
  children,
}: {
  status: ReactNode;
  sticky?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`form-actions${sticky ? ' sticky-actions' : ''}`}>
      {children}
      <p role="status" className="status">
        {status}
      </p>
    </div>
  );
}
