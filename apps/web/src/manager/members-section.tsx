import { useState } from 'react';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { ok, useLoad, type Dimension, type JobRole, type Member } from './data';
import { CsvImport } from './csv-import';
import { MemberForm } from './member-form';
import { managerMessages } from './messages';
import { Pager } from '../staff/ui/pager';
import { problemLine, useLine, type Line } from './status';

const PAGE_SIZE = 50;

/** The team's members: list (paged), edit, remove, invite; add one or import many. */
export function MembersSection({
  teamId,
  jobRoles,
  dimensions,
  onChange,
}: {
  teamId: string;
  jobRoles: JobRole[];
  dimensions: Dimension[];
  /** Members changed: the team's counts (and the next analysis' snapshot) changed too. */
  onChange: () => void;
}) {
  const { t, formatNumber } = useT(managerMessages);
  const line = useLine();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Member>();
  const [status, setStatus] = useState<Line>(null);
  const members = useLoad(
    async () =>
      ok(
        await api.GET('/api/v1/teams/{id}/members', {
          params: { path: { id: teamId }, query: { page, pageSize: PAGE_SIZE } },
        }),
      ),
    `members:${teamId}:${page}`,
  );
  const roleTitle = new Map(jobRoles.map((r) => [r.id, r.title]));
  const changed = (message: Line) => {
    setStatus(message);
    setEditing(undefined);
    members.reload();
    onChange();
  };

  async function remove(member: Member) {
    if (!window.confirm(t('manager.members.confirmRemove', { name: member.name }))) return;
    try {
      const result = await api.DELETE('/api/v1/teams/{id}/members/{memberId}', {
        params: { path: { id: teamId, memberId: member.id } },
      });
      if (!result.response.ok) ok(result);
      changed({ key: 'manager.members.removed', vars: { name: member.name } });
    } catch (e) {
      setStatus(problemLine(e));
    }
  }

  async function invite(member: Member) {
    const role = jobRoles.find((r) => r.id === member.currentJobRoleId);
    if (!member.email || !role) return;
    try {
      ok(
        await api.POST('/api/v1/job-roles/{id}/assessments', {
          params: { path: { id: role.id } },
          body: { candidate: { name: member.name, email: member.email } },
        }),
      );
      setStatus({
        key: 'manager.members.invited',
        vars: { name: member.name, email: member.email },
      });
    } catch (e) {
      setStatus(problemLine(e));
    }
  }

  return (
    <section aria-labelledby="members-heading" className="section">
      <h2 id="members-heading">{t('manager.members.title')}</h2>
      <p role="status" className="status-line">
        {line(status)}
      </p>
      {members.error && (
        <p role="alert" className="error">
          {line({ api: members.error })}
        </p>
      )}
      {members.data?.total === 0 && <p className="empty-state">{t('manager.members.empty')}</p>}
      {members.data && members.data.items.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="members-heading">
          <table className="data-table">
            <caption className="visually-hidden">{t('manager.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('manager.members.name')}</th>
                <th scope="col">{t('manager.members.email')}</th>
                <th scope="col">{t('manager.members.role')}</th>
                <th scope="col">{t('manager.members.performance')}</th>
                <th scope="col">{t('manager.members.profileSource')}</th>
                <th scope="col">{t('manager.members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => {
                const role = jobRoles.find((r) => r.id === m.currentJobRoleId);
                const canInvite = Boolean(m.email && role?.questionnaireId);
                return (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{m.email ?? '–'}</td>
                    <td>
                      {m.currentJobRoleId
                        ? (roleTitle.get(m.currentJobRoleId) ?? t('manager.members.unknownRole'))
                        : t('manager.members.noRole')}
                    </td>
                    <td className="number">
                      {m.performance === null ? '–' : formatNumber(m.performance)}
                    </td>
                    <td>
                      {m.assessmentId
                        ? t('manager.members.fromAssessmentShort')
                        : t('manager.members.entered', { count: Object.keys(m.profile).length })}
                    </td>
                    <td>
                      <div className="row-actions">
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => setEditing(m)}
                        >
                          {t('manager.members.edit')}{' '}
                          <span className="visually-hidden">{m.name}</span>
                        </button>
                        <button
                          type="button"
                          className="secondary small"
                          onClick={() => void remove(m)}
                        >
                          {t('manager.members.remove')}{' '}
                          <span className="visually-hidden">{m.name}</span>
                        </button>
                        {canInvite && (
                          <button
                            type="button"
                            className="secondary small"
                            onClick={() => void invite(m)}
                          >
                            {t('manager.members.invite')}{' '}
                            <span className="visually-hidden">{m.name}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {members.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={members.data.total}
          label={t('manager.members.pages')}
          onPage={setPage}
        />
      )}
      <p className="hint">{t('manager.members.inviteHint')}</p>
      {editing && (
        <MemberForm
          key={editing.id}
          teamId={teamId}
          member={editing}
          jobRoles={jobRoles}
          dimensions={dimensions}
          onDone={changed}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {!editing && (
        <MemberForm teamId={teamId} jobRoles={jobRoles} dimensions={dimensions} onDone={changed} />
      )}
      <CsvImport teamId={teamId} jobRoles={jobRoles} dimensions={dimensions} onDone={changed} />
    </section>
  );
}
