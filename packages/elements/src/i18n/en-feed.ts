/** The story feed's own UI strings, in English. */
export const feed = {
  feedLabel: 'Stories',
  noStories: 'No stories yet.',
  storiesError: 'The stories could not be loaded.',
  readStory: 'Read the story',
  backToStories: 'Back to all stories',
  subscribe: 'Subscribe',
  rss: 'RSS',
  atom: 'Atom',
  jsonFeed: 'JSON Feed',
  storyChallenges: 'The challenges behind this story',
};
