/**
 * The one kit the end-to-end tests (test/), the benchmarks (bench/) and the drills (drills/)
 * share: starting the built processes, HTTP, waiting, ports, seeded randomness, valid request
 * bodies, and the in-process SMTP inbox and private redis-server that outage tests and drills
 * stop and start. The demo logins and the dimension keys are not here: they come from where
 * the application defines them (apps/api/src/demo, @rolefit/domain).
 */
export * from './http-client';
export * from './http-request';
export * from './paths';
export * from './payloads';
export * from './ports';
export * from './processes';
export * from './random';
export * from './redis-server';
export * from './smtp-inbox';
export * from './wait';
