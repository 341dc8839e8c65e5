// remark-lint over content/: `npm run lint`, and editors with a remark extension.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintEmphasisMarker from 'remark-lint-emphasis-marker';
import remarkLintHeadingStyle from 'remark-lint-heading-style';
import remarkLintOrderedListMarkerValue from 'remark-lint-ordered-list-marker-value';
import remarkLintStrongMarker from 'remark-lint-strong-marker';
import remarkLintUnorderedListMarkerStyle from 'remark-lint-unordered-list-marker-style';
import remarkMdx from 'remark-mdx';
import remarkPresetLintConsistent from 'remark-preset-lint-consistent';
import remarkPresetLintRecommended from 'remark-preset-lint-recommended';
import knownComponents from './src/lint/rules/known-components.ts';
import noExecutableContent from './src/lint/rules/no-executable-content.ts';

export default {
  plugins: [
    remarkFrontmatter,
    remarkMdx,
    remarkPresetLintRecommended,
    remarkPresetLintConsistent,
    [remarkLintHeadingStyle, 'atx'],
    [remarkLintUnorderedListMarkerStyle, '-'],
    [remarkLintOrderedListMarkerValue, 'ordered'],
    [remarkLintEmphasisMarker, '_'],
    [remarkLintStrongMarker, '*'],
    // The checker's rules that need no knowledge of other files also run here, so editors show them.
    [noExecutableContent, ['error']],
    [knownComponents, ['error']],
  ],
};
