import { useState, type ChangeEvent } from 'react';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { ApiProblem, ok, type Dimension, type JobRole } from './data';
import { managerMessages } from './messages';
import { problemLine, useLine, type Line } from './status';
import {
  readMemberCsv,
  serverProblemsByLine,
  type CsvImport as Checked,
  type RowProblem,
} from './member-csv';

/**
 * Import members from a pasted or uploaded CSV in two steps: check (every row, each problem
 * named by its line), then import the good rows in one request (all or nothing on the server).
 */
export function CsvImport({
  teamId,
  jobRoles,
  dimensions,
  onDone,
}: {
  teamId: string;
  jobRoles: JobRole[];
  dimensions: Dimension[];
  onDone: (message: Line) => void;
}) {
  const { t, tp } = useT(managerMessages);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<Checked>();
  const [serverProblems, setServerProblems] = useState<Checked['problems']>([]);
  const line = useLine();
  const [error, setError] = useState<Line>(null);
  const [busy, setBusy] = useState(false);

  const context = { dimensionKeys: dimensions.map((d) => d.key), jobRoles };
  const check = (value: string) => {
    setServerProblems([]);
    setError(null);
    setChecked(value.trim() ? readMemberCsv(value, context) : undefined);
  };
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const value = await file.text();
    setText(value);
    check(value);
  }
  async function importRows() {
    if (!checked || checked.members.length === 0) return;
    setBusy(true);
    try {
      const result = ok(
        await api.POST('/api/v1/teams/{id}/members', {
          params: { path: { id: teamId } },
          body: { members: checked.members.map((m) => m.member) },
        }),
      );
      const skipped = checked.problems.length;
      setText('');
      setChecked(undefined);
      onDone(
        skipped > 0
          ? { key: 'manager.import.doneSkipped', vars: { count: result.added, skipped } }
          : { plural: 'manager.import.done', count: result.added },
      );
    } catch (e) {
      if (e instanceof ApiProblem && e.problem.errors) {
        setServerProblems(serverProblemsByLine(checked.members, e.problem.errors));
      }
      setError(problemLine(e));
    } finally {
      setBusy(false);
    }
  }

  const problems = [...(checked?.problems ?? []), ...serverProblems].sort(
    (a, b) => a.line - b.line,
  );
  const columns = ['name', 'email', 'role', 'performance', ...dimensions.map((d) => d.key)].join(
    ',',
  );
  return (
    <section aria-labelledby="import-heading" className="subsection">
      <h3 id="import-heading">{t('manager.import.title')}</h3>
      <p className="hint" id="import-hint">
        {t('manager.import.hint')} <code className="columns">{columns}</code>
      </p>
      <label>
        {t('manager.import.paste')}
        <textarea
          rows={6}
          value={text}
          aria-describedby="import-hint"
          onChange={(e) => {
            setText(e.target.value);
            setChecked(undefined);
          }}
          spellCheck={false}
        />
      </label>
      <div className="actions">
        <label className="file-label">
          {t('manager.import.file')}
          <input type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void upload(e)} />
        </label>
        <button type="button" className="secondary" onClick={() => check(text)}>
          {t('manager.import.check')}
        </button>
      </div>
      <div role="status" className="import-result">
        {checked?.missingNameColumn && <p className="error">{t('manager.import.noName')}</p>}
        {checked && !checked.missingNameColumn && (
          <p>
            {tp('manager.import.ready', checked.members.length)}{' '}
            {problems.length > 0 && tp('manager.import.problemRows', problems.length)}
          </p>
        )}
        {checked && checked.ignoredColumns.length > 0 && (
          <p>{t('manager.import.ignored', { columns: checked.ignoredColumns.join(', ') })}</p>
        )}
      </div>
      {problems.length > 0 && (
        <ul className="row-problems" aria-label={t('manager.import.problemsLabel')}>
          {problems.map((row) => (
            <li key={row.line}>
              <strong>{t('manager.import.line', { line: row.line })}</strong>{' '}
              {row.problems.map((p) => describe(p, t, line)).join(' ')}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="error">
          {line(error)}
        </p>
      )}
      {checked && checked.members.length > 0 && (
        <button type="button" disabled={busy} onClick={() => void importRows()}>
          {tp('manager.import.submit', checked.members.length)}
        </button>
      )}
    </section>
  );
}

type Translate = ReturnType<typeof useT<typeof managerMessages.en>>['t'];

function describe(problem: RowProblem, t: Translate, line: (line: Line) => string): string {
  switch (problem.kind) {
    case 'nameMissing':
      return t('manager.import.nameMissing');
    case 'emailInvalid':
      return t('manager.import.emailInvalid', { value: problem.value });
    case 'roleUnknown':
      return t('manager.import.roleUnknown', { value: problem.value });
    case 'scoreInvalid':
      return t('manager.import.scoreInvalid', { column: problem.column, value: problem.value });
    case 'performanceInvalid':
      return t('manager.import.performanceInvalid', { value: problem.value });
    case 'profileMissing':
      return t('manager.import.profileMissing');
    case 'server':
      return line({ api: problem.message });
  }
}
