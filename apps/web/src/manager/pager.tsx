import { useT } from '../i18n/language';
import { managerMessages } from './messages';

/** Previous / next with "21–40 of 300"; the range is announced when it changes. */
export function Pager({
  page,
  pageSize,
  total,
  label,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  label: string;
  onPage: (page: number) => void;
}) {
  const { t } = useT(managerMessages);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label} className="pager">
      <button
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('manager.pager.previous')}
      </button>
      <span role="status">{t('manager.pager.range', { from, to, total })}</span>
      <button
        type="button"
        className="secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('manager.pager.next')}
      </button>
    </nav>
  );
}
