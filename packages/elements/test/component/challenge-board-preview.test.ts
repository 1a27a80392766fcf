// ChallengeBoardPreview (challenge-board-preview.ts, internal/preview.ts):
// the board's detail of a challenge held in memory, as the console's preview
// uses it: drawn without one request, whatever the hash, focus left alone, no
// "back", and redrawn when another draft object is set.
import { html } from 'lit';
import { afterEach, describe, expect, test } from 'vitest';
import { challenge, organization } from '../../../sdk/test/factories.js';
import { ChallengeBoardPreview } from '../../src/challenge-board-preview.js';
import '../../src/define.js';

customElements.define('ep-challenge-board-preview', ChallengeBoardPreview);
import { $, $$, mount, stubClient, text, unmountAll } from './stub.js';

afterEach(unmountAll);

const draft = challenge({
  id: 'quiet-night-buses',
  status: 'draft',
  title: { en: 'Quiet night buses', sv: 'Tysta nattbussar' },
  themes: ['mobility'],
});

async function previewBoard(lang = 'en') {
  const stub = stubClient({});
  // Any client given is replaced by the preview's own.
  const el = await mount<ChallengeBoardPreview>(
    html`<ep-challenge-board-preview
      lang=${lang}
      .client=${stub.client}
      .previewOrg=${organization()}
      .preview=${draft}
    ></ep-challenge-board-preview>`,
  );
  return { el, stub };
}

describe('<ep-challenge-board> with preview', () => {
  test('draws the detail of the challenge in memory, asking the API nothing', async () => {
    history.replaceState(null, '', '#ep-challenge=something-else');
    const { el, stub } = await previewBoard();
    await expect.poll(() => text(el, '#detail-title')).toBe('Quiet night buses');
    expect($(el, '[part=detail]')).not.toBeNull();
    expect(stub.calls).toEqual([]);
    // Focus stays on the page, not in the preview.
    expect(el.shadowRoot?.activeElement ?? null).toBeNull();
    // The hash is not followed, and there is no way "back" to a list.
    expect(getComputedStyle($(el, '.back')!).display).toBe('none');
    history.replaceState(null, '', '#ep-challenge=another');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await el.updateComplete;
    expect(text(el, '#detail-title')).toBe('Quiet night buses');
    // The organisation comes from previewOrg, the respond form's writes are refused.
    expect(stub.calls).toEqual([]);
    history.replaceState(null, '', location.pathname);
  });

  test('follows a new draft object and the language', async () => {
    const { el } = await previewBoard('sv');
    await expect.poll(() => text(el, '#detail-title')).toBe('Tysta nattbussar');
    el.preview = { ...draft, title: { en: 'Silent night buses', sv: 'Ljudlösa nattbussar' } };
    await expect.poll(() => text(el, '#detail-title')).toBe('Ljudlösa nattbussar');
    expect($$(el, '[part=list]')).toHaveLength(0);
  });
});
