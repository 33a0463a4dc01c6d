import { Foundation1795836681598 } from './1795836681598-Foundation';
import { OutboxAndTeams1795837168522 } from './1795837168522-OutboxAndTeams';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [Foundation1795836681598, OutboxAndTeams1795837168522];
