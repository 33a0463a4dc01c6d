import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../i18n/language';
import { shellMessages } from './messages';

/** The first page shown keeps the browser's natural focus; every later one takes it. */
let firstHeadingShown = false;

/** For tests: start again as if the app had just loaded. */
export function resetPageFocusForTests(): void {
  firstHeadingShown = false;
}

/** Sets `<title>` to "<title> – Rolefit" while the page is shown. */
export function usePageTitle(title: string): void {
  const { t } = useT(shellMessages);
  useEffect(() => {
    document.title = title === t('app.name') ? title : t('shell.pageTitle', { page: title });
  }, [title, t]);
}

/**
 * A page's one `<h1>`. After a route change (or a step change inside a page) focus moves here,
 * so a screen reader announces the new page and keyboard users start at its top.
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!firstHeadingShown) {
      firstHeadingShown = true;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}

/** Title and heading together: what most pages need. */
export function Page({ title, children }: { title: string; children?: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      {children}
    </>
  );
}
