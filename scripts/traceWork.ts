// Reads a Chromium trace (devtools.timeline) for the renderer main thread's work per click:
// from the press to the end of the frame that shows its result, counting the time the thread
// ran tasks and not the time it waited for the display's next frame.

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number; // microseconds
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

/** Milliseconds of main-thread work per press, in the order of the presses. */
export function workPerPress(traceJson: string): number[] {
  const events = (JSON.parse(traceJson) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's renderer: of the renderer main threads, the one that handled the presses.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const isPress = (e: TraceEvent) =>
    e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown';
  const pressesOn = (m: TraceEvent) =>
    events.filter((e) => e.pid === m.pid && e.tid === m.tid && isPress(e)).length;
  const main = mains.sort((a, b) => pressesOn(b) - pressesOn(a))[0];
  if (!main || pressesOn(main) === 0) throw new Error('the trace has no press on a renderer');
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask',
  );
  const presses = onMain.filter(isPress);
  const frames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  return presses.flatMap((press) => {
    const pressEnd = press.ts + press.dur!;
    // From the start of the task that handles the press (its hit test comes first).
    const start = tasks.find((t) => t.ts <= press.ts && t.ts + t.dur! >= pressEnd)?.ts ?? press.ts;
    // The first frame that starts after the press's task has run renders its result.
    const frame = frames.find((f) => f.ts >= pressEnd);
    if (!frame) return [];
    const end = frame.ts + frame.dur!;
    // The union of the task intervals in [start, end]: tasks nest (a scheduler task runs
    // inside a task), so summing them would count nested time twice.
    let busy = 0;
    let reached = start;
    for (const t of tasks) {
      const from = Math.max(t.ts, reached);
      const to = Math.min(t.ts + t.dur!, end);
      if (to > from) {
        busy += to - from;
        reached = to;
      }
    }
    return [busy / 1000];
  });
}
