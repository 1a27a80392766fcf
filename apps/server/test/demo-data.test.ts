/**
 * The demo content is what a newcomer sees first, and what the server, the
 * elements' browser tests and the search tests stand on. These tests parse
 * every record with the SDK's own schemas and check that it hangs together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CHALLENGE_STATUSES,
  ChallengeInput,
  ClusterInput,
  OrganizationInput,
  StoryInput,
  SUBMISSION_TRANSITIONS,
  SubmissionInput,
  type SubmissionStatus,
} from '@entrypoint/sdk';
import { describe, expect, it } from 'vitest';
import {
  demoChallenges,
  demoClusters,
  demoImageUrl,
  demoOrganizations,
  demoStories,
} from '../src/demo/data.js';
import { demoInbox, DEMO_FORWARD } from '../src/demo/inbox.js';
import { demoStaff } from '../src/demo/staff.js';

const CONTENT_LANGUAGES = ['sv', 'nb', 'fi', 'en'];
const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

function issues(result: { success: boolean; error?: { issues: unknown[] } }): unknown[] {
  return result.success ? [] : (result.error?.issues ?? ['failed']);
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

const orgIds = demoOrganizations.map((o) => o.id);
const clusterIds = demoClusters.map((c) => c.organization.id);
const ownerIds = new Set([...orgIds, ...clusterIds]);
const challengeIds = new Set(demoChallenges.map((c) => c.id));

describe('demo organisations', () => {
  it('are the fixed cities and region the pages and tests rely on', () => {
    expect(demoOrganizations.map((o) => [o.id, o.kind, o.country, o.defaultLanguage])).toEqual([
      ['norrhamn', 'city', 'SE', 'sv'],
      ['fjordvik', 'city', 'NO', 'nb'],
      ['kustlanda', 'region', 'FI', 'fi'],
    ]);
  });

  it.each(demoOrganizations)('$id parses as an OrganizationInput', (org) => {
    expect(issues(OrganizationInput.safeParse(org))).toEqual([]);
  });

  it('allow posts from the demo pages the server serves', () => {
    for (const org of [...demoOrganizations, ...demoClusters.map((c) => c.organization)]) {
      expect(org.allowedOrigins).toEqual(
        expect.arrayContaining(['http://127.0.0.1:8787', 'http://localhost:8787']),
      );
    }
  });

  it('have ids unique across cities, regions and clusters', () => {
    expect(duplicates([...orgIds, ...clusterIds])).toEqual([]);
  });
});

describe('demo clusters', () => {
  it('include the three named clusters, in three different countries', () => {
    const named = ['nordic-mobility-cluster', 'blue-energy-cluster', 'health-tech-cluster'];
    const found = demoClusters.filter((c) => named.includes(c.organization.id));
    expect(found.map((c) => c.organization.id).sort()).toEqual([...named].sort());
    expect(new Set(found.map((c) => c.organization.country)).size).toBe(3);
  });

  it.each(demoClusters.map((c) => [c.organization.id, c] as const))(
    '%s parses as a cluster organisation and a ClusterInput',
    (_id, cluster) => {
      expect(cluster.organization.kind).toBe('cluster');
      expect(issues(OrganizationInput.safeParse(cluster.organization))).toEqual([]);
      expect(issues(ClusterInput.safeParse(cluster.profile))).toEqual([]);
      expect(Object.keys(cluster.profile.description).length).toBeGreaterThanOrEqual(2);
      expect(cluster.profile.sectors?.length).toBeGreaterThan(0);
      expect(cluster.profile.technologies?.length).toBeGreaterThan(0);
      expect(cluster.profile.memberCount).toBeGreaterThan(0);
      expect(cluster.profile.region).toBeTruthy();
    },
  );

  it('relate only to other demo clusters, with every relation kind used', () => {
    const kinds = new Set<string>();
    for (const { organization, profile } of demoClusters) {
      for (const relation of profile.relations ?? []) {
        expect(clusterIds, `${organization.id} → ${relation.clusterId}`).toContain(
          relation.clusterId,
        );
        expect(relation.clusterId).not.toBe(organization.id);
        kinds.add(relation.kind);
      }
    }
    expect([...kinds].sort()).toEqual(['collaborates', 'member-of', 'partner']);
  });
});

describe('demo challenges', () => {
  it('are at least twelve, with unique explicit ids', () => {
    expect(demoChallenges.length).toBeGreaterThanOrEqual(12);
    expect(demoChallenges.every((c) => typeof c.id === 'string')).toBe(true);
    expect(duplicates(demoChallenges.map((c) => c.id ?? ''))).toEqual([]);
  });

  it.each(demoChallenges.map((c) => [c.id, c] as const))(
    '%s parses as a ChallengeInput and belongs to a demo owner',
    (_id, { orgId, ...challenge }) => {
      expect(issues(ChallengeInput.safeParse(challenge))).toEqual([]);
      expect(ownerIds).toContain(orgId);
    },
  );

  it('cover every status', () => {
    const statuses = new Set(demoChallenges.map((c) => c.status));
    expect([...statuses].sort()).toEqual([...CHALLENGE_STATUSES].sort());
  });

  it('cover many themes, and every owner has challenges', () => {
    expect(new Set(demoChallenges.flatMap((c) => c.themes ?? [])).size).toBeGreaterThanOrEqual(12);
    for (const id of orgIds) expect(demoChallenges.some((c) => c.orgId === id)).toBe(true);
  });

  it('are written in at least two of sv, nb, fi and en, in every text field', () => {
    for (const c of demoChallenges) {
      for (const field of ['title', 'summary', 'need', 'vision', 'opportunity'] as const) {
        const langs = Object.keys(c[field]).filter((l) => CONTENT_LANGUAGES.includes(l));
        expect(langs.length, `${c.id}.${field}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('each say what the owner offers, a horizon year, a route, a place, a region and a contact', () => {
    for (const c of demoChallenges) {
      expect(c.offers?.length, c.id).toBeGreaterThan(0);
      expect(c.sdgs?.length, c.id).toBeGreaterThan(0);
      expect(c.cpvCodes?.length, c.id).toBeGreaterThan(0);
      expect(c.horizonYear, c.id).toBeGreaterThanOrEqual(2030);
      expect(c.procurementRoute, c.id).toBeDefined();
      expect(c.location, c.id).toBeDefined();
      expect(c.region, c.id).toBeDefined();
      expect(c.contact, c.id).toBeDefined();
      expect(c.deadline, c.id).toBeDefined();
    }
  });

  it('give open and in-progress challenges a deadline in 2027, and budgets in SEK, NOK and EUR', () => {
    const running = demoChallenges.filter((c) => c.status !== 'closed' && c.status !== 'solved');
    expect(running.length).toBeGreaterThan(0);
    for (const c of running) expect(c.deadline?.slice(0, 4), c.id).toBe('2027');
    const currencies = new Set(demoChallenges.map((c) => c.budget?.currency).filter(Boolean));
    expect([...currencies].sort()).toEqual(['EUR', 'NOK', 'SEK']);
  });

  it('carry an Open Contracting id once in procurement', () => {
    for (const c of demoChallenges.filter((c) => c.status === 'procurement')) {
      expect(c.ocid, c.id).toMatch(/^ocds-/);
    }
  });

  it('contain inflected Swedish and Norwegian words for the search tests to stem', () => {
    const text = JSON.stringify(demoChallenges);
    for (const word of ['kollektivtrafiken', 'bussarna', 'sykehjemmet', 'ferjene']) {
      expect(text).toContain(word);
    }
  });
});

describe('demo stories', () => {
  it('are at least six, with unique ids, published over 2025 and 2026', () => {
    expect(demoStories.length).toBeGreaterThanOrEqual(6);
    expect(duplicates(demoStories.map((s) => s.id ?? ''))).toEqual([]);
    const years = new Set(demoStories.map((s) => s.publishedAt?.slice(0, 4)));
    expect([...years].sort()).toEqual(['2025', '2026']);
  });

  it.each(demoStories.map((s) => [s.id, s] as const))(
    '%s parses as a StoryInput and links to demo records',
    (_id, { orgId, ...story }) => {
      expect(issues(StoryInput.safeParse(story))).toEqual([]);
      expect(ownerIds).toContain(orgId);
      for (const id of story.challengeIds ?? []) expect(challengeIds).toContain(id);
      for (const id of story.clusterIds ?? []) expect(clusterIds).toContain(id);
      expect(Object.keys(story.title).length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(story.body).sort()).toEqual(Object.keys(story.title).sort());
    },
  );

  it('have Markdown bodies with headings, lists and links', () => {
    for (const story of demoStories) {
      for (const [lang, body] of Object.entries(story.body)) {
        expect(body, `${story.id}.${lang}`).toMatch(/^#{2,3} /m);
        expect(body, `${story.id}.${lang}`).toMatch(/^(- |\d+\. )/m);
        expect(body, `${story.id}.${lang}`).toMatch(/\]\(https:\/\/[^)]+\.example[/)]/);
      }
    }
  });

  it('show images the server serves, with alt text in each language of the story', () => {
    const withImages = demoStories.filter((s) => s.image);
    expect(withImages.length).toBeGreaterThanOrEqual(4);
    for (const story of withImages) {
      const url = new URL(story.image!.url);
      expect(url.origin).toBe('http://127.0.0.1:8787');
      expect(existsSync(publicDir + url.pathname.slice(1)), url.pathname).toBe(true);
      expect(Object.keys(story.image!.alt).sort()).toEqual(Object.keys(story.title).sort());
    }
  });

  it('can point their images at another server root', () => {
    expect(demoImageUrl('a.svg', 'https://ep.example:9000/')).toBe(
      'https://ep.example:9000/demo-images/a.svg',
    );
  });
});

describe('all demo content', () => {
  const everything = JSON.stringify([
    demoOrganizations,
    demoClusters,
    demoChallenges,
    demoStories,
    demoStaff,
    demoInbox(),
  ]);

  it('uses only .example addresses (and the demo server for images)', () => {
    const urls = everything.match(/https?:\/\/[^\s"')\]]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) {
      const host = new URL(url).hostname;
      expect(host === '127.0.0.1' || host === 'localhost' || host.endsWith('.example'), url).toBe(
        true,
      );
    }
    const emails = everything.match(/[\w.+-]+@[\w.-]+/g) ?? [];
    expect(emails.length).toBeGreaterThan(10);
    for (const email of emails) expect(email, email).toMatch(/\.example$/);
  });
});

describe('demo pages', () => {
  const pages = ['index.html', 'cluster.html', 'privacy.html'];
  const read = (name: string) => readFileSync(publicDir + name, 'utf8');

  it.each(pages)('%s needs no inline script or style, so it runs under a strict CSP', (name) => {
    const html = read(name);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style[\s>]/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toMatch(
      /http-equiv="Content-Security-Policy"[^>]*script-src 'self'; style-src 'self'/,
    );
  });

  it.each(pages)('%s links only to files that exist or to server routes', (name) => {
    const html = read(name);
    const refs = [...html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) {
      if (/^\/(docs|v1\/|embed\/)/.test(ref) || ref === '/') continue;
      expect(existsSync(publicDir + ref.slice(1)), `${name} → ${ref}`).toBe(true);
    }
  });

  it('load the embed bundle once and name only demo owners in the elements', () => {
    for (const name of ['index.html', 'cluster.html']) {
      const html = read(name);
      expect(html.match(/<script\b/g)?.length, name).toBe(1);
      expect(html).toContain('<script type="module" src="/embed/entrypoint.js"></script>');
      for (const [, attr, value] of html.matchAll(/\s(org|via)="([^"]+)"/g)) {
        for (const id of value!.split(','))
          expect(ownerIds, `${name}: ${attr}=${id}`).toContain(id);
      }
    }
    expect(read('cluster.html')).toMatch(/<ep-entry-form[^>]*via="nordic-mobility-cluster"/);
    expect(read('index.html')).toMatch(/<html lang="sv">/);
  });

  it('theme the elements only through --ep-* custom properties', () => {
    const css = read('demo.css');
    for (const token of ['--ep-color-accent', '--ep-radius', '--ep-font-family']) {
      expect(css).toContain(`${token}:`);
    }
    expect(css).not.toMatch(/::part|!important/);
  });
});

describe('the demo inbox', () => {
  const plan = demoInbox();
  const cities = demoOrganizations.map((o) => o.id);

  it('gives every demo organisation submissions: a few dozen to each city and the region', () => {
    for (const id of ownerIds) {
      const count = plan.filter((s) => s.orgId === id).length;
      expect(count, id).toBeGreaterThanOrEqual(cities.includes(id) ? 24 : 5);
    }
  });

  it.each(plan.map((s, i) => [`${s.orgId} #${i}`, s] as const))(
    '%s parses as a SubmissionInput aimed at a published challenge of its receiver',
    (_name, s) => {
      expect(issues(SubmissionInput.safeParse(s.input))).toEqual([]);
      expect(s.input.orgId).toBe(s.orgId);
      const challenge = demoChallenges.find((c) => c.id === s.input.challengeId);
      expect(s.input.challengeId === undefined || challenge?.orgId === s.orgId).toBe(true);
      expect(challenge?.status).not.toBe('draft');
      expect(s.input.via === undefined || ownerIds.has(s.input.via)).toBe(true);
      const colleagues = demoStaff.filter((p) => p.orgId === s.orgId).map((p) => p.email);
      expect(s.assignee === undefined || colleagues.includes(s.assignee)).toBe(true);
    },
  );

  it('moves submissions only along the allowed transitions, into several statuses', () => {
    for (const id of cities) {
      const ends = new Set<string>();
      for (const s of plan.filter((p) => p.orgId === id)) {
        let status: SubmissionStatus = 'received';
        for (const next of s.moves) {
          expect(SUBMISSION_TRANSITIONS[status]).toContain(next);
          status = next;
        }
        ends.add(status);
      }
      expect([...ends].sort(), id).toEqual(
        ['accepted', 'declined', 'in-dialogue', 'in-review', 'received'].sort(),
      );
      const own = plan.filter((p) => p.orgId === id);
      expect(own.filter((s) => s.assignee).length).toBeGreaterThan(own.length / 3);
      expect(own.some((s) => s.tags.length)).toBe(true);
      expect(own.some((s) => s.note)).toBe(true);
      expect(own.some((s) => s.message)).toBe(true);
      // Assigned to more than one person.
      expect(new Set(own.map((s) => s.assignee).filter(Boolean)).size).toBeGreaterThan(1);
    }
  });

  it('forwards one still received, forwardable submission between two demo cities', () => {
    const source = plan.filter((s) => s.orgId === DEMO_FORWARD.from)[DEMO_FORWARD.index]!;
    expect(source.moves).toEqual([]);
    expect(source.input.confidential).toBeUndefined();
    expect(cities).toContain(DEMO_FORWARD.to);
    expect(DEMO_FORWARD.to).not.toBe(DEMO_FORWARD.from);
  });

  it('is the same every time', () => {
    expect(JSON.stringify(demoInbox())).toBe(JSON.stringify(plan));
  });
});
