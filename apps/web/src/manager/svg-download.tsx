import { useState } from 'react';
import { staffApi as api } from '../staff/staff-api';
import { useT } from '../i18n/language';
import { managerMessages } from './messages';
import { useLine, type Line } from './status';

/**
 * Downloads the server's SVG of the map (fetched with the bearer token, so it cannot be a
 * plain link) and saves it as a file named after the team.
 */
export function SvgDownload({ teamId, teamName }: { teamId: string; teamName: string }) {
  const { t } = useT(managerMessages);
  const line = useLine();
  const [status, setStatus] = useState<Line>(null);
  async function download() {
    setStatus({ key: 'manager.svg.preparing' });
    const { data, response } = await api.GET('/api/v1/teams/{id}/role-map.svg', {
      params: { path: { id: teamId } },
      parseAs: 'blob',
    });
    if (!response.ok || !data) {
      setStatus({ key: 'manager.svg.failed' });
      return;
    }
    const url = URL.createObjectURL(new Blob([data], { type: 'image/svg+xml' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName(teamName)}-role-map.svg`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ key: 'manager.svg.done' });
  }
  return (
    <span className="svg-download">
      <button type="button" className="secondary" onClick={() => void download()}>
        {t('manager.svg.download')}
      </button>
      <span role="status" className="visually-hidden-when-empty">
        {line(status)}
      </span>
    </span>
  );
}

function fileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase() || 'team'
  );
}
