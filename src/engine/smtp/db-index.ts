import type {
  BasicCodeEntry,
  EnhancedCodeEntry,
  ProviderEntry,
  ReasonEntry,
  SmtpDb,
} from '../../content/schemas/smtp-db';
import type { BounceReason } from './reasons';

type SubjectEntry = SmtpDb['subjects'][number];
type ClassEntry = SmtpDb['classes'][number];

/** Lookup tables over one database object; built once per object because analyse() runs per keystroke. */
export interface DbIndex {
  db: SmtpDb;
  basic: Map<string, BasicCodeEntry>;
  enhanced: Map<string, EnhancedCodeEntry>; // keyed "X.1.1"
  subjects: Map<number, SubjectEntry>;
  classes: Map<string, ClassEntry>;
  reasons: Map<BounceReason, ReasonEntry>;
  providers: ProviderEntry[];
  /** Provider clues, lower-cased, longest first so "protection.outlook.com" is tried before "outlook.com". */
  clues: { clue: string; provider: ProviderEntry }[];
}

const cache = new WeakMap<SmtpDb, DbIndex>();

export function indexDb(db: SmtpDb): DbIndex {
  const hit = cache.get(db);
  if (hit) return hit;
  const index: DbIndex = {
    db,
    basic: new Map(db.basic.map((e) => [e.code, e])),
    enhanced: new Map(db.enhanced.map((e) => [e.code, e])),
    subjects: new Map(db.subjects.map((e) => [e.subject, e])),
    classes: new Map(db.classes.map((e) => [e.class, e])),
    reasons: new Map(db.reasons.map((e) => [e.reason, e])),
    providers: db.providers,
    clues: db.providers
      .flatMap((provider) => provider.clues.map((clue) => ({ clue: clue.toLowerCase(), provider })))
      .filter((c) => c.clue.length > 0)
      .sort((a, b) => b.clue.length - a.clue.length),
  };
  cache.set(db, index);
  return index;
}
