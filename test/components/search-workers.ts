// Stand-ins for the browser's Worker in jsdom (which has none), for the site search (stub them with
// vi.stubGlobal('Worker', …)). The real worker runs in Chromium in test/e2e/search.e2e.ts.
import { fetchJson } from '../../src/content/fetch';
import { serveSearchRequests } from '../../src/features/search/search-engine';

type Listener = (event: { data: unknown; preventDefault(): void }) => void;

/** Records how it was started; the subclasses decide what it does with messages. */
class RecordingWorker {
  static instances: RecordingWorker[] = [];
  readonly url: string;
  readonly options: WorkerOptions | undefined;
  /** Every message the page posted, as the worker would receive it. */
  readonly received: unknown[] = [];
  protected listeners = new Map<string, Listener[]>();
  constructor(url: string | URL, options?: WorkerOptions) {
    this.url = String(url);
    this.options = options;
    RecordingWorker.instances.push(this);
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  protected emit(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data, preventDefault() {} });
  }
  postMessage(data: unknown) {
    this.received.push(structuredClone(data));
  }
  terminate() {}
}

/**
 * The worker's own code (search-engine.ts's serveSearchRequests, what search.worker.ts runs) in this
 * thread: messages are copied both ways by structured clone and delivered in later tasks, as between
 * threads, so only plain data crosses (an Error's class and fields do not survive).
 */
export class InProcessSearchWorker extends RecordingWorker {
  /** While true, replies wait in `held` until release(): a worker still busy, seen from the page. */
  static hold = false;
  static held: (() => void)[] = [];
  static release() {
    InProcessSearchWorker.hold = false;
    for (const send of InProcessSearchWorker.held.splice(0)) send();
  }
  private readonly handle = serveSearchRequests((reply) => {
    const copy = structuredClone(reply);
    const send = () => setTimeout(() => this.emit('message', copy));
    if (InProcessSearchWorker.hold) InProcessSearchWorker.held.push(send);
    else send();
  }, { fetchJson });
  override postMessage(data: unknown) {
    super.postMessage(data);
    const copy = structuredClone(data);
    setTimeout(() => this.handle(copy));
  }
}

/** A worker whose script the browser could not load (blocked by a policy, gone from the server): an error event. */
export class UnloadableWorker extends RecordingWorker {
  terminated = false;
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    setTimeout(() => this.emit('error'));
  }
  override terminate() {
    this.terminated = true;
  }
}

export function startedWorkers(): RecordingWorker[] {
  return RecordingWorker.instances;
}

export function forgetWorkers(): void {
  RecordingWorker.instances = [];
  InProcessSearchWorker.hold = false;
  InProcessSearchWorker.held = [];
}
