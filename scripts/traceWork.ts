// Reads a Chromium trace (devtools.timeline) for the renderer main thread's work per click:
// from the press to the end of the frame that shows its result, counting the time the thread
// ran tasks and not the time it waited for the display's next frame.

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number; // microseconds
  readonly dur?: number;
  /** Thread time (microseconds): the CPU the thread used, not counting time it was descheduled. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
}

interface PressWindow {
  /** The main thread's outermost tasks, in time order (tasks nest: a scheduler task runs tasks). */
  readonly tasks: readonly TraceEvent[];
  /** From the start of the task that handles the press (its hit test comes first)... */
  readonly start: number;
  /** ...to the end of the first frame that starts after the press's task: it renders its result. */
  readonly end: number;
}

/** Each press's window on the page's renderer main thread, in the order of the presses. */
function pressWindows(traceJson: string): PressWindow[] {
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
  const all = onMain.filter(
    (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask',
  );
  const inside = (t: TraceEvent, u: TraceEvent) =>
    t !== u && t.ts >= u.ts && t.ts + t.dur! <= u.ts + u.dur!;
  const tasks = all.filter((t) => !all.some((u) => inside(t, u)));
  const frames = onMain.filter((e) => e.name === 'ProxyMain::BeginMainFrame');
  return onMain.filter(isPress).flatMap((press) => {
    const pressEnd = press.ts + press.dur!;
    const start = tasks.find((t) => t.ts <= press.ts && t.ts + t.dur! >= pressEnd)?.ts ?? press.ts;
    const frame = frames.find((f) => f.ts >= pressEnd);
    return frame ? [{ tasks, start, end: frame.ts + frame.dur! }] : [];
  });
}

/** Milliseconds of main-thread work per press, in the order of the presses. */
export function workPerPress(traceJson: string): number[] {
  return pressWindows(traceJson).map(({ tasks, start, end }) => {
    let busy = 0;
    for (const t of tasks)
      busy += Math.max(0, Math.min(t.ts + t.dur!, end) - Math.max(t.ts, start));
    return busy / 1000;
  });
}

/**
 * Milliseconds of the main thread's CPU time per press (the tasks' thread time, in the same
 * window as `workPerPress`). On a shared virtual machine the wall time of a task also counts
 * the time the host ran something else instead (steal); the thread time does not, so it varies
 * far less between runs. Tasks without thread time in the trace count as their wall time.
 */
export function cpuPerPress(traceJson: string): number[] {
  return pressWindows(traceJson).map(({ tasks, start, end }) => {
    let cpu = 0;
    for (const t of tasks) {
      const wall = Math.min(t.ts + t.dur!, end) - Math.max(t.ts, start);
      // A task cut by the window counts its share of its thread time.
      if (wall > 0) cpu += ((t.tdur ?? t.dur!) * wall) / t.dur!;
    }
    return cpu / 1000;
  });
}
