interface ImportMetaEnv {
  /** Whether this build could read the content's git history: set by src/site/integrations/history.ts. */
  readonly HANDBOOK_HISTORY: import('./git/history/types.ts').HistoryAvailability;
  /** The standards repo being built (holding content/), as an absolute path. */
  readonly HANDBOOK_ROOT: string;
}
