// For plain `tsc`, which cannot read .astro files; `astro check` resolves the real components instead.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
