import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectRoutes } from '../../../scripts/lib/routes';
import { checkTree } from '../../../src/content/check/tree';
import { decisionTree } from '../../../src/content/schemas/tree';
import type { RouteName } from '../../../src/routes';
import { RESERVED_STEP_IDS, lazyAreaOf, matchRoute, paths, routedNames } from '../../../src/routes';
import treeJson from '../../../public/content/ja/tree.json';

describe('the route module', () => {
  it('prerenders exactly the route table: every prerendered path is a routed page, every routed page is prerendered', () => {
    const prerendered = collectRoutes(join(import.meta.dirname, '../../../public'));
    const unmatched = prerendered.filter((r) => matchRoute(r.path) === null).map((r) => r.path);
    expect(unmatched).toEqual([]);
    const covered = new Set(prerendered.map((r) => matchRoute(r.path)));
    expect(routedNames.filter((name) => !covered.has(name))).toEqual([]);
    // The files are distinct (a path and its file name map one to one).
    expect(new Set(prerendered.map((r) => r.file)).size).toBe(prerendered.length);
  });

  it('builds every href so that it matches its own pattern', () => {
    const samples: { [K in RouteName]: string } = {
      home: paths.home.href(),
      guide: paths.guide.href(),
      guidePage: paths.guidePage.href('bounces', 'address-verification').split('#')[0] ?? '',
      changelog: paths.changelog.href(),
      troubleshoot: paths.troubleshoot.href({ code: '550 5.1.1' }).split('?')[0] ?? '',
      troubleshootMap: paths.troubleshootMap.href(),
      troubleshootDone: paths.troubleshootDone.href({ answers: ['a', 'solved'] }).split('?')[0] ?? '',
      troubleshootStep: paths.troubleshootStep.href('bounce-reason', { answers: ['bounced', '5xx'] }).split('?')[0] ?? '',
      smtp: paths.smtp.href('550 5.1.1').split('?')[0] ?? '',
      smtpCodes: paths.smtpCodes.href(),
      smtpCode: paths.smtpCode.href('5.1.1'),
      search: paths.search.href('迷惑メール').split('?')[0] ?? '',
      headers: paths.headers.href(),
    };
    const all = Object.keys(paths) as RouteName[];
    const mismatched = all.filter((name) => matchRoute(samples[name], all) !== name).map((name) => `${name}: ${samples[name]}`);
    expect(mismatched).toEqual([]);
  });

  it('spells query parameters and reserved steps the way the pages read them', () => {
    expect(paths.troubleshootStep.href('bounce-reason', { answers: ['bounced', '5xx'], code: '550 5.1.1' })).toBe(
      '/troubleshoot/bounce-reason?path=bounced.5xx&code=550%205.1.1',
    );
    expect(paths.smtp.href('550 5.1.1')).toBe('/smtp?q=550%205.1.1');
    expect(paths.smtp.href('')).toBe('/smtp');
    expect(lazyAreaOf(paths.smtpCode.href('5.1.1'))?.prefix).toBe('/smtp');
    expect(lazyAreaOf('/smtpx')).toBeUndefined();
  });

  it('makes the content check reject a tree node named after a reserved step', () => {
    const tree = decisionTree.parse(treeJson);
    for (const id of RESERVED_STEP_IDS) {
      const renamed = { ...tree, nodes: [...tree.nodes, { ...tree.nodes[tree.nodes.length - 1]!, id }] };
      expect(checkTree(renamed, new Map()).some((p) => p.nodeId === id && p.message.includes('reserved'))).toBe(true);
    }
  });
});
