import { useT } from '../../i18n/language';
import { recruiterMessages } from '../messages';

/** Previous / next for a paginated list, with "page x of y" as text. */
export function Pager({
  page,
  pageSize,
  total,
  onPage,
  label,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const { t } = useT(recruiterMessages);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('recruiter.pager.previous')}
      </button>
      <span>{t('recruiter.pager.position', { page, pages })}</span>
      <button
        type="button"
        className="secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('recruiter.pager.next')}
      </button>
    </nav>
  );
}
