import type { TreeTool } from '../../content/schemas/tree';
import type { RouteName } from '@/routes';
import { routedNames } from '@/routes';

/** The site's page behind each tool an outcome can offer (outcome.tool in tree.json). */
export const TOOL_ROUTES = { smtp: 'smtp', headers: 'headers' } as const satisfies Record<TreeTool, RouteName>;

/** Whether this build of the site serves the tool's page (the header analyser arrives with issue 12). */
export function toolIsRouted(tool: TreeTool): boolean {
  return routedNames.includes(TOOL_ROUTES[tool]);
}
