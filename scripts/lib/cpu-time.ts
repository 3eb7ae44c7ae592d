// Main-thread figures from a Lighthouse trace, counted in CPU time rather than wall-clock time.
//
// Lighthouse's simulated throttling multiplies each main-thread task's observed *wall-clock* duration by
// its CPU slowdown (4× on the mobile preset). On a machine shared with other work the renderer waits for a
// core, so the same page's tasks last longer on the clock: one run on this 2-core machine under a load of
// 15 measured 2,776 ms of main-thread wall time for 323 ms of CPU time, and Lighthouse reported 6.3 s of
// Total Blocking Time for a page that has about 30 ms on a quiet machine. Every trace event also carries
// the time its thread actually ran (`tdur`). Blocking time and long tasks recomputed from that are what the
// page costs, whoever else uses the machine: the figures the budget can gate on.
import { MainThreadTasks } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import type { TaskNode } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import LHTraceProcessor from 'lighthouse/core/lib/lh-trace-processor.js';

/** What Lighthouse counts as a long task: 50 ms or more on the (throttled) main thread. */
const LONG_TASK_MS = 50;

export interface CpuFigures {
  /** Blocking time as Lighthouse defines it (Σ of each task's time beyond 50 ms, after first contentful
   * paint), with each task's duration = its CPU time × the CPU slowdown. */
  blockingMs: number;
  /** Main-thread tasks of 50 ms or more (CPU time × slowdown), from navigation to the end of the trace. */
  longTasks: number;
  /** Main-thread CPU time × slowdown, in all and by kind of work (Lighthouse's task groups). */
  totalMs: number;
  byGroup: Record<string, number>;
  /** The two script groups (evaluation, parse and compile). */
  scriptMs: number;
  /** CPU time / wall-clock time of the main thread's tasks: near 1 on a quiet machine, 0.1 when the page
   * got a tenth of a core. Says how far this run's wall-clock figures (Lighthouse's) can be trusted. */
  share: number;
}

interface TraceLike {
  traceEvents: { ts: number; dur?: number; tdur?: number }[];
}

/** CPU time of a task in ms (its thread duration); wall time when the trace has no thread clock. */
function cpuMs(task: TaskNode): number {
  const { tdur, dur } = task.event as { tdur?: number; dur?: number };
  if (typeof tdur === 'number') return tdur / 1000;
  return typeof dur === 'number' ? dur / 1000 : task.duration;
}

export function cpuFigures(trace: TraceLike, slowdown: number): CpuFigures {
  // Lighthouse's own trace processing: the inspected page's main thread, its tasks and their groups.
  const processed = LHTraceProcessor.processTrace(trace as never);
  const navigation = LHTraceProcessor.processNavigation(processed);
  const tasks = MainThreadTasks.getMainThreadTasks(processed.mainThreadEvents, processed.frames, processed.timestamps.traceEnd, processed.timestamps.timeOrigin);
  const fcp = navigation.timestamps.firstContentfulPaint;
  const origin = processed.timestamps.timeOrigin;

  const byGroup: Record<string, number> = {};
  let blockingMs = 0;
  let longTasks = 0;
  let totalMs = 0;
  let cpuSum = 0;
  let wallSum = 0;
  for (const task of tasks) {
    if (task.parent || task.event.ts < origin) continue;
    cpuSum += cpuMs(task);
    wallSum += task.duration;
    const cpu = cpuMs(task) * slowdown;
    totalMs += cpu;
    if (cpu >= LONG_TASK_MS) longTasks += 1;
    if (task.event.ts >= fcp) blockingMs += Math.max(0, cpu - LONG_TASK_MS);
    // The task's CPU time shared out over its own work and its children's, in proportion to wall time.
    const ratio = task.duration > 0 ? cpu / task.duration : 0;
    const visit = (node: TaskNode) => {
      byGroup[node.group.id] = (byGroup[node.group.id] ?? 0) + node.selfTime * ratio;
      node.children.forEach(visit);
    };
    visit(task);
  }
  const rounded: Record<string, number> = {};
  for (const [group, ms] of Object.entries(byGroup).sort((a, b) => b[1] - a[1])) rounded[group] = Math.round(ms);
  return {
    blockingMs: Math.round(blockingMs),
    longTasks,
    totalMs: Math.round(totalMs),
    byGroup: rounded,
    scriptMs: (rounded.scriptEvaluation ?? 0) + (rounded.scriptParseCompile ?? 0),
    share: wallSum > 0 ? Math.round((cpuSum / wallSum) * 100) / 100 : 1,
  };
}
