import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test by itself only when test globals are on; they are off.
afterEach(() => cleanup());

// `findBy…` and `waitFor` give up after 1 s by default. A page's first render loads its route
// lazily, which took 1.7 s on a loaded two-core machine (CI runs beside other work): wait
// longer for what must appear. Nothing passes that did not before; it only fails later.
configure({ asyncUtilTimeout: 5000 });
