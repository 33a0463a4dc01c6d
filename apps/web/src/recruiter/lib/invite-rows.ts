import { parseCsv } from './csv';

export interface InviteRow {
  /** 1-based line of the data in the file (the header is line 1 when there is one). */
  line: number;
  name: string;
  email: string;
  problem: 'missingName' | 'badEmail' | 'duplicate' | null;
}

/** A plain check for obvious typos; the API has the last word on addresses. */
const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

const NAME_HEADERS = ['name', 'navn', 'full name', 'fullt navn'];
const EMAIL_HEADERS = ['email', 'e-mail', 'e-post', 'epost', 'mail'];

/**
 * Candidates to invite from pasted or uploaded CSV: `name,email` per row, with or without a
 * header row (a header may name the columns in either order, in English or Norwegian). Every
 * row comes back, each with the problem that stops it, so the page can list them by line.
 */
export function inviteRowsFromCsv(text: string): InviteRow[] {
  const rows = parseCsv(text);
  if (rows.length === 0) return [];
  const header = rows[0]!.map((cell) => cell.trim().toLowerCase());
  let nameAt = 0;
  let emailAt = 1;
  let first = 0;
  const headerName = header.findIndex((h) => NAME_HEADERS.includes(h));
  const headerEmail = header.findIndex((h) => EMAIL_HEADERS.includes(h));
  if (headerName >= 0 && headerEmail >= 0) {
    nameAt = headerName;
    emailAt = headerEmail;
    first = 1;
  } else if (!EMAIL.test(header[1] ?? '') && EMAIL.test(header[0] ?? '')) {
    // email,name without a header
    nameAt = 1;
    emailAt = 0;
  }
  const seen = new Set<string>();
  return rows.slice(first).map((cells, index) => {
    const name = (cells[nameAt] ?? '').trim();
    const email = (cells[emailAt] ?? '').trim();
    const key = email.toLowerCase();
    let problem: InviteRow['problem'] = null;
    if (!name) problem = 'missingName';
    else if (!EMAIL.test(email)) problem = 'badEmail';
    else if (seen.has(key)) problem = 'duplicate';
    if (problem === null) seen.add(key);
    return { line: first + index + 1, name, email, problem };
  });
}
