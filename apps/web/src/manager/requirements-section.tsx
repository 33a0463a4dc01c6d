import { useState, type FormEvent } from 'react';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { ok, type JobRole, type Team } from './data';
import { managerMessages } from './messages';
import { problemLine, useLine, type Line } from './status';

/** Slots per role: how many people the team needs in each job role (0 = not needed). */
export function RequirementsSection({
  team,
  jobRoles,
  onSaved,
}: {
  team: Team;
  jobRoles: JobRole[];
  onSaved: () => void;
}) {
  const { t, tp } = useT(managerMessages);
  const line = useLine();
  const [status, setStatus] = useState<Line>(null);
  const [error, setError] = useState<Line>(null);
  const slotsOf = new Map(team.requirements.map((r) => [r.jobRoleId, r.slots]));
  const total = team.requirements.reduce((n, r) => n + r.slots, 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = jobRoles
      .map((role) => ({ jobRoleId: role.id, slots: Number(form.get(`slots.${role.id}`) || 0) }))
      .filter((r) => r.slots > 0);
    setError(null);
    try {
      ok(
        await api.PUT('/api/v1/teams/{id}/requirements', {
          params: { path: { id: team.id } },
          body,
        }),
      );
      setStatus({
        plural: 'manager.requirements.saved',
        count: body.reduce((n, r) => n + r.slots, 0),
      });
      onSaved();
    } catch (e) {
      setError(problemLine(e));
    }
  }

  return (
    <section aria-labelledby="requirements-heading" className="section">
      <h2 id="requirements-heading">{t('manager.requirements.title')}</h2>
      <p className="hint">
        {t('manager.requirements.hint')} {tp('manager.requirements.total', total)}
      </p>
      {jobRoles.length === 0 ? (
        <p className="empty-state">{t('manager.requirements.noRoles')}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)}>
          <ul className="slot-list">
            {jobRoles.map((role) => (
              <li key={role.id}>
                <label>
                  <span>
                    {role.title}{' '}
                    {role.isLeadership && (
                      <span className="tag">{t('manager.requirements.leadership')}</span>
                    )}
                  </span>
                  <input
                    type="number"
                    name={`slots.${role.id}`}
                    min={0}
                    max={10000}
                    step={1}
                    inputMode="numeric"
                    defaultValue={slotsOf.get(role.id) ?? 0}
                  />
                </label>
              </li>
            ))}
          </ul>
          {error && (
            <p role="alert" className="error">
              {line(error)}
            </p>
          )}
          <div className="actions">
            <button type="submit">{t('manager.requirements.save')}</button>
            <span role="status">{line(status)}</span>
          </div>
        </form>
      )}
    </section>
  );
}
