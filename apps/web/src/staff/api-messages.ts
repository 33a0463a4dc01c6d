import { useCallback } from 'react';
import { useT } from '../i18n/language';
import { staffMessages } from './messages';

type Key = keyof (typeof staffMessages)['en'];
type Translate = (key: Key, vars?: Record<string, string | number>) => string;

/**
 * The API writes its field errors and refusals in English only (`{ field, message }` with
 * no code). The messages the pages can meet are matched here and said from the catalogue, in
 * the reader's language; anything else is shown as the API wrote it.
 */
const PATTERNS: readonly [RegExp, Key, ...string[]][] = [
  [/^should not be empty$/, 'staff.apiError.required'],
  [/^Norwegian text is required\b/, 'staff.apiError.nbRequired'],
  [/^(?:an? |English )?[\w ]*? is required$/, 'staff.apiError.required'],
  [/^must be a non-empty statement$/, 'staff.apiError.required'],
  [/^must be longer than or equal to 1 characters?$/, 'staff.apiError.required'],
  [/^must not be greater than (-?[\d.]+)$/, 'staff.apiError.max', 'n'],
  [/^must not be less than (-?[\d.]+)$/, 'staff.apiError.min', 'n'],
  [/^must be longer than or equal to (\d+) characters?$/, 'staff.apiError.minLength', 'n'],
  [/^must be shorter than or equal to (\d+) characters?$/, 'staff.apiError.maxLength', 'n'],
  [/^must be an email(?: address)?$/, 'staff.apiError.email'],
  [/^must be an integer number$/, 'staff.apiError.integer'],
  [/^must be a whole number/, 'staff.apiError.integer'],
  [
    /^must be a (?:finite )?number(?: conforming to the specified constraints)?$/,
    'staff.apiError.number',
  ],
  [
    /^(?:\w+ )?must be a number from (-?[\d.]+) to (-?[\d.]+)$/,
    'staff.apiError.range',
    'min',
    'max',
  ],
  [/^(?:\w+ )?must be a number (?:greater than 0|> 0)$/, 'staff.apiError.positive'],
  [
    /^end \(([^)]*)\) must be after start \(([^)]*)\)$/,
    'staff.apiError.endAfterStart',
    'end',
    'start',
  ],
  [/^channels sum to (.+), must be 100$/, 'staff.apiError.channelsSum', 'sum'],
  [/^must be one of the following values: (.+)$/, 'staff.apiError.oneOf', 'values'],
  [/^unknown field$/, 'staff.apiError.unknownField'],
  [/^key must be a lowercase slug/, 'staff.apiError.slug'],
  [/^An account with this email already exists$/, 'staff.apiError.accountExists'],
  [/^The organisation must keep at least one active admin$/, 'staff.apiError.lastAdmin'],
  [/^The candidate is already \w+$/, 'staff.apiError.alreadyStage'],
  [/^The candidate has withdrawn/, 'staff.apiError.withdrawn'],
  [/^The candidate’s data has (?:already )?been erased$/, 'staff.apiError.erased'],
];

export function sayApiMessage(message: string, t: Translate): string {
  for (const [pattern, key, ...names] of PATTERNS) {
    const match = pattern.exec(message.trim());
    if (!match) continue;
    const vars: Record<string, string> = {};
    names.forEach((name, i) => (vars[name] = match[i + 1] ?? ''));
    return t(key, vars);
  }
  return message;
}

/** `sayApiMessage` in the reader's language, for components. */
export function useApiMessage(): (message: string) => string {
  const { t } = useT(staffMessages);
  return useCallback((message: string) => sayApiMessage(message, t), [t]);
}
