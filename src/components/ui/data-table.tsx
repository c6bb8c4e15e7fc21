import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import { Table } from './table.tsx';
import './ui.css';

interface DataTableProps {
  caption: string;
  columns: readonly string[];
  /** Cells per row; the first cell is the row's header. */
  rows: readonly (readonly ReactNode[])[];
  /** Open from the start (for figures that are tables anyway). */
  open?: boolean;
}

/** A chart's data as a table, folded away under "Show as a table" for screen-reader users. */
export function DataTable({ caption, columns, rows, open = false }: DataTableProps) {
  const { t } = useTranslation();
  return (
    <details className="data-table" open={open}>
      <summary>{t('stats.showTable')}</summary>
      <Table
        caption={caption}
        columns={columns}
        rows={rows.map((cells, index) => ({ key: index, cells }))}
        rowHeaders
      />
    </details>
  );
}
