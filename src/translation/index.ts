export { translationStatus, type TranslationStatus } from './status.ts';
