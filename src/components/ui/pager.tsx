import { useTranslation } from '../../i18n/i18n.ts';
import './ui.css';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Cards 51–100 of 312" with Previous and Next. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  return (
    <nav className="pager" aria-label={t('browse.pages')}>
      <button
        type="button"
        disabled={page === 0}
        onClick={() => {
          onPage(page - 1);
        }}
      >
        {t('browse.previous')}
      </button>
      <span role="status">
        {t('browse.range', {
          from: page * pageSize + 1,
          to: Math.min(total, (page + 1) * pageSize),
          total,
        })}
      </span>
      <button
        type="button"
        disabled={page >= pages - 1}
        onClick={() => {
          onPage(page + 1);
        }}
      >
        {t('browse.next')}
      </button>
    </nav>
  );
}
