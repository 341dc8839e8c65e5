import { readdirSync, readFileSync } from 'node:fs';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = new URL('../.github/workflows/', import.meta.url);
const files = readdirSync(WORKFLOWS)
  .filter((name) => name.endsWith('.yml'))
  .sort();
const textOf = (name: string) => readFileSync(new URL(name, WORKFLOWS), 'utf8');
const packageScripts = Object.keys(
  (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts,
);

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: Step[]; needs?: string; environment?: { name: string } }>;
}
const workflow = (name: string) => parse(textOf(name)) as Workflow;
const allSteps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);

describe('.github/workflows', () => {
  it('holds the pull-request and the deploy workflow', () => {
    expect(files).toEqual(['deploy.yml', 'pull-request.yml']);
  });

  it.each(files)('%s passes the GitHub workflow schema (action-validator)', (name) => {
    expect(validateWorkflow(textOf(name)).errors).toEqual([]);
  });

  it('the validator catches a misspelt key and broken YAML, so the test above can fail', () => {
    const misspelt = textOf('pull-request.yml').replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest');
    expect(validateWorkflow(misspelt).errors).not.toEqual([]);
    const broken = textOf('deploy.yml').replace('branches: [main]', 'branches: [main');
    expect(validateWorkflow(broken).errors.map(({ code }) => code)).toEqual(['parse_error']);
  });

  it.each(files)('%s uses only GitHub-maintained actions pinned to a major version', (name) => {
    const uses = allSteps(name).flatMap((step) => (step.uses ? [step.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    expect(uses.filter((action) => !/^actions\/[a-z-]+@v\d+$/.test(action))).toEqual([]);
  });

  it.each(files)('%s runs only npm scripts that exist, with Node from .nvmrc', (name) => {
    const scripts = allSteps(name).flatMap((step) => [...(step.run ?? '').matchAll(/npm run (?:--silent )?([\w:-]+)/g)].map((match) => match[1]!));
    expect(scripts.filter((script) => !packageScripts.includes(script))).toEqual([]);
    const setupNode = allSteps(name).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
  });
});

describe('the pull-request workflow', () => {
  const pr = workflow('pull-request.yml');
  const job = Object.values(pr.jobs)[0]!;
  const runs = job.steps.map((step) => step.run ?? step.uses ?? '');
  const indexOf = (pattern: RegExp) => runs.findIndex((run) => pattern.test(run));

  it('runs on pull requests with the full history and may comment', () => {
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(job.steps[0]).toMatchObject({ uses: 'actions/checkout@v6', with: { 'fetch-depth': 0 } });
    expect(pr.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it('installs, lints, checks in pull-request mode, builds and tests, in that order', () => {
    const order = [/^npm ci$/, /^npm run lint$/, /^npm run check -- --base "\$BASE_REF" --format github$/, /^npm run build$/, /^npm test$/].map(indexOf);
    expect(order.every((index, position) => index > (order[position - 1] ?? -1))).toBe(true);
    expect(job.env?.BASE_REF).toBe('origin/${{ github.base_ref }}');
  });

  it('uploads the built site and posts one summary comment, found again by its marker', () => {
    expect(job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ path: 'dist/' });
    expect(runs[indexOf(/npm run --silent summary/)]).toContain('--base "$BASE_REF" > "$SUMMARY_FILE"');
    const script = String(job.steps.find((step) => step.uses?.startsWith('actions/github-script@'))?.with?.script);
    expect(script).toContain("const marker = '<!-- handbook-change-summary -->'");
    expect(script).toContain('github.rest.issues.updateComment');
    expect(script).toContain('github.rest.issues.createComment');
  });
});

describe('the deploy workflow', () => {
  const deploy = workflow('deploy.yml');

  it('builds on pushes to main with the Pages address and deploys with the Pages actions', () => {
    expect(deploy.on).toMatchObject({ push: { branches: ['main'] } });
    expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const build = deploy.jobs.build!.steps;
    expect(build.find((step) => step.run === 'npm run build')?.env).toEqual({
      HANDBOOK_SITE: '${{ steps.pages.outputs.origin }}',
      HANDBOOK_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(build.map((step) => step.uses?.split('@')[0]).filter(Boolean)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
    ]);
    expect(deploy.jobs.deploy).toMatchObject({ needs: 'build', environment: { name: 'github-pages' }, steps: [{ uses: 'actions/deploy-pages@v5' }] });
  });
});

describe('.github/pull_request_template.md', () => {
  it('gives the reviewer a checklist for version, change note, effective date, owner and steps', () => {
    const template = readFileSync(new URL('../.github/pull_request_template.md', import.meta.url), 'utf8');
    const items = [...template.matchAll(/^- \[ \] \*\*(.+?)\*\*/gm)].map((match) => match[1]);
    expect(items).toEqual(['Version raised by one', 'Change note', 'Effective date', 'Owner informed and approving', 'Steps still complete']);
  });
});
