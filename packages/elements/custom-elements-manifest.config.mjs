// The custom elements manifest (custom-elements.json) from the JSDoc of the
// elements: attributes, properties, events, CSS parts and CSS properties.
export default {
  globs: [
    'src/challenge-board.ts',
    'src/entry-form.ts',
    'src/story-feed.ts',
    'src/cluster-directory.ts',
    'src/internal/ep-element.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
