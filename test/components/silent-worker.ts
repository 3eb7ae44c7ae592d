/** A Worker that never answers, to see a page's time limit and cancel at work (stub it with vi.stubGlobal). */
export class SilentWorker {
  static instances: SilentWorker[] = [];
  terminated = false;
  constructor() {
    SilentWorker.instances.push(this);
  }
  addEventListener() {}
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
}
