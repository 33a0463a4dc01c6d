import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/language';
import { staffMessages } from '../messages';

/**
 * Previous / next for every paged list of the staff pages, with "21–40 of 300"; the range is
 * announced when it changes. Pressing Next
 * onto the last page (or Previous onto the first) disables that button, so the focus moves to
 * the other one instead of being lost.
 */
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
  const { t } = useT(staffMessages);
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const refocus = useRef<HTMLButtonElement | null>(null);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  useEffect(() => {
    if (refocus.current && !refocus.current.disabled) refocus.current.focus();
    refocus.current = null;
  });
  if (pages <= 1) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={label} className="pager">
      <button
        ref={previous}
        type="button"
        className="secondary"
        disabled={page <= 1}
        onClick={() => {
          if (page - 1 <= 1) refocus.current = next.current;
          onPage(page - 1);
        }}
      >
        {t('staff.pager.previous')}
      </button>
      <span role="status">{t('staff.pager.range', { from, to, total })}</span>
      <button
        ref={next}
        type="button"
        className="secondary"
        disabled={page >= pages}
        onClick={() => {
          if (page + 1 >= pages) refocus.current = previous.current;
          onPage(page + 1);
        }}
      >
        {t('staff.pager.next')}
      </button>
    </nav>
  );
}
