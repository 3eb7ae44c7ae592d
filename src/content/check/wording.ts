// Wording rules for the short texts a reader sees on a phone: the troubleshooter's screens (tree.json) and
// the code explanations (smtp-codes.json). Japanese です・ます sentences, lengths that fit a screen, each
// side of the conversation addressed as itself, and code summaries that say what happens to the mail.
// (One term per concept is the glossary's job: editorial.ts.)
import { inlineText } from '../markdown/ast';
import { parseInline } from '../markdown/inline';
import type { SmtpDb } from '../schemas/smtp-db';
import type { DecisionTree, TreeNode } from '../schemas/tree';
import type { ReplyClass, StatusClass } from '../schemas/vocabulary';

type Add = (path: string, message: string) => void;

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const KANA = /[\u3040-\u30ff]/;
/** A polite sentence ends in one of these (an aside in full-width brackets may follow). */
const POLITE_END = /(です|ます|ました|ません|ませんでした|ください|しょう)(（[^）]*）)?$/;
const MARKUP = /[<>]|&[a-z]+;/;

/** Visible characters of an inline-Markdown text: what the phone shows, not the link targets. */
const visible = (markdown: string): string => inlineText(parseInline(markdown));

/** The longest text of each kind of screen field, in visible characters. */
export const TREE_TEXT_LIMITS = { question: 30, help: 120, answer: 36, title: 24, body: 160, prevent: 160 } as const;
/** A question offers at most this many answers (more do not fit one phone screen). */
export const MAX_TREE_ANSWERS = 8;

/** Words that would address the wrong side: a recipient is never told to ask "the recipient", a sender never to look in their own mailbox. */
const WRONG_SIDE: Record<'sender' | 'recipient', RegExp> = {
  recipient: /受信者に|受信者の|相手の方に/,
  sender: /あなたの(迷惑メール|受信トレイ|メールボックス)/,
};

function treeTexts(node: TreeNode): { field: keyof typeof TREE_TEXT_LIMITS; label: string; value: string }[] {
  if (node.kind === 'question') {
    return [
      { field: 'question', label: 'question', value: node.question },
      ...(node.help === undefined ? [] : [{ field: 'help' as const, label: 'help', value: node.help }]),
      ...node.answers.map((a) => ({ field: 'answer' as const, label: `answer "${a.id}"`, value: a.label })),
    ];
  }
  return [
    { field: 'title', label: 'title', value: node.title },
    { field: 'body', label: 'body', value: node.body },
    ...(node.kind === 'outcome' && node.prevent !== undefined ? [{ field: 'prevent' as const, label: 'prevent', value: node.prevent }] : []),
  ];
}

/** The troubleshooter's screens: Japanese, short enough for a phone, polite full sentences, one side addressed. */
export function checkTreeWording(tree: DecisionTree, add: Add): void {
  for (const node of tree.nodes) {
    const say = (message: string) => add(node.id, message);
    if (node.kind === 'question') {
      if (!/？$/.test(node.question)) say('question: must end with ？');
      if (node.answers.length > MAX_TREE_ANSWERS) say(`offers ${node.answers.length} answers; a phone screen fits at most ${MAX_TREE_ANSWERS}`);
    }
    for (const { field, label, value } of treeTexts(node)) {
      const text = visible(value);
      // An answer may be just an app name ("Gmail", "iPhone").
      if (field !== 'answer' && !JAPANESE.test(text)) say(`${label}: is not Japanese`);
      const max = TREE_TEXT_LIMITS[field];
      if (text.length > max) say(`${label}: is ${text.length} characters; at most ${max} fit the screen`);
      if (field === 'body' || field === 'prevent') {
        if (!/。$/.test(text)) say(`${label}: must end with 。`);
        const impolite = text.split('。').filter(Boolean).find((sentence) => !POLITE_END.test(sentence));
        if (impolite !== undefined) say(`${label}: "${impolite}。" is not a polite です・ます sentence`);
      }
    }
    const side = node.audience;
    if (side !== undefined) {
      const all = treeTexts(node).map((t) => visible(t.value)).join('\n');
      const wrong = WRONG_SIDE[side].exec(all);
      if (wrong) say(`this ${side} screen says "${wrong[0]}", which speaks to the other side`);
    }
  }
}

/** What a code summary must tell the reader: whether the mail still arrives. */
const REPLY_CLASS_SAYS: Record<ReplyClass, string> = {
  positive: 'エラーではありません',
  intermediate: 'エラーではありません',
  transient: '再送',
  permanent: '再送されず',
};
const STATUS_CLASS_SAYS: Record<StatusClass, string> = { '2': 'エラーではありません', '4': '再送', '5': '再送されず' };
const ENHANCED_SAYS = /再送|届きません|届いていません|送信できません|分かりません/;
const SUCCESS_OR_ERROR_SAYS = new RegExp(`${REPLY_CLASS_SAYS.positive}|${ENHANCED_SAYS.source}`);

/** The code explanations: Japanese without markup, full sentences, and summaries that say what happens to the mail. */
export function checkSmtpWording(db: SmtpDb, add: Add): void {
  const sentence = (path: string, value: string | undefined) => {
    if (value === undefined) return;
    if (MARKUP.test(value)) add(path, 'contains markup (<, > or an HTML entity); write plain text');
    if (!KANA.test(value)) add(path, 'is not Japanese (a sentence left in English has no kana)');
    else if (!/。$/.test(value)) add(path, 'must end with 。');
  };
  const title = (path: string, value: string) => {
    if (MARKUP.test(value)) add(path, 'contains markup (<, > or an HTML entity); write plain text');
    if (!JAPANESE.test(value)) add(path, 'is not Japanese');
  };
  const says = (path: string, summary: string, expected: string | RegExp) => {
    const ok = typeof expected === 'string' ? summary.includes(expected) : expected.test(summary);
    if (!ok) add(path, `must tell the reader what happens to the mail (e.g. "${typeof expected === 'string' ? expected : expected.source.split('|').slice(0, 2).join('" or "')}")`);
  };

  db.basic.forEach((e, i) => {
    title(`basic.${i}.title`, e.title);
    sentence(`basic.${i}.summary`, e.summary);
    sentence(`basic.${i}.action`, e.action);
    says(`basic.${i}.summary`, e.summary, REPLY_CLASS_SAYS[e.class]);
  });
  db.enhanced.forEach((e, i) => {
    title(`enhanced.${i}.title`, e.title);
    sentence(`enhanced.${i}.summary`, e.summary);
    sentence(`enhanced.${i}.action`, e.action);
    // A status registered only with 2xx replies may be a success notice (X.1.5) or be used with errors
    // too (X.6.4: "converted with loss"); any other says whether a retry is coming or the mail is lost.
    const replies = e.basicCodes.match(/\b\d{3}\b/g) ?? [];
    const successOnly = replies.length > 0 && replies.every((r) => r.startsWith('2'));
    says(`enhanced.${i}.summary`, e.summary, successOnly ? SUCCESS_OR_ERROR_SAYS : ENHANCED_SAYS);
  });
  db.subjects.forEach((e, i) => {
    title(`subjects.${i}.title`, e.title);
    sentence(`subjects.${i}.summary`, e.summary);
  });
  db.classes.forEach((e, i) => {
    title(`classes.${i}.title`, e.title);
    sentence(`classes.${i}.summary`, e.summary);
    says(`classes.${i}.summary`, e.summary, STATUS_CLASS_SAYS[e.class]);
  });
  db.reasons.forEach((e, i) => {
    title(`reasons.${i}.title`, e.title);
    for (const field of ['whatHappened', 'why', 'senderAction', 'recipientAction'] as const) sentence(`reasons.${i}.${field}`, e[field]);
  });
  db.providers.forEach((p, i) =>
    p.rules.forEach((r, k) => {
      const path = `providers.${i}.rules.${k}`;
      sentence(`${path}.meaning`, r.meaning);
      sentence(`${path}.differsFromIana`, r.differsFromIana);
      sentence(`${path}.action`, r.action);
    }),
  );
}
