/** Input of {@link solveCapacitatedAssignment}: a members × roles fit matrix and slots per role. */
export interface CapacitatedAssignmentInput {
  members: number;
  roles: number;
  /** Row-major `members × roles`; higher is better. Must be finite. */
  fit: Float64Array;
  /** Slots per role (non-negative). */
  capacity: Int32Array;
  /** Called with a fraction in (0, 1] as members are placed; the last call is 1. */
  onProgress?: (fraction: number) => void;
}

export interface CapacitatedAssignmentResult {
  /** Role index per member, −1 when the member is left unassigned. */
  roleOfMember: Int32Array;
  /** Σ fit over the assigned members. */
  total: number;
}

/** A dense row-major matrix, used by the reference solver and the slot expansion. */
export interface DenseMatrix {
  rows: number;
  cols: number;
  values: Float64Array;
}
