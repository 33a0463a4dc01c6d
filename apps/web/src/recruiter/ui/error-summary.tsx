import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/language';
import { useApiMessage } from '../../staff/api-messages';
import { fieldId } from '../lib/field-errors';
import { recruiterMessages } from '../messages';

/**
 * The errors of a failed save, at the top of the form: focused when they appear, each a
 * link to its field (the field shows the same message beside it). Errors without a field
 * (key '') are shown as text. `label` names a path in words; `target` gives the path of the
 * field to focus for it (by default the path itself), or null when the form has no such field,
 * and then the entry is named without a link.
 */
export function ErrorSummary({
  errors,
  label,
  target,
}: {
  errors: Readonly<Record<string, string>>;
  label?: (path: string) => string;
  target?: (path: string) => string | null;
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
        {entries.map(([path, message]) => {
          const name = label ? label(path) : path;
          const field = path ? (target ? target(path) : path) : null;
          return (
            <li key={path}>
              {field ? (
                <a
                  href={`#${fieldId(field)}`}
                  onClick={(e) => {
                    const element = document.getElementById(fieldId(field));
                    if (element) {
                      e.preventDefault();
                      element.focus();
                    }
                  }}
                >
                  {name}: {say(message)}
                </a>
              ) : path ? (
                `${name}: ${say(message)}`
              ) : (
                say(message)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
