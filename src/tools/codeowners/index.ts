export { CODEOWNERS_PATH } from '../../model/index.ts';
export { writeCodeowners, type CodeownersUpdate } from './write-codeowners.ts';
