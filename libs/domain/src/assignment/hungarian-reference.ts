import type { DenseMatrix } from './assignment.types';

export interface ReferenceAssignment {
  /** Column per row, −1 when the row is left unassigned (only when rows > cols). */
  colOfRow: Int32Array;
  total: number;
}

/**
 * REFERENCE ONLY — the classic O(n²·m) Hungarian algorithm with potentials (Kuhn–Munkres,
 * shortest augmenting path form), maximising Σ values over a rectangular matrix with
 * min(rows, cols) assignments. It exists to check `solveCapacitatedAssignment` on the
 * slot-expanded matrix and as a benchmark baseline; it is far too slow for 5,000 × 5,000.
 */
export function hungarianMaximize(matrix: DenseMatrix): ReferenceAssignment {
  const { rows, cols, values } = matrix;
  if (rows <= cols) {
    const colOfRow = assignRowsToColumns(rows, cols, (i, j) => -values[i * cols + j]);
    return { colOfRow, total: totalOf(matrix, colOfRow) };
  }
  // More rows than columns: solve the transpose so every column gets a row.
  const rowOfCol = assignRowsToColumns(cols, rows, (j, i) => -values[i * cols + j]);
  const colOfRow = new Int32Array(rows).fill(-1);
  rowOfCol.forEach((i, j) => {
    colOfRow[i] = j;
  });
  return { colOfRow, total: totalOf(matrix, colOfRow) };
}

/** Minimum-cost assignment of every row (n ≤ m) to a distinct column. */
function assignRowsToColumns(
  n: number,
  m: number,
  cost: (row: number, col: number) => number,
): Int32Array {
  // 1-based arrays with index 0 as the virtual start column, as in the textbook form.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const rowOfCol = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let col0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[col0] = 1;
      const row0 = rowOfCol[col0];
      let delta = Infinity;
      let col1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost(row0 - 1, j - 1) - u[row0] - v[j];
        if (reduced < minv[j]) {
          minv[j] = reduced;
          way[j] = col0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          col1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[rowOfCol[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      col0 = col1;
    } while (rowOfCol[col0] !== 0);
    do {
      const col1 = way[col0];
      rowOfCol[col0] = rowOfCol[col1];
      col0 = col1;
    } while (col0 !== 0);
  }
  const colOfRow = new Int32Array(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    if (rowOfCol[j] > 0) colOfRow[rowOfCol[j] - 1] = j - 1;
  }
  return colOfRow;
}

function totalOf(matrix: DenseMatrix, colOfRow: Int32Array): number {
  let total = 0;
  colOfRow.forEach((j, i) => {
    if (j >= 0) total += matrix.values[i * matrix.cols + j];
  });
  return total;
}
