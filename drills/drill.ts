import type { DrillContext } from './support/context';
import type { DrillResult } from './support/report';

export interface Drill {
  name: string;
  description: string;
  run(ctx: DrillContext): Promise<DrillResult>;
}
