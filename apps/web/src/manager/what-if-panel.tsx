import { useMemo, useRef, useState } from 'react';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { watchAnalysis, type AnalysisState } from './analysis-watch';
import { ok, type RoleMap, type Team } from './data';
import { managerMessages } from './messages';
import { problemLine, useLine, type Line } from './status';
import { evaluateWhatIf, isChanged, startingAssignment, type WhatIfState } from './what-if';

/**
 * Try moves and slot changes on the map and see fits and totals at once, computed in the
 * browser by the domain's own what-if (the code the analysis uses); then run it as an
 * analysis to let the server find the optimum for the changed slots.
 */
export function WhatIfPanel({
  map,
  team,
  state,
  onChange,
  roleTitle,
  onAnalysed,
}: {
  map: RoleMap;
  team: Team;
  state: WhatIfState;
  onChange: (state: WhatIfState) => void;
  roleTitle: (id: string | null) => string;
  onAnalysed: () => void;
}) {
  const { t, formatNumber } = useT(managerMessages);
  const outcome = useMemo(() => evaluateWhatIf(map, state), [map, state]);
  const start = useMemo(() => startingAssignment(map, state.start), [map, state.start]);
  const [memberId, setMemberId] = useState(map.members[0]?.id ?? '');
  const [roleId, setRoleId] = useState(map.roles[0]?.id ?? '');
  const [applyMoves, setApplyMoves] = useState(false);
  const [run, setRun] = useState<AnalysisState>();
  const line = useLine();
  const [error, setError] = useState<Line>(null);
  const watching = useRef<AbortController | null>(null);

  const whole = (n: number | null) => (n === null ? '–' : formatNumber(Math.round(n)));
  const signed = (n: number) => formatNumber(Math.round(n), { signDisplay: 'exceptZero' });
  const memberName = (id: string) => map.members.find((m) => m.id === id)?.name ?? '–';
  const fitIn = (id: string, role: string | null) => {
    const i = map.members.findIndex((m) => m.id === id);
    const j = map.roles.findIndex((r) => r.id === role);
    return i >= 0 && j >= 0 ? (map.fitMatrix[i]?.[j] ?? null) : null;
  };

  const { before, after } = outcome;
  const lowFit = (r: typeof before) => r.gaps.filter((g) => g.reason === 'lowFit').length;
  const rows: Array<[string, number | null, number | null]> = [
    [t('manager.whatIf.meanFit'), before.meanFit, after.meanFit],
    [t('manager.whatIf.totalFit'), before.totalFit, after.totalFit],
    [t('manager.whatIf.assigned'), before.assignedCount, after.assignedCount],
    [t('manager.whatIf.emptySlots'), before.unfilledSlots, after.unfilledSlots],
    [t('manager.whatIf.lowFit'), lowFit(before), lowFit(after)],
  ];

  function tryMove(member: string, role: string | null) {
    const moves = { ...state.moves };
    if ((start[member] ?? null) === role) delete moves[member];
    else moves[member] = role;
    onChange({ ...state, moves });
  }
  function setSlots(role: string, value: number) {
    const original = map.roles.find((r) => r.id === role)?.slots;
    const slots = { ...state.slots };
    if (!Number.isInteger(value) || value < 0 || value === original) delete slots[role];
    else slots[role] = value;
    onChange({ ...state, slots });
  }

  async function runAsAnalysis() {
    setError(null);
    try {
      if (Object.keys(state.slots).length > 0) {
        const requirements = new Map(team.requirements.map((r) => [r.jobRoleId, r.slots]));
        for (const [role, slots] of Object.entries(state.slots)) requirements.set(role, slots);
        ok(
          await api.PUT('/api/v1/teams/{id}/requirements', {
            params: { path: { id: team.id } },
            body: [...requirements]
              .filter(([, slots]) => slots > 0)
              .map(([jobRoleId, slots]) => ({ jobRoleId, slots })),
          }),
        );
      }
      if (applyMoves) {
        for (const [member, role] of Object.entries(state.moves)) {
          ok(
            await api.PATCH('/api/v1/teams/{id}/members/{memberId}', {
              params: { path: { id: team.id, memberId: member } },
              body: { currentJobRoleId: role },
            }),
          );
        }
      }
      const accepted = ok(
        await api.POST('/api/v1/teams/{id}/analyses', { params: { path: { id: team.id } } }),
      );
      setRun({ id: accepted.id, status: accepted.status, progress: 0 });
      watching.current?.abort();
      const controller = new AbortController();
      watching.current = controller;
      const final = await watchAnalysis(accepted.id, setRun, controller.signal);
      if (final?.status === 'completed') onAnalysed();
    } catch (e) {
      setError(problemLine(e));
    }
  }

  return (
    <section aria-labelledby="what-if-heading" className="section what-if no-print">
      <h2 id="what-if-heading" tabIndex={-1}>
        {t('manager.whatIf.title')}
      </h2>
      <p className="hint">{t('manager.whatIf.hint')}</p>
      <fieldset className="start-choice">
        <legend>{t('manager.whatIf.start')}</legend>
        {(['current', 'optimal'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="what-if-start"
              checked={state.start === option}
              onChange={() => onChange({ start: option, moves: {}, slots: state.slots })}
            />
            {option === 'current'
              ? t('manager.whatIf.fromCurrent')
              : t('manager.whatIf.fromOptimal')}
          </label>
        ))}
      </fieldset>
      <div className="what-if-controls">
        <fieldset>
          <legend>{t('manager.whatIf.moveLegend')}</legend>
          <div className="field">
            <label htmlFor="what-if-member">{t('manager.whatIf.member')}</label>
            <select
              id="what-if-member"
              value={memberId}
              onChange={(e) => setMemberId(e.target.value)}
            >
              {map.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="what-if-role">{t('manager.whatIf.toRole')}</label>
            <select id="what-if-role" value={roleId} onChange={(e) => setRoleId(e.target.value)}>
              {map.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
              <option value="">{t('manager.whatIf.noRole')}</option>
            </select>
          </div>
          <button type="button" onClick={() => tryMove(memberId, roleId || null)}>
            {t('manager.whatIf.tryMove')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('manager.whatIf.slotsLegend')}</legend>
          <div className="slot-inputs">
            {map.roles.map((r) => (
              <label key={r.id}>
                {r.title}
                <input
                  type="number"
                  min={0}
                  step={1}
                  inputMode="numeric"
                  value={state.slots[r.id] ?? r.slots}
                  onChange={(e) => setSlots(r.id, Number(e.target.value))}
                />
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <table className="data-table what-if-totals">
        <caption>{t('manager.whatIf.totalsCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">
              {state.start === 'current' ? t('manager.whatIf.now') : t('manager.whatIf.optimal')}
            </th>
            <th scope="col">{t('manager.whatIf.whatIf')}</th>
            <th scope="col">{t('manager.whatIf.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, b, a]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{whole(b)}</td>
              <td className="number">{whole(a)}</td>
              <td className="number">{a === null || b === null ? '–' : signed(a - b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p role="status" className="what-if-status">
        {isChanged(state)
          ? t('manager.whatIf.summary', {
              before: whole(before.meanFit),
              after: whole(after.meanFit),
            })
          : t('manager.whatIf.nothingYet')}
      </p>
      {after.overfilled.map((o) => (
        <p key={o.jobRoleId} className="warning">
          {t('manager.whatIf.overfilled', {
            role: roleTitle(o.jobRoleId),
            count: o.memberIds.length,
            slots: o.slots,
          })}
        </p>
      ))}
      {isChanged(state) && (
        <>
          <h3>{t('manager.whatIf.changes')}</h3>
          <ul className="what-if-changes">
            {Object.entries(state.moves).map(([member, role]) => {
              const was = start[member] ?? null;
              return (
                <li key={member}>
                  {t('manager.whatIf.moved', {
                    member: memberName(member),
                    from: roleTitle(was),
                    to: roleTitle(role),
                    fromFit: whole(fitIn(member, was)),
                    toFit: whole(fitIn(member, role)),
                  })}{' '}
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => tryMove(member, was)}
                  >
                    {t('manager.whatIf.undo')}{' '}
                    <span className="visually-hidden">{memberName(member)}</span>
                  </button>
                </li>
              );
            })}
            {Object.entries(state.slots).map(([role, slots]) => (
              <li key={role}>
                {t('manager.whatIf.slotsChanged', {
                  role: roleTitle(role),
                  from: map.roles.find((r) => r.id === role)?.slots ?? 0,
                  to: slots,
                })}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => onChange({ start: state.start, moves: {}, slots: {} })}
            >
              {t('manager.whatIf.reset')}
            </button>
          </div>
        </>
      )}
      <div className="run-as-analysis">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={applyMoves}
            onChange={(e) => setApplyMoves(e.target.checked)}
          />
          {t('manager.whatIf.applyMoves')}
        </label>
        <button type="button" onClick={() => void runAsAnalysis()}>
          {t('manager.whatIf.run')}
        </button>
        <p className="hint">{t('manager.whatIf.runHint')}</p>
        <p role="status">
          {run?.status === 'queued' && t('manager.analysis.queued')}
          {run?.status === 'running' &&
            t('manager.analysis.running', { progress: formatNumber(Math.round(run.progress)) })}
          {run?.status === 'completed' && t('manager.whatIf.analysed')}
          {run?.status === 'failed' &&
            t('manager.analysis.failed', { reason: run.error ?? t('manager.analysis.noReason') })}
        </p>
        {error && (
          <p role="alert" className="error">
            {line(error)}
          </p>
        )}
      </div>
    </section>
  );
}
