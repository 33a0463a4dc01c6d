import '../../job-page/job-page.css';
import { JobPreview } from '../../job-page/JobPreview';
import { jobPageTranslator } from '../../job-page/translator';
import type { PreviewDraft } from './preview-draft';

/**
 * The live preview beside the editor: the very component the public job page renders on the
 * server, in the preview's own language, fed the draft as it is typed.
 */
export function LivePreview({
  draft,
  jobTitle,
  organizationName,
}: {
  draft: PreviewDraft;
  jobTitle: string;
  organizationName: string;
}) {
  return (
    <JobPreview
      preview={{
        ...draft,
        timeAllocation: draft.timeAllocation.map((row) => ({
          activity: row.activity,
          percent: Number(String(row.percent).replace(',', '.')) || 0,
        })),
        jobTitle,
        organizationName,
      }}
      locale={draft.locale}
      t={jobPageTranslator(draft.locale)}
      headingLevel={3}
    />
  );
}
