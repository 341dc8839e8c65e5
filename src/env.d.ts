interface ImportMetaEnv {
  /** Whether this build could read the content's git history: set by src/site/integrations/history.ts. */
  readonly HANDBOOK_HISTORY: import('./git/index.ts').HistoryAvailability;
}
