import { useId, type ReactNode } from 'react';
import { ScrollTable } from '../../components/scroll-table';

/** A plain table with a caption and column headers; numbers align right; on a narrow screen it scrolls in its own box. */
export function DataTable({ caption, columns, numeric = [], rows }: { caption: string; columns: string[]; numeric?: number[]; rows: ReactNode[][] }) {
  const captionId = useId();
  return (
    <ScrollTable className="table-wrap" labelledBy={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={numeric.includes(index) ? 'data-table__number' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={numeric.includes(index) ? 'data-table__number' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
