/**
 * The story editor's draft: what the form holds (every language side by
 * side, the image, links, themes, author, publication), how it is made from
 * a story, what is missing before it can be saved, and the body sent to the
 * API (StoryInput / StoryPatch of @entrypoint/sdk).
 */
import type { Story, Theme } from '@entrypoint/sdk';

export const TEXT_FIELDS = ['title', 'summary', 'body'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Languages offered to add, beyond the organisation's own (the region's). */
export const OFFERED_LANGUAGES = ['sv', 'nb', 'fi', 'da', 'en', 'de', 'et', 'lv', 'lt', 'is'];

export interface Draft {
  /** The languages shown side by side, the organisation's default first. */
  langs: string[];
  title: Record<string, string>;
  summary: Record<string, string>;
  body: Record<string, string>;
  alt: Record<string, string>;
  image: { url: string; srcset?: string | undefined } | undefined;
  themes: Theme[];
  challengeIds: string[];
  clusterIds: string[];
  authorName: string;
  authorRole: string;
  /** `now`: publish when saved; `at`: at `publishAt` (a `datetime-local` value, local time). */
  when: 'now' | 'at';
  publishAt: string;
}

/** `YYYY-MM-DDTHH:mm` in local time, for `<input type="datetime-local">`. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

const unique = (xs: string[]) => [...new Set(xs)];

export function newDraft(defaultLanguage: string): Draft {
  return {
    langs: unique([defaultLanguage, 'en']),
    title: {},
    summary: {},
    body: {},
    alt: {},
    image: undefined,
    themes: [],
    challengeIds: [],
    clusterIds: [],
    authorName: '',
    authorRole: '',
    when: 'now',
    publishAt: '',
  };
}

export function draftOf(story: Story, defaultLanguage: string): Draft {
  const written = [story.title, story.summary, story.body].flatMap((x) => Object.keys(x));
  return {
    langs: unique([defaultLanguage, ...written]),
    title: { ...story.title },
    summary: { ...story.summary },
    body: { ...story.body },
    alt: { ...story.image?.alt },
    image: story.image ? { url: story.image.url, srcset: story.image.srcset } : undefined,
    themes: [...story.themes],
    challengeIds: [...story.challengeIds],
    clusterIds: [...story.clusterIds],
    authorName: story.author?.name ?? '',
    authorRole: story.author?.role ?? '',
    when: 'at',
    publishAt: toLocalInput(story.publishedAt),
  };
}

const filled = (x: Record<string, string>, lang: string) => Boolean(x[lang]?.trim());

/** A language is in the story once any of its texts is written. */
export const storyLanguages = (d: Draft) =>
  d.langs.filter((l) => TEXT_FIELDS.some((f) => filled(d[f], l)));

/** The texts of `lang` still empty (title, summary, body; alt text with an image). */
export function missingIn(d: Draft, lang: string): Array<TextField | 'alt'> {
  const missing: Array<TextField | 'alt'> = TEXT_FIELDS.filter((f) => !filled(d[f], lang));
  if (d.image && !filled(d.alt, lang)) missing.push('alt');
  return missing;
}

export type Problem =
  | { kind: 'title' }
  | { kind: 'summary' | 'body'; lang: string }
  | { kind: 'alt'; lang: string }
  | { kind: 'date' };

/**
 * What stops saving: a title, summary and story in at least one language
 * (a language with a title needs its summary and story), the image described
 * in every language of the story, a time when publishing at one.
 * A language left empty is only flagged as a missing translation.
 */
export function problemsOf(d: Draft): Problem[] {
  const problems: Problem[] = [];
  const langs = storyLanguages(d);
  if (!langs.some((l) => filled(d.title, l))) problems.push({ kind: 'title' });
  for (const lang of langs) {
    if (!filled(d.title, lang)) continue;
    if (!filled(d.summary, lang)) problems.push({ kind: 'summary', lang });
    if (!filled(d.body, lang)) problems.push({ kind: 'body', lang });
  }
  if (d.image) {
    for (const lang of langs) if (!filled(d.alt, lang)) problems.push({ kind: 'alt', lang });
  }
  if (d.when === 'at' && !d.publishAt) problems.push({ kind: 'date' });
  return problems;
}

/** The id of the field a problem is about, to focus it (the first language's title for a title). */
export const fieldOf = (p: Problem, d: Draft) =>
  p.kind === 'title'
    ? `title-${d.langs[0]}`
    : p.kind === 'date'
      ? 'publish-at'
      : `${p.kind}-${p.lang}`;

const texts = (x: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(x)
      .map(([l, v]) => [l, v.trim()] as const)
      .filter(([, v]) => v),
  );

/**
 * The body to send. `publishedAt` only when it is set or changed: a new story
 * published now lets the server say when; `original` is the `publishAt` the
 * story was opened with.
 */
export function inputOf(d: Draft, original?: string): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: texts(d.title),
    summary: texts(d.summary),
    body: texts(d.body),
    themes: d.themes,
    challengeIds: d.challengeIds,
    clusterIds: d.clusterIds,
    image: d.image
      ? {
          url: d.image.url,
          alt: texts(d.alt),
          ...(d.image.srcset ? { srcset: d.image.srcset } : {}),
        }
      : original === undefined
        ? undefined
        : null,
    author: d.authorName.trim()
      ? {
          name: d.authorName.trim(),
          ...(d.authorRole.trim() ? { role: d.authorRole.trim() } : {}),
        }
      : original === undefined
        ? undefined
        : null,
  };
  if (d.when === 'now') {
    if (original !== undefined) body.publishedAt = new Date().toISOString();
  } else if (d.publishAt && d.publishAt !== original) {
    body.publishedAt = new Date(d.publishAt).toISOString();
  }
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}
