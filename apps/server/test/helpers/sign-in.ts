/** Signing staff in over the API in tests, with the code the outbox holds. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/store/schema.js';
import type { client } from './http.js';

/** The code in the newest sign-in mail to `email`, as the outbox holds it. */
export async function mailedCode(db: Kysely<Database>, email: string) {
  const row = await db
    .selectFrom('outbox')
    .select('text_body')
    .where('to_address', '=', email)
    .where('kind', '=', 'sign-in-code')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return codeIn(row.text_body);
}

/** The 6-digit code in a sign-in mail's text, whatever its language. */
export const codeIn = (text: string) => /(?<!\d)(\d{6})(?!\d)/.exec(text)![1]!;

export const cookieOf = (headers: Headers) => headers.get('set-cookie')!.split(';')[0]!;

/** Asks for a code and signs in with it; throws unless both answer as they should. */
export async function signIn(
  api: ReturnType<typeof client>,
  db: Kysely<Database>,
  email: string,
  from: Record<string, string>,
) {
  const asked = await api.post('/v1/session/code', { email }, from);
  if (asked.status !== 202) throw new Error(`POST /v1/session/code → ${asked.status}`);
  const code = await mailedCode(db, email);
  const res = await api.post('/v1/session', { email, code }, from);
  if (res.status !== 200) throw new Error(`POST /v1/session → ${res.status}`);
  return { cookie: cookieOf(res.headers), code, res };
}
