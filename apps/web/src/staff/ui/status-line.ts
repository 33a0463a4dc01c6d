import { useCallback } from 'react';
import type { EnglishMessages, Messages } from '../../i18n/catalogue';
import { useT } from '../../i18n/language';
import { useApiMessage } from '../api-messages';

/**
 * A message kept as its catalogue key and parameters rather than as rendered text, so it is
 * said in the language in force when it is shown: a status written before a language switch
 * follows the switch. A parameter may itself be a message (`{ stage: { key: '…' } }`).
 */
export interface Said<Key extends string> {
  readonly key: Key;
  readonly vars?: Readonly<Record<string, string | number | Said<Key>>>;
}

/** A status line: a catalogue message, text the API wrote (said via its catalogue), or none. */
export type StatusLine<Key extends string> = Said<Key> | { readonly api: string } | null;

/** The keys of one area's catalogue, for `useState<StatusLine<KeyOf<typeof x>>>(null)`. */
export type KeyOf<M extends Messages> = keyof M['en'] & string;

/** Renders status lines of one area's catalogue in the reader's current language. */
export function useStatusLine<E extends EnglishMessages>(
  messages: Messages<E>,
): (line: StatusLine<keyof E & string>) => string {
  const { t } = useT(messages);
  const say = useApiMessage();
  return useCallback(
    function text(line: StatusLine<keyof E & string>): string {
      if (line === null) return '';
      if ('api' in line) return say(line.api);
      const vars: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(line.vars ?? {})) {
        vars[name] = typeof value === 'object' ? text(value) : value;
      }
      return t(line.key, vars);
    },
    [t, say],
  );
}
