export { CODEOWNERS_PATH } from './config.ts';
export { expectedCodeowners } from './expected-codeowners.ts';
export { ownedFiles, roleOwners } from './ownership.ts';
export { renderCodeowners, type CodeownersInput, type OwnedFile } from './render-codeowners.ts';
export { writeCodeowners, type CodeownersUpdate } from './write-codeowners.ts';
