import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/language';
import { useApiMessage } from '../../staff/api-messages';
import { fieldId } from '../lib/field-errors';
import { recruiterMessages } from '../messages';

/**
 * The errors of a failed save, at the top of the form: focused when they appear, each a
 * link to its field (the field shows the same message beside it). Errors without a field
 * (key '') are shown as text.
 */
export function ErrorSummary({
  errors,
  label,
}: {
  errors: Readonly<Record<string, string>>;
  label?: (path: string) => string;
}) {
  const { t } = useT(recruiterMessages);
  const say = useApiMessage();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const count = entries.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [errors, count]);
  if (count === 0) return null;
  return (
    <div className="notice error" ref={ref} tabIndex={-1} role="alert">
      <h2>{t('recruiter.errors.title')}</h2>
      <ul>
        {entries.map(([path, message]) => (
          <li key={path}>
            {path ? (
              <a
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  const target = document.getElementById(fieldId(path));
                  if (target) {
                    e.preventDefault();
                    target.focus();
                  }
                }}
              >
                {label ? label(path) : path}: {say(message)}
              </a>
            ) : (
              say(message)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
