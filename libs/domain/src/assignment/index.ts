export type {
  CapacitatedAssignmentInput,
  CapacitatedAssignmentResult,
  DenseMatrix,
} from './assignment.types';
export { solveCapacitatedAssignment } from './solve-capacitated-assignment';
export { expandSlots, type SlotExpansion } from './expand-slots';
export { hungarianMaximize, type ReferenceAssignment } from './hungarian-reference';
