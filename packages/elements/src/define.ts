/**
 * Registers `<ep-challenge-board>`, `<ep-entry-form>` and `<ep-story-feed>`
 * (each unless a tag of that name is already defined).
 */
import { ChallengeBoard } from './challenge-board.js';
import { EntryForm } from './entry-form.js';
import { define } from './internal/define.js';
import { StoryFeed } from './story-feed.js';

define('ep-challenge-board', ChallengeBoard);
define('ep-entry-form', EntryForm);
define('ep-story-feed', StoryFeed);

export { ChallengeBoard, EntryForm, StoryFeed };
