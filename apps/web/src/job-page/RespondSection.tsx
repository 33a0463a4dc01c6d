import type { Translate } from './translator';

export const REACTION_REASONS = [
  'tasks',
  'schedule',
  'culture',
  'demands',
  'pay',
  'location',
  'other',
] as const;

export interface PrivacyNotice {
  /** Sent back with the application, so the organisation knows which text the candidate saw. */
  version: number | string;
  text: string;
}

/**
 * "Is this for you?" and "Apply": plain HTML forms that post to the job page itself, so they
 * work without JavaScript; the job-page island (island.ts) takes them over when it runs —
 * fetch instead of navigation, one request per click, the answer announced in the
 * `role="status"` element. Every text the island shows is rendered here (data attributes and
 * hidden elements), so the island carries no message catalogue.
 */
export function RespondSection({
  slug,
  organizationName,
  privacyNotice,
  t,
}: {
  slug: string;
  organizationName: string;
  privacyNotice?: PrivacyNotice;
  t: Translate;
}) {
  const base = `/jobs/${encodeURIComponent(slug)}`;
  return (
    <>
      <section className="jp-respond" id="respond" aria-labelledby="jp-respond-title">
        <h2 id="jp-respond-title">{t('jobPage.respond.title')}</h2>
        <p className="jp-respond-intro">{t('jobPage.respond.intro')}</p>
        <form
          className="jp-react"
          method="post"
          action={`${base}/reaction`}
          data-job-form="reaction"
          data-slug={slug}
        >
          <div className="jp-react-card">
            <h3>{t('jobPage.react.interestedTitle')}</h3>
            <button
              type="submit"
              name="reaction"
              value="interested"
              className="jp-button jp-button--primary"
            >
              {t('jobPage.react.interested')}
            </button>
          </div>
          <div className="jp-react-card">
            <h3>{t('jobPage.react.notForMeTitle')}</h3>
            <fieldset className="jp-reasons">
              <legend>{t('jobPage.react.reasonLegend')}</legend>
              <div className="jp-chips">
                {REACTION_REASONS.map((reason) => (
                  <label className="jp-chip" key={reason}>
                    <input type="radio" name="reason" value={reason} />
                    <span>{t(`jobPage.react.reason.${reason}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <button
              type="submit"
              name="reaction"
              value="not_for_me"
              className="jp-button jp-button--secondary"
            >
              {t('jobPage.react.notForMe')}
            </button>
          </div>
        </form>
        <p
          className="jp-status"
          role="status"
          data-job-status="reaction"
          data-interested={t('jobPage.react.thanksInterested')}
          data-not-for-me={t('jobPage.react.thanksNotForMe')}
          data-failed={t('jobPage.react.failed')}
        />
      </section>

      <section className="jp-apply" id="apply" aria-labelledby="jp-apply-title">
        <h2 id="jp-apply-title">{t('jobPage.apply.title')}</h2>
        <p>{t('jobPage.apply.intro')}</p>
        <form
          className="jp-apply-form"
          method="post"
          action={`${base}/apply`}
          aria-labelledby="jp-apply-title"
          data-job-form="apply"
          data-slug={slug}
        >
          <div className="jp-field">
            <label htmlFor="jp-name">{t('jobPage.apply.name')}</label>
            <input
              id="jp-name"
              name="name"
              type="text"
              autoComplete="name"
              required
              maxLength={200}
              aria-describedby="jp-name-error"
            />
            <p className="jp-field-error" id="jp-name-error" hidden>
              {t('jobPage.apply.nameMissing')}
            </p>
          </div>
          <div className="jp-field">
            <label htmlFor="jp-email">{t('jobPage.apply.email')}</label>
            <input
              id="jp-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              aria-describedby="jp-email-hint jp-email-error"
            />
            <p className="jp-hint" id="jp-email-hint">
              {t('jobPage.apply.emailHint')}
            </p>
            <p className="jp-field-error" id="jp-email-error" hidden>
              {t('jobPage.apply.emailInvalid')}
            </p>
          </div>
          <div className="jp-privacy" role="group" aria-labelledby="jp-privacy-title">
            <h3 id="jp-privacy-title">
              {t('jobPage.apply.privacyTitle', { organization: organizationName })}
            </h3>
            {(
              privacyNotice?.text ??
              t('jobPage.apply.privacyDefault', { organization: organizationName })
            )
              .split(/\n{2,}/)
              .map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
          </div>
          {privacyNotice ? (
            <input
              type="hidden"
              name="privacyNoticeVersion"
              value={String(privacyNotice.version)}
            />
          ) : null}
          <p className="jp-hint">{t('jobPage.apply.privacyAgree')}</p>
          <button
            type="submit"
            className="jp-button jp-button--primary"
            data-sending={t('jobPage.apply.sending')}
          >
            {t('jobPage.apply.submit')}
          </button>
        </form>
        <div
          className="jp-status"
          role="status"
          data-job-status="apply"
          data-sent-title={t('jobPage.apply.sentTitle')}
          data-sent={t('jobPage.apply.sent')}
          data-failed={t('jobPage.apply.failed')}
          data-closed={t('jobPage.apply.closed')}
          data-conflict={t('jobPage.apply.alreadyStarted')}
          data-too-many={t('jobPage.apply.tooMany')}
          data-invalid={t('jobPage.apply.invalid')}
        />
      </section>
    </>
  );
}
