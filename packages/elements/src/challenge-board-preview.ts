import type { Challenge, Organization } from '@entrypoint/sdk';
import { css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ChallengeBoard } from './challenge-board.js';
import { previewClient } from './internal/preview.js';

/**
 * The board's detail of one challenge held in memory, before it is
 * published: the real `<ep-challenge-board>` (its code, styles, strings and
 * parts) showing `preview` as its open challenge, whatever the URL hash,
 * with `previewOrg` as its organisation, without a single request (its
 * client answers from memory and refuses writes: internal/preview.ts). It
 * leaves focus where it is, offers no "back" to a list, and follows each new
 * `preview` object (a draft being edited). The staff console previews drafts
 * with it. Not registered by the embed script: define it yourself,
 * e.g. `customElements.define('ep-challenge-board-preview', ChallengeBoardPreview)`.
 *
 * @tagname ep-challenge-board-preview
 * @summary A challenge board showing one challenge from memory: a draft's preview.
 */
export class ChallengeBoardPreview extends ChallengeBoard {
  static override styles = [
    ...ChallengeBoard.styles,
    css`
      .back {
        display: none;
      }
    `,
  ];

  /** The challenge to show (JS only), e.g. a draft with unsaved changes. */
  @property({ attribute: false }) preview?: Challenge;
  /** Its organisation (JS only): the name and entry point in the detail. */
  @property({ attribute: false }) previewOrg?: Organization;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('preview') || changed.has('previewOrg')) && this.preview)
      this.client = previewClient(this.preview, this.previewOrg);
    super.willUpdate(changed);
  }

  /** A preview is shown, not opened by the person: focus stays where it is. */
  protected override focusAfterUpdate(): void {}
}

declare global {
  interface HTMLElementTagNameMap {
    'ep-challenge-board-preview': ChallengeBoardPreview;
  }
}
