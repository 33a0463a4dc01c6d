/** The life of a background run row (team analysis, reliability run). */
export type RunStatus = 'queued' | 'running' | 'completed' | 'failed';
