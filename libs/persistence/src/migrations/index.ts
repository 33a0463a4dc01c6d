import { Foundation1795836681598 } from './1795836681598-Foundation';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1795836681598];
