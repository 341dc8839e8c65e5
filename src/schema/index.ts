export * from './primitives.ts';
export * from './directory.ts';
export * from './documents.ts';
export * from './content-components.ts';
export * from './history.ts';
export * from './handbook.ts';
export * from './translation.ts';
export * from './synonyms.ts';
