import { describe, expect, it } from 'vitest';
import { openTestServer } from '../helpers/server.js';
import { bearer } from '../helpers/http.js';
import { storyInput } from '../helpers/factories.js';

const { server, api } = await openTestServer();

// Classic payloads (OWASP filter-evasion list and friends), in Markdown and raw HTML.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<svg onload=alert(1)><circle r=1></svg>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href=" javascript:alert(1)">space</a>',
  '[md link](javascript:alert(1))',
  '[md entity](javascript&#58;alert(1))',
  '![md image](javascript:alert(1))',
  '<iframe src="https://evil.example"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '"><img src=x onmouseover=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<a href="vbscript:msgbox(1)">vb</a>',
];

describe('story Markdown is rendered and sanitized on write', () => {
  it('leaves no script, event handler or javascript: URL from the XSS list', async () => {
    const { key } = await server.org();
    const body = PAYLOADS.map((p, i) => `Payload ${i}: ${p}\n`).join('\n');
    const res = await api.post(
      '/v1/stories',
      storyInput({ body: { en: body, sv: PAYLOADS.join('\n\n') } }),
      bearer(key),
    );
    expect(res.status).toBe(201);
    for (const html of Object.values(res.body.bodyHtml as Record<string, string>)) {
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<(iframe|object|embed|form|svg|math|style|body|details)\b/i);
      expect(html).not.toMatch(/\son\w+\s*=/i);
      expect(html).not.toMatch(/(href|src|action|data)\s*=\s*["']?\s*(javascript|vbscript|data):/i);
      expect(html).not.toMatch(/style\s*=/i);
    }
    // The harmless text is still there.
    expect(res.body.bodyHtml.en).toContain('Payload 0');
    // What is stored is what was answered.
    const stored = await api.get(`/v1/stories/${res.body.id}`);
    expect(stored.body.bodyHtml).toEqual(res.body.bodyHtml);
  });

  it('keeps ordinary Markdown: headings, emphasis, lists and http links', async () => {
    const { key } = await server.org();
    const res = await api.post(
      '/v1/stories',
      storyInput({ body: { en: '# Title\n\n- one\n- **two**\n\n[site](https://example.org)' } }),
      bearer(key),
    );
    expect(res.body.bodyHtml.en).toContain('<h2>Title</h2>');
    expect(res.body.bodyHtml.en).toContain('<li><strong>two</strong></li>');
    expect(res.body.bodyHtml.en).toContain(
      '<a href="https://example.org" rel="noopener noreferrer">site</a>',
    );
  });
});

describe('story images are absolute', () => {
  it('drops an image whose src is relative, which readers would fetch from the embedding site', async () => {
    const { key } = await server.org();
    const body = [
      '![map](/images/map.png)',
      '![plan](plan.png)',
      '<img src="../secret/track.gif" alt="x">',
      '<img src="?delete=1">',
      '![kept](https://example.org/photo.jpg)',
    ].join('\n\n');
    const res = await api.post('/v1/stories', storyInput({ body: { en: body } }), bearer(key));
    expect(res.status).toBe(201);
    const html = res.body.bodyHtml.en as string;
    expect(html.match(/<img\b[^>]*>/g)).toEqual([
      '<img src="https://example.org/photo.jpg" alt="kept" />',
    ]);
  });
});

describe('the story page isolates text that may run right to left', () => {
  it('puts the title, summary and organisation name in bidi isolates', async () => {
    const rlo = '\u202e';
    const { key } = await server.org({ name: { en: `City ${rlo}evil`, sv: `Stad ${rlo}ond` } });
    const created = await api.post(
      '/v1/stories',
      storyInput({ title: { en: `Title ${rlo}txt.exe` }, summary: { en: `Sum ${rlo}mary` } }),
      bearer(key),
    );
    const page = await api.get(`/stories/${created.body.id}?lang=en`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<h1 dir="auto">Title ${rlo}txt.exe</h1>`);
    expect(page.text).toContain(`<p dir="auto"><strong>Sum ${rlo}mary</strong></p>`);
    expect(page.text).toContain(`<bdi>City ${rlo}evil</bdi> · <time`);
  });
});
