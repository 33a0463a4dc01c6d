/**
 * The baseline of the public preview benchmark: a bare Fastify server (the same Fastify the
 * Nest adapter uses) serving GET /api/v1/public/previews/:slug from the same store the API
 * uses — the same SQL on the same PostgreSQL row, the same 5-second in-process cache per slug,
 * the same ETag / Cache-Control headers and body. No Nest, guards, pipes, helmet, request ids
 * or logging: the difference to the API is the framework's cost.
 *
 * Env: DATABASE_URL, PORT. Prints "bare server listening" when ready.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';

const TTL_MS = 5000;
const SLUG = /^[a-z0-9-]{1,100}$/;

interface Entry {
  etag: string;
  body: Record<string, unknown>;
  expiresAt: number;
}

async function main(): Promise<void> {
  // The API's pool size (libs/persistence data-source-options: max 10).
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const cache = new Map<string, Entry>();
  const app = Fastify({ logger: false });

  app.get<{ Params: { slug: string } }>('/api/v1/public/previews/:slug', async (request, reply) => {
    const { slug } = request.params;
    let entry = cache.get(slug);
    if (!entry || entry.expiresAt <= Date.now()) {
      if (!SLUG.test(slug)) return reply.status(404).send({ status: 404 });
      const { rows } = await pool.query(
        `SELECT p.id AS preview_id, p.organization_id, v.id AS version_id, v.version, v.content,
                v.published_at, r.title AS job_title, o.name AS organization_name
           FROM job_previews p
           JOIN job_preview_versions v ON v.preview_id = p.id AND v.version = p.published_version
           JOIN job_roles r ON r.id = p.job_role_id
           JOIN organizations o ON o.id = p.organization_id
          WHERE p.slug = $1`,
        [slug],
      );
      if (rows.length === 0) return reply.status(404).send({ status: 404 });
      const row = rows[0] as Record<string, unknown>;
      entry = {
        etag: `"${row.version_id as string}"`,
        body: {
          ...(row.content as Record<string, unknown>),
          slug,
          version: row.version,
          jobTitle: row.job_title,
          organizationName: row.organization_name,
          publishedAt: row.published_at,
        },
        expiresAt: Date.now() + TTL_MS,
      };
      cache.set(slug, entry);
    }
    void reply.header('etag', entry.etag);
    void reply.header('cache-control', 'public, max-age=60, stale-while-revalidate=300');
    if (request.headers['if-none-match'] === entry.etag) return reply.status(304).send();
    return entry.body;
  });

  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  console.log('bare server listening');
  const stop = () => {
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
