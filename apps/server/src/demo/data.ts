/**
 * The demo content that `npm start` and `cli seed` load into an empty store:
 * two fictional cities in different countries (Norrhamn, SE; Fjordvik, NO), a
 * region (Kustlanda, FI), four cluster organisations that know each other,
 * challenges over every status and many themes, and stories of what worked.
 *
 * Everything is typed with the SDK's input types and parsed with its schemas
 * in `test/demo-data.test.ts`. All names are fictional and every address is at
 * an `.example` domain.
 */
import { fjordvikChallenges } from './challenges-fjordvik.js';
import { kustlandaChallenges } from './challenges-kustlanda.js';
import { norrhamnChallenges } from './challenges-norrhamn.js';
import type { DemoChallenge } from './types.js';

export { demoOrganizations } from './organizations.js';
export { demoClusters, type DemoCluster } from './clusters.js';
export { demoStories, demoImageUrl, DEMO_IMAGE_BASE } from './stories.js';
export type { DemoChallenge, DemoStory } from './types.js';

/** Every demo challenge, each with the id of the organisation that owns it. */
export const demoChallenges: DemoChallenge[] = [
  ...norrhamnChallenges,
  ...fjordvikChallenges,
  ...kustlandaChallenges,
];
