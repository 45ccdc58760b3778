// The back office's one table layout: a labelled table from column definitions, and the "Buka"
// column that opens a record of a list in the detail card above or below it.
import type { CSSProperties, ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

export interface Column<R> {
  head: ReactNode;
  /** Right-aligned (amounts, quantities). */
  num?: boolean;
  cell(row: R): ReactNode;
  /** An accessible name for the cell where the figure alone would not say what it is. */
  cellLabel?(row: R): string;
}

export function DataTable<R>(props: {
  label: string;
  columns: Column<R>[];
  rows: readonly R[];
  rowKey(row: R): string | number;
  /** Rows after the data (a total), inside the same body. */
  foot?: ReactNode;
  style?: CSSProperties;
}) {
  return (
    <table aria-label={props.label} style={props.style}>
      <thead>
        <tr>
          {props.columns.map((c, i) => (
            <th key={i} className={c.num ? 'num' : undefined}>
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={props.rowKey(row)}>
            {props.columns.map((c, i) => (
              <td key={i} className={c.num ? 'num' : undefined} aria-label={c.cellLabel?.(row)}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
        {props.foot}
      </tbody>
    </table>
  );
}

/** The last column of a list: "Buka" opens the row; `nameOf` names the button after the record. */
export function useOpenColumn<R>(onOpen: (row: R) => void, nameOf?: (row: R) => string): Column<R> {
  const { t } = useI18n();
  return {
    head: null,
    cell: (row) => (
      <button type="button" className="small" onClick={() => onOpen(row)} aria-label={nameOf ? `${t('Buka', 'Open')} ${nameOf(row)}` : undefined}>
        {t('Buka', 'Open')}
      </button>
    ),
  };
}
