import type { ProviderEntry, SmtpDb } from '../../content/schemas/smtp-db';
import { statusMatchesPattern } from '../../engine/smtp/codes';
import type { CodeView } from './code-param';

export type ProviderRule = ProviderEntry['rules'][number];

export interface ProviderMeaning {
  provider: ProviderEntry;
  rule: ProviderRule;
}

/** The statuses a page stands for: "5.7.1" itself, or every class of "X.7.1". */
function statusesOf(view: CodeView): string[] {
  if (view.kind !== 'enhanced' && view.kind !== 'unregistered') return [];
  if (!view.code.startsWith('X')) return [view.code];
  const rest = view.code.slice(1);
  return [`2${rest}`, `4${rest}`, `5${rest}`];
}

/**
 * The providers' own meanings that reuse this code: rules whose statuses (or ranges such as
 * "5.7.606-5.7.649") include it. A basic code gets only the rules that name no enhanced status at all
 * (Outlook.com's "421 RP-001"): every 5.x.x rule also says 550, and would bury the page.
 */
export function providerMeanings(db: SmtpDb, view: CodeView): ProviderMeaning[] {
  const out: ProviderMeaning[] = [];
  const statuses = statusesOf(view);
  for (const provider of db.providers) {
    for (const rule of provider.rules) {
      const applies =
        view.kind === 'basic'
          ? rule.statuses.length === 0 && (rule.replyCodes ?? []).includes(view.code)
          : rule.statuses.some((pattern) => statuses.some((s) => statusMatchesPattern(s, pattern)));
      if (applies) out.push({ provider, rule });
    }
  }
  return out;
}
