/** The story editor's draft rules (src/views/story-draft.ts): what stops saving, and what is sent. */
import { describe, expect, test } from 'vitest';
import {
  draftOf,
  inputOf,
  missingIn,
  newDraft,
  problemsOf,
  storyLanguages,
  toLocalInput,
  type Draft,
} from '../../src/views/story-draft.js';

const written = (over: Partial<Draft> = {}): Draft => ({
  ...newDraft('sv'),
  title: { sv: ' Landström ' },
  summary: { sv: 'Fartygen stänger av.' },
  body: { sv: 'Det **fungerade**.' },
  ...over,
});

describe('story drafts', () => {
  test('a new draft shows the default language and English', () => {
    expect(newDraft('sv').langs).toEqual(['sv', 'en']);
    expect(newDraft('en').langs).toEqual(['en']);
  });

  test('an empty language is only a missing translation; a started one must be whole', () => {
    const d = written();
    expect(storyLanguages(d)).toEqual(['sv']);
    expect(missingIn(d, 'en')).toEqual(['title', 'summary', 'body']);
    expect(problemsOf(d)).toEqual([]);
    const started = written({ title: { sv: 'Landström', en: 'Shore power' } });
    expect(problemsOf(started)).toEqual([
      { kind: 'summary', lang: 'en' },
      { kind: 'body', lang: 'en' },
    ]);
    expect(problemsOf(newDraft('sv'))).toEqual([{ kind: 'title' }]);
  });

  test('an image needs its alt text in every language of the story, and a set time a time', () => {
    const d = written({
      title: { sv: 'Landström', en: 'Shore power' },
      summary: { sv: 'S', en: 'S' },
      body: { sv: 'B', en: 'B' },
      image: { url: 'https://ep.example/media/a-960.webp' },
      alt: { sv: 'Ett fartyg' },
      when: 'at',
      publishAt: '',
    });
    expect(problemsOf(d)).toEqual([{ kind: 'alt', lang: 'en' }, { kind: 'date' }]);
    expect(missingIn(d, 'en')).toEqual(['alt']);
    expect(missingIn(d, 'sv')).toEqual([]);
  });

  test('sends trimmed texts of written languages; a new story published now leaves the time to the server', () => {
    const input = inputOf(written({ title: { sv: ' Landström ', en: '  ' } }));
    expect(input).toEqual({
      title: { sv: 'Landström' },
      summary: { sv: 'Fartygen stänger av.' },
      body: { sv: 'Det **fungerade**.' },
      themes: [],
      challengeIds: [],
      clusterIds: [],
    });
  });

  test('a change removes a dropped image and author, and sends publishedAt only when it changed', () => {
    const story = {
      id: 'x',
      orgId: 'norrhamn',
      title: { sv: 'T' },
      summary: { sv: 'S' },
      body: { sv: 'B' },
      bodyHtml: { sv: '<p>B</p>' },
      themes: [],
      challengeIds: [],
      clusterIds: [],
      image: {
        url: 'https://ep.example/a.jpg',
        alt: { sv: 'A' },
        srcset: 'https://ep.example/a.jpg 480w',
      },
      author: { name: 'Maria' },
      publishedAt: '2026-03-01T09:00:00.000Z',
    } as const;
    const d = draftOf(story as never, 'sv');
    expect(d.publishAt).toBe(toLocalInput(story.publishedAt));
    const same = inputOf(d, d.publishAt);
    expect(same.publishedAt).toBeUndefined();
    expect(same.image).toEqual(story.image);
    const dropped = inputOf({ ...d, image: undefined, authorName: '' }, d.publishAt);
    expect(dropped.image).toBeNull();
    expect(dropped.author).toBeNull();
    const moved = inputOf({ ...d, publishAt: '2027-01-15T08:00' }, d.publishAt);
    expect(moved.publishedAt).toBe(new Date('2027-01-15T08:00').toISOString());
  });
});
