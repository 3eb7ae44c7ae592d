// The site search off the main thread: one worker per page session downloads, checks and prepares the
// index once (search-engine.ts) and answers each query with plain results (search-messages.ts). Started
// by search-client.ts on first use of the search box or the /search page.
import { fetchJson } from '../../content/fetch';
import { serveSearchRequests } from './search-engine';
import type { SearchReply } from './search-messages';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: SearchReply): void;
}
declare const self: WorkerScope;

const handle = serveSearchRequests((reply) => self.postMessage(reply), { fetchJson });
self.addEventListener('message', (event) => handle(event.data));
