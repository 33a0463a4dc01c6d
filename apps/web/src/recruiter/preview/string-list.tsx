import { removeAt, replaceAt } from '../lib/list-edit';
import { useT } from '../../i18n/language';
import { recruiterMessages } from '../messages';
import { Field } from '../../staff/ui/field';

/** A list of one-line statements (hard parts, culture), each editable and removable. */
export function StringList({
  path,
  legend,
  hint,
  addLabel,
  itemLabel,
  items,
  errors,
  onChange,
}: {
  path: string;
  legend: string;
  hint?: string;
  addLabel: string;
  itemLabel: (n: number) => string;
  items: string[];
  errors: Readonly<Record<string, string>>;
  onChange: (items: string[]) => void;
}) {
  const { t } = useT(recruiterMessages);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {hint ? <p className="hint">{hint}</p> : null}
      {errors[path] ? (
        <p className="field-error" id={`f-${path}`}>
          {errors[path]}
        </p>
      ) : null}
      <ol className="rows">
        {items.map((item, index) => (
          <li key={index} className="row-inline">
            <Field
              path={`${path}[${index}]`}
              label={itemLabel(index + 1)}
              error={errors[`${path}[${index}]`]}
            >
              {(props) => (
                <input
                  {...props}
                  value={item}
                  onChange={(e) => onChange(replaceAt(items, index, e.target.value))}
                />
              )}
            </Field>
            <button
              type="button"
              className="secondary small"
              onClick={() => onChange(removeAt(items, index))}
            >
              {t('recruiter.remove')}
              <span className="visually-hidden">: {itemLabel(index + 1)}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={() => onChange([...items, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
