// The bounce-reason vocabulary lives in content/schemas/vocabulary.ts (a zod enum the code database is
// validated against); re-exported here for the analyser's modules.
export { BOUNCE_REASONS, isBounceReason } from '../../content/schemas/vocabulary';
export type { BounceReason } from '../../content/schemas/vocabulary';
