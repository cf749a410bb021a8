import { describe, expect, it } from 'vitest';
import { cpuPerPress, workPerPress } from '../../scripts/traceWork';

// A tiny hand-made trace of one renderer main thread (pid 1, tid 1), times in microseconds.
const thread = {
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid: 1,
  tid: 1,
  args: { name: 'CrRendererMain' },
};
const task = (ts: number, dur: number, name = 'ThreadControllerImpl::RunTask') => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid: 1,
  tid: 1,
});
const press = (ts: number, dur: number) => ({
  ...task(ts, dur, 'EventDispatch'),
  args: { data: { type: 'pointerdown' } },
});
const frame = (ts: number, dur: number) => task(ts, dur, 'ProxyMain::BeginMainFrame');

describe('workPerPress', () => {
  it('counts the tasks from the press to the end of the next frame, not the idle time between', () => {
    const trace = {
      traceEvents: [
        thread,
        task(1000, 5000), // the press's task: 5 ms
        press(1200, 4000),
        task(9000, 3000), // the frame's task, after 3 ms of idle: 3 ms
        frame(9100, 2900),
        task(20000, 4000), // after the frame: not counted
      ],
    };
    expect(workPerPress(JSON.stringify(trace))).toEqual([8]);
  });

  it('counts a task nested in another once', () => {
    const trace = {
      traceEvents: [
        thread,
        task(0, 6000, 'RunTask'),
        task(100, 5800),
        press(200, 2000),
        task(7000, 2000),
        frame(7000, 2000),
      ],
    };
    expect(workPerPress(JSON.stringify(trace))).toEqual([8]);
  });

  it('finds the renderer that handled the presses among several', () => {
    const other = { ...thread, pid: 2, tid: 2 };
    const trace = {
      traceEvents: [
        other,
        thread,
        task(0, 1000),
        press(0, 500),
        frame(2000, 1000),
        task(2000, 1000),
      ],
    };
    expect(workPerPress(JSON.stringify(trace))).toEqual([2]);
  });
});

describe('cpuPerPress', () => {
  const withCpu = (e: ReturnType<typeof task>, tdur: number) => ({ ...e, tdur });

  it('counts the thread time of the tasks in the window, not their wall time', () => {
    const trace = {
      traceEvents: [
        thread,
        withCpu(task(1000, 5000), 3000), // 5 ms of wall time, 2 of them stolen by the host
        press(1200, 4000),
        withCpu(task(9000, 3000), 2500),
        frame(9100, 2900),
        withCpu(task(20000, 4000), 4000), // after the frame: not counted
      ],
    };
    expect(cpuPerPress(JSON.stringify(trace))).toEqual([5.5]);
    expect(workPerPress(JSON.stringify(trace))).toEqual([8]);
  });

  it('counts the thread time of a nested task once, through its outermost task', () => {
    const trace = {
      traceEvents: [
        thread,
        withCpu(task(0, 6000, 'RunTask'), 4000),
        withCpu(task(100, 5800), 3900),
        press(200, 2000),
        withCpu(task(7000, 2000), 1000),
        frame(7000, 2000),
      ],
    };
    expect(cpuPerPress(JSON.stringify(trace))).toEqual([5]);
  });

  it('takes a task without thread time at its wall time', () => {
    const trace = {
      traceEvents: [thread, task(0, 2000), press(100, 500), task(3000, 1000), frame(3000, 1000)],
    };
    expect(cpuPerPress(JSON.stringify(trace))).toEqual([3]);
  });
});
