import { describe, expect, it } from 'vitest';
import { recordEtag, recordEtagOfJson } from '../../src/services/versions.js';

describe('recordEtagOfJson', () => {
  it('is the ETag of the parsed record, whatever the order of its keys, read once or again', () => {
    const a = '{"id":"a","title":{"en":"Buses","sv":"Bussar"},"themes":["mobility"]}';
    const b = '{"themes":["mobility"],"title":{"sv":"Bussar","en":"Buses"},"id":"a"}';
    const etag = recordEtag({
      id: 'a',
      title: { en: 'Buses', sv: 'Bussar' },
      themes: ['mobility'],
    });
    expect(recordEtagOfJson(a)).toBe(etag);
    expect(recordEtagOfJson(a)).toBe(etag);
    expect(recordEtagOfJson(b)).toBe(etag);
    const changed = '{"id":"a","title":{"en":"Trams","sv":"Bussar"},"themes":["mobility"]}';
    expect(recordEtagOfJson(changed)).not.toBe(etag);
    expect(recordEtagOfJson(changed)).toBe(recordEtag(JSON.parse(changed)));
    const long = JSON.stringify({ id: 'b', need: 'x'.repeat(20_000) });
    expect(recordEtagOfJson(long)).toBe(recordEtag(JSON.parse(long)));
  });
});
