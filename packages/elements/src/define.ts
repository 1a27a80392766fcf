/**
 * Registers `<ep-challenge-board>`, `<ep-entry-form>`, `<ep-story-feed>` and `<ep-cluster-directory>`
 * (each unless a tag of that name is already defined).
 */
import { ChallengeBoard } from './challenge-board.js';
import { ClusterDirectory } from './cluster-directory.js';
import { EntryForm } from './entry-form.js';
import { define } from './internal/define.js';
import { StoryFeed } from './story-feed.js';

define('ep-challenge-board', ChallengeBoard);
define('ep-entry-form', EntryForm);
define('ep-story-feed', StoryFeed);
define('ep-cluster-directory', ClusterDirectory);

export { ChallengeBoard, ClusterDirectory, EntryForm, StoryFeed };
