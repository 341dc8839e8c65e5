// The dependency rule, run by `npm run deps` (part of `npm test`): imports go one way (model ← git ←
// lint, tools ← site; perf and scripts on top), another folder is entered through its index.ts, and
// nothing imports itself back, type-only imports included.
//
// What it cannot see: the frontmatter imports of .astro files. dependency-cruiser reads JavaScript,
// TypeScript, Vue and Svelte only, so .astro files are listed as modules (an import of one resolves)
// but their own imports are not read: keep them to the same rules by hand.

/** The layers, as path patterns. Astro's fixed places (src/pages, src/content.config.ts, src/env.d.ts) are the site's. */
const MODEL = '^src/model/';
const GIT = '^src/git/';
const LINT = '^src/lint/';
const TOOLS = '^src/tools/';
const SITE = '^src/(site/|pages/|content[.]config[.]ts$|env[.]d[.]ts$)';
const PERF = '^src/perf/';
const SCRIPTS = '^scripts/';
const OURS = '^(src|scripts)/';

/**
 * How another folder may enter one: model, git, lint and site through their index.ts; each tool
 * (src/tools/<tool>/) and each part of perf (src/perf/<part>/) through its own, as they are
 * independent of each other.
 */
const ENTRIES = ['^src/(model|git|lint|site)/index[.]ts$', '^src/(tools|perf)/[^/]+/index[.]ts$'];

/** A layer may import, of ours, only itself and the layers named. */
function layer(name, from, allowed, comment) {
  return { name, comment, severity: 'error', from: { path: from }, to: { path: OURS, pathNot: [from, ...allowed] } };
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules import each other in a circle (type-only imports count): move what both need into a module of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    layer('model-imports-only-model', MODEL, [], 'src/model is the bottom layer: it imports nothing else of ours.'),
    layer('git-imports-only-model', GIT, [MODEL], 'src/git may import src/model only.'),
    layer('lint-imports-model-and-git', LINT, [MODEL, GIT], 'src/lint may import src/model and src/git only, never a tool, the site or perf.'),
    layer('tools-import-model-and-git', TOOLS, [MODEL, GIT], 'src/tools read the model; they never run the linter (src/lint), and never reach into the site or perf.'),
    layer('site-imports-model-git-tools', SITE, [MODEL, GIT, TOOLS], 'The site may import src/model, src/git and src/tools, never the linter or perf.'),
    {
      name: 'nothing-imports-scripts',
      comment: 'scripts/ are entry points: src never imports them.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: SCRIPTS },
    },
    {
      name: 'enter-through-index',
      comment: 'Another top-level folder is entered through its index.ts (src/tools/<tool>/index.ts, src/perf/<part>/index.ts): import from there, and export what you need from it.',
      severity: 'error',
      from: { path: '^src/(model|git|lint|tools|perf)/' },
      to: { path: '^src/', pathNot: ['^src/$1/', ...ENTRIES] },
    },
    {
      name: 'site-enters-through-index',
      comment: 'The site enters another top-level folder through its index.ts.',
      severity: 'error',
      from: { path: SITE, pathNot: '^src/site/browser/' },
      to: { path: '^src/', pathNot: [SITE, ...ENTRIES] },
    },
    {
      name: 'browser-enters-through-index',
      comment:
        'Code that runs in the browser enters other folders through their index.ts too, except the code pattern: the model\'s index would bring zod, remark and node:fs into the page.',
      severity: 'error',
      from: { path: '^src/site/browser/' },
      to: { path: '^src/', pathNot: [SITE, ...ENTRIES, '^src/model/schema/patterns[.]ts$'] },
    },
    {
      name: 'scripts-enter-through-index',
      comment: 'scripts/ may import anything under src/, through the index.ts of its folder.',
      severity: 'error',
      from: { path: SCRIPTS },
      to: { path: '^src/', pathNot: ENTRIES },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file (Astro\'s virtual astro: modules aside).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
  ],
  options: {
    // Scratch repos that tests and the benchmark make (.handbook/) hold no code of ours.
    exclude: { path: '(^|/)[.]handbook/' },
    // Test helpers and fixtures are used, not checked: the rule is about src/ and scripts/.
    doNotFollow: { path: ['node_modules', '^test/'] },
    // Parse with TypeScript before compiling, so `import type` counts as a dependency too.
    tsPreCompilationDeps: true,
    // Listed, not parsed (see above).
    extraExtensionsToScan: ['.astro'],
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
