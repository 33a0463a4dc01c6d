import type { PreviewDraft } from './preview-draft';

/**
 * Stand-in for the candidates' job page component until it is on main: renders the same
 * sections in the same order, so the recruiter sees the content as it will read.
 */
export function LivePreview({ draft, jobTitle }: { draft: PreviewDraft; jobTitle: string }) {
  return (
    <article className="live-preview-fallback" lang={draft.locale}>
      <p className="muted">{jobTitle}</p>
      <h2>{draft.headline}</h2>
      <p>{draft.summary}</p>
      {draft.hardParts.length > 0 ? (
        <ul>
          {draft.hardParts.map((part, i) => (
            <li key={i}>{part}</li>
          ))}
        </ul>
      ) : null}
      <ol>
        {draft.typicalDay.map((block, i) => (
          <li key={i}>
            {block.start}–{block.end} {block.activity}: {block.description}
          </li>
        ))}
      </ol>
    </article>
  );
}
