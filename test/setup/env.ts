// Environment comes from global-setup (fresh database and queue prefix per run).
jest.setTimeout(120_000);
