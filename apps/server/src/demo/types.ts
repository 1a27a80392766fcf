import type { ChallengeInput, StoryInput } from '@entrypoint/sdk';

/** A demo challenge with the organisation that owns it. */
export type DemoChallenge = ChallengeInput & { orgId: string };

/** A demo story with the organisation that tells it. */
export type DemoStory = StoryInput & { orgId: string };
