/**
 * The custom elements manifest of `@entrypoint/elements`, as Storybook's
 * autodocs read it.
 */
import manifest from '@entrypoint/elements/custom-elements.json';

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
}
interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: Declaration[] }[];
}

/** The tag of each element class, as the embed registers them (DESIGN §4). */
const TAGS: Record<string, string> = {
  ChallengeBoard: 'ep-challenge-board',
  EntryForm: 'ep-entry-form',
  StoryFeed: 'ep-story-feed',
};

/**
 * The manifest with every element's tag name. The analyzer cannot see a tag
 * registered through a helper rather than `customElements.define` or a
 * `@tagname` tag; then the tag is added here from the contract, so autodocs
 * still find the element. A manifest that names its tags is returned as is.
 */
export function elementsManifest(source: Manifest = manifest as Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) =>
        d.kind === 'class' && !d.tagName && TAGS[d.name]
          ? { ...d, tagName: TAGS[d.name], customElement: true }
          : d,
      ),
    })),
  };
}

/** The tag names the manifest (with the fallback above) describes. */
export function manifestTags(source?: Manifest): string[] {
  return elementsManifest(source).modules.flatMap(
    (m) => m.declarations?.flatMap((d) => (d.tagName ? [d.tagName] : [])) ?? [],
  );
}
