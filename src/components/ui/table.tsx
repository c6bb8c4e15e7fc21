import type { Key, ReactNode } from 'react';
import './ui.css';

export interface TableRow {
  key: Key;
  cells: readonly ReactNode[];
  /** Marks the row for tests that count rows of one table among several. */
  testId?: string;
  className?: string;
}

interface TableProps {
  columns: readonly string[];
  rows: readonly TableRow[];
  caption?: string;
  /** The first cell of each row names the row (a row header for screen readers). */
  rowHeaders?: boolean;
  className?: string;
}

/** A plain data table in the app's table style: column headers, optional row headers. */
export function Table({ columns, rows, caption, rowHeaders = false, className }: TableProps) {
  return (
    <table className={className === undefined ? 'table' : `table ${className}`}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid={row.testId} className={row.className}>
            {row.cells.map((cell, index) =>
              index === 0 && rowHeaders ? (
                <th key={index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
