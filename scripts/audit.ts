#!/usr/bin/env node
// `npm run audit`: build the sample handbook, then print page weights, first-search bytes, Lighthouse scores and axe results.
import { resolve } from 'node:path';
import { formatAudit, runAudit } from '../src/audit/run-audit.ts';

const PAGES = {
  home: '/',
  'code index': '/codes/',
  code: '/codes/TKT-001/',
  'superseded version': '/codes/TKT-001/v2/',
  'standard index': '/standards/',
  standard: '/standards/shift-briefing/',
  'role index': '/roles/',
  role: '/roles/shift-manager/',
  changes: '/changes/',
  briefing: '/briefing/',
  'code in Ukrainian': '/uk/codes/TKT-001/',
};

const report = await runAudit({
  outDir: resolve('dist'),
  pages: PAGES,
  lighthousePages: ['/', '/codes/TKT-001/', '/standards/shift-briefing/', '/uk/codes/TKT-001/'],
  searches: ['TKT-001', 'lost ticket'],
  lighthousePort: 9333,
});
console.log(formatAudit(report));
