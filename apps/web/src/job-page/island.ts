/**
 * The job page's only script: takes over the two server-rendered forms (reactions, apply)
 * so they answer in place instead of navigating. No framework — the page is already
 * complete HTML, and React's client runtime alone would be most of the page's 60 kB budget.
 * Every text it shows comes from data attributes rendered with the page, in its language.
 *
 * Double clicks count once: a form that is sending ignores further submits, and each reaction
 * carries an Idempotency-Key (one per page load) that the server records at most once.
 */

type Status = HTMLElement & { dataset: DOMStringMap };

const API = '/api/v1/public/previews';

function statusFor(name: string): Status | null {
  return document.querySelector<Status>(`[data-job-status="${name}"]`);
}

function say(status: Status, text: string, tone: 'ok' | 'error'): void {
  status.dataset.tone = tone;
  status.textContent = text;
}

function setBusy(form: HTMLFormElement, busy: boolean): void {
  form.dataset.busy = busy ? 'true' : '';
  for (const button of form.querySelectorAll('button')) {
    if (busy) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
  }
}

function newKey(): string {
  return crypto.randomUUID
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function enhanceReactions(form: HTMLFormElement): void {
  const status = statusFor('reaction');
  if (!status) return;
  const idempotencyKey = newKey();
  let sent = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sent || form.dataset.busy === 'true') return;
    const submitter = event.submitter as HTMLButtonElement | null;
    const reaction = submitter?.value === 'not_for_me' ? 'not_for_me' : 'interested';
    const reason =
      reaction === 'not_for_me'
        ? (form.querySelector<HTMLInputElement>('input[name="reason"]:checked')?.value ?? undefined)
        : undefined;
    setBusy(form, true);
    postJson(
      `${API}/${encodeURIComponent(form.dataset.slug ?? '')}/reactions`,
      reason ? { reaction, reason } : { reaction },
      { 'idempotency-key': idempotencyKey },
    )
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status));
        sent = true;
        form.hidden = true;
        say(
          status,
          (reaction === 'interested' ? status.dataset.interested : status.dataset.notForMe) ?? '',
          'ok',
        );
        status.tabIndex = -1;
        status.focus();
      })
      .catch(() => {
        setBusy(form, false);
        say(status, status.dataset.failed ?? '', 'error');
      });
  });
}

interface Problem {
  errors?: { field: string; message: string }[];
}

function enhanceApply(form: HTMLFormElement): void {
  const status = statusFor('apply');
  if (!status) return;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const submitLabel = submit?.textContent ?? '';
  const fields = ['name', 'email'] as const;
  const input = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`);
  const showFieldError = (name: string, show: boolean) => {
    const el = input(name);
    const error = document.getElementById(`jp-${name}-error`);
    if (el) el.setAttribute('aria-invalid', show ? 'true' : 'false');
    if (error) error.hidden = !show;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (form.dataset.busy === 'true') return;
    fields.forEach((name) => showFieldError(name, false));
    const name = input('name')?.value.trim() ?? '';
    const email = input('email')?.value.trim() ?? '';
    const version = input('privacyNoticeVersion')?.value;
    setBusy(form, true);
    if (submit) submit.textContent = submit.dataset.sending ?? submitLabel;
    status.textContent = '';
    const body: Record<string, unknown> = { name, email };
    if (version !== undefined) body.privacyNoticeVersion = Number(version) || version;
    postJson(`${API}/${encodeURIComponent(form.dataset.slug ?? '')}/applications`, body)
      .then(async (response) => {
        if (response.ok) {
          form.hidden = true;
          const title = document.createElement('h3');
          title.textContent = status.dataset.sentTitle ?? '';
          title.tabIndex = -1;
          const text = document.createElement('p');
          text.textContent = (status.dataset.sent ?? '').replace('{email}', email);
          status.dataset.tone = 'ok';
          status.replaceChildren(title, text);
          title.focus();
          return;
        }
        const problem = (await response.json().catch(() => ({}))) as Problem;
        setBusy(form, false);
        if (submit) submit.textContent = submitLabel;
        if (response.status === 400 && problem.errors?.length) {
          const bad = new Set(problem.errors.map((e) => e.field));
          fields.forEach((f) => showFieldError(f, bad.has(f)));
          say(status, status.dataset.invalid ?? '', 'error');
          input(fields.find((f) => bad.has(f)) ?? 'name')?.focus();
          return;
        }
        const message =
          response.status === 404
            ? status.dataset.closed
            : response.status === 409
              ? status.dataset.conflict
              : response.status === 429
                ? status.dataset.tooMany
                : status.dataset.failed;
        say(status, message ?? '', 'error');
      })
      .catch(() => {
        setBusy(form, false);
        if (submit) submit.textContent = submitLabel;
        say(status, status.dataset.failed ?? '', 'error');
      });
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-job-form]')) {
  if (form.dataset.jobForm === 'reaction') enhanceReactions(form);
  if (form.dataset.jobForm === 'apply') enhanceApply(form);
}
