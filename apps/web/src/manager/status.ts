import { useCallback } from 'react';
import { useT } from '../i18n/language';
import { useStatusLine, type KeyOf, type StatusLine } from '../staff/ui/status-line';
import { problemText } from './data';
import { managerMessages } from './messages';

type Key = KeyOf<typeof managerMessages>;
/** A key's base when it has plural forms: `manager.import.done` for `manager.import.done_other`. */
type PluralBase<K extends string> = K extends `${infer Base}_other` ? Base : never;

/**
 * A status or error line of the manager pages, kept as what to say rather than as text, so it
 * is said in the language in force when it is shown: a catalogue message, a count said with
 * the plural of that language, text the API wrote (said via its catalogue), or none.
 */
export type Line =
  | StatusLine<Key>
  | {
      readonly plural: PluralBase<Key>;
      readonly count: number;
      readonly vars?: Readonly<Record<string, string | number>>;
    };

/** What went wrong, as the API (or the network) said it: said via the API's catalogue. */
export function problemLine(error: unknown): Line {
  return { api: problemText(error) };
}

/** Renders manager status lines in the reader's current language. */
export function useLine(): (line: Line) => string {
  const { tp } = useT(managerMessages);
  const say = useStatusLine(managerMessages);
  return useCallback(
    (line: Line) =>
      line !== null && 'plural' in line ? tp(line.plural, line.count, line.vars) : say(line),
    [tp, say],
  );
}
