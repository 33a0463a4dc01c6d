import type { DenseMatrix } from './assignment.types';

export interface SlotExpansion extends DenseMatrix {
  /** Role index of each column (one column per slot). */
  roleOfColumn: Int32Array;
}

/**
 * The members × Σ capacity matrix in which every slot of a role is its own column, so a
 * plain rectangular assignment over it is the capacitated problem. For tests and benchmarks:
 * it is the definition the fast solver is checked against, not something to run at scale.
 */
export function expandSlots(input: {
  members: number;
  roles: number;
  fit: Float64Array;
  capacity: Int32Array;
}): SlotExpansion {
  const { members, roles, fit, capacity } = input;
  let cols = 0;
  for (let j = 0; j < roles; j++) cols += Math.max(0, capacity[j]);
  const roleOfColumn = new Int32Array(cols);
  let c = 0;
  for (let j = 0; j < roles; j++) {
    for (let s = 0; s < capacity[j]; s++) roleOfColumn[c++] = j;
  }
  const values = new Float64Array(members * cols);
  for (let i = 0; i < members; i++) {
    for (let col = 0; col < cols; col++) {
      values[i * cols + col] = fit[i * roles + roleOfColumn[col]];
    }
  }
  return { rows: members, cols, values, roleOfColumn };
}
