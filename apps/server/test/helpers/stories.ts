/**
 * Stories written straight to the store, as an import or an older version
 * would have left them: for feed tests whose content the API's input checks
 * might refuse today (control characters, relative URLs in stored HTML).
 */
import type { Story } from '@entrypoint/sdk';
import { insertStory } from '../../src/store/stories.js';
import { renderLocalizedMarkdown } from '../../src/services/markdown.js';
import type { Store } from '../../src/store/open.js';
import { letters } from './server.js';

export async function putStory(
  store: Store,
  orgId: string,
  story: Partial<Story> & Pick<Story, 'title' | 'summary' | 'body'>,
): Promise<Story> {
  const full: Story = {
    id: `story-${letters(10)}`,
    orgId,
    themes: ['energy'],
    challengeIds: [],
    clusterIds: [],
    bodyHtml: renderLocalizedMarkdown(story.body),
    publishedAt: new Date().toISOString(),
    ...story,
  };
  if (!(await insertStory(store.db, full))) throw new Error(`Story ${full.id} exists`);
  return full;
}
