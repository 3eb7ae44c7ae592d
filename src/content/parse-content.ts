// Everything that turns a downloaded content file into checked data: the zod schemas and the markdown
// parser. queries.ts loads this module on demand (a dynamic import), so it stays out of the entry bundle:
// a prerendered page starts from the content embedded at build time (already checked by the build), and
// this code is needed only when a file is fetched — the refresh after load, or a client-side navigation.
import { parseMarkdown } from './markdown/parse';
import { siteSettings } from './schemas/site';
import { smtpDb } from './schemas/smtp-db';
import { decisionTree } from './schemas/tree';
import { parseWith } from './validate';

export { parseMarkdown };
export const parseSite = (data: unknown, file: string) => parseWith(siteSettings, data, file);
export const parseTree = (data: unknown, file: string) => parseWith(decisionTree, data, file);
export const parseSmtpDb = (data: unknown, file: string) => parseWith(smtpDb, data, file);
