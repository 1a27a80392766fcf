/**
 * The Entrypoint elements as classes, without registering them. Import
 * `@entrypoint/elements/define.js` to register every tag, or define the
 * classes under tags of your own.
 */
export { ChallengeBoard, type ChallengeSelectDetail } from './challenge-board.js';
export { EntryForm, type SubmitDetail } from './entry-form.js';
export { StoryFeed } from './story-feed.js';
export { ClusterDirectory } from './cluster-directory.js';
export { ChallengeBoardPreview } from './challenge-board-preview.js';
export type { ElementsClient } from './internal/client.js';
export { UI_LANGUAGES, uiLanguage, type Messages, type UiLanguage } from './i18n/index.js';
