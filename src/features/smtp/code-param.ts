import type { BasicCodeEntry, EnhancedCodeEntry, SmtpDb } from '../../content/schemas/smtp-db';
import { notACodeText } from '../../content/text/code-notes';
import { isReplyShape, isValidClass, isValidSubject, parseStatusShape, unknownReplyCodeWhy } from '../../engine/smtp/codes';

type SubjectEntry = SmtpDb['subjects'][number];

/** What a /smtp/codes/<code> address names. */
export type CodeView =
  | { kind: 'basic'; code: string; entry: BasicCodeEntry }
  // A registered enhanced code, either one class ("5.1.1", cls "5") or the registry form ("X.1.1", cls null).
  | { kind: 'enhanced'; code: string; cls: '2' | '4' | '5' | null; entry: EnhancedCodeEntry }
  // Well-formed but not in the IANA registry ("5.7.999"): explained by its class and subject.
  | { kind: 'unregistered'; code: string; cls: '2' | '4' | '5' | null; subject: SubjectEntry }
  | { kind: 'invalid'; text: string; why: string };

const REGISTRY_FORM = /^[Xx]\.([0-9]{1,3})\.([0-9]{1,3})$/;
const MAX_SHOWN = 40; // a 3000-character address is shown cut, not in full

function shown(raw: string): string {
  return raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
}

function classDigit(cls: number): '2' | '4' | '5' | null {
  return cls === 2 ? '2' : cls === 4 ? '4' : cls === 5 ? '5' : null;
}


function subjectView(db: SmtpDb, code: string, cls: '2' | '4' | '5' | null, subject: number, detail: number): CodeView {
  const key = `X.${subject}.${detail}`;
  const entry = db.enhanced.find((e) => e.code === key);
  if (entry) return { kind: 'enhanced', code, cls, entry };
  const subjectEntry = isValidSubject(subject) ? db.subjects.find((s) => s.subject === subject) : undefined;
  if (subjectEntry) return { kind: 'unregistered', code, cls, subject: subjectEntry };
  return { kind: 'invalid', text: code, why: notACodeText(code, { kind: 'status-subject', digit: subject }) };
}

/**
 * Reads the code from a page address: "550", "5.1.1", "X.1.1" (also "x.1.1" and "5.01.1", shown in
 * their usual form). Anything else gets a reason a customer can understand.
 */
export function parseCodeParam(raw: string, db: SmtpDb): CodeView {
  const text = raw.trim();
  const general = REGISTRY_FORM.exec(text);
  if (general) {
    const subject = Number(general[1]);
    const detail = Number(general[2]);
    return subjectView(db, `X.${subject}.${detail}`, null, subject, detail);
  }
  const status = parseStatusShape(text);
  if (status) {
    const normal = `${status.cls}.${status.subject}.${status.detail}`;
    const cls = classDigit(status.cls);
    if (!isValidClass(status.cls) || cls === null) {
      return {
        kind: 'invalid',
        text: normal,
        why: notACodeText(normal, { kind: 'status-class', digit: status.cls }),
      };
    }
    return subjectView(db, normal, cls, status.subject, status.detail);
  }
  if (isReplyShape(text)) {
    const entry = db.basic.find((e) => e.code === text);
    return entry ? { kind: 'basic', code: text, entry } : { kind: 'invalid', text, why: notACodeText(text, unknownReplyCodeWhy(text)) };
  }
  return {
    kind: 'invalid',
    text: shown(text),
    why: notACodeText(shown(text), { kind: 'not-code-shaped' }),
  };
}
