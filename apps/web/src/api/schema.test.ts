// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { expect, it } from 'vitest';

const documentUrl = new URL('../../../api/openapi.json', import.meta.url);
const schemaPath = fileURLToPath(new URL('./schema.d.ts', import.meta.url));

/** apps/api/openapi.json itself is checked against the API by test/e2e/web-app.e2e-spec.ts. */
it('the committed client types are generated from the committed OpenAPI document', async () => {
  const generated = COMMENT_HEADER + astToString(await openapiTS(documentUrl));
  const options = await resolveConfig(schemaPath);
  const expected = await format(generated, { ...options, filepath: schemaPath });
  // A difference means: run `npm run openapi` and commit both files.
  expect(readFileSync(schemaPath, 'utf8')).toBe(expected);
}, 30_000);
