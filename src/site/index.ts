export { siteConfig } from './build/site-config.ts';
