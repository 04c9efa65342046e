/**
 * DevTools protocol helpers: CPU profiles attributed to the extension, traces,
 * and the trace's EventTiming records (click → next presented frame, exact).
 */

/** What both Playwright's and puppeteer's CDP sessions offer. */
export interface Cdp {
  // biome-ignore lint/suspicious/noExplicitAny: protocol results are read field by field below
  send(method: string, params?: Record<string, unknown>): Promise<any>;
  // biome-ignore lint/suspicious/noExplicitAny: protocol events, as above
  on(event: string, handler: (event: any) => void): unknown;
  // biome-ignore lint/suspicious/noExplicitAny: protocol events, as above
  off(event: string, handler: (event: any) => void): unknown;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Attribution {
  /** Profile length. */
  wallMs: number;
  /** Samples in JavaScript, GC or native work: everything but (idle). */
  busyMs: number;
  /** Samples whose stack holds a frame of a chrome-extension:// script. */
  extensionMs: number;
  extensionSamples: number;
  samples: number;
  /** Extension time by the script and function at the top of the extension's part of the stack. */
  top: Array<{ frame: string; ms: number }>;
  /** All busy time by the sampled (leaf) frame: what the thread did, whoever caused it. */
  busyTop: Array<{ frame: string; ms: number }>;
}

/**
 * Adds up sample time by stack. A sample lasts until the next one (as DevTools
 * counts); a sample is the extension's when any frame of its stack comes from a
 * chrome-extension:// script (the content script's own functions, or page APIs
 * it called, such as layout forced from it). With `window`, only samples taken
 * inside it count.
 */
export function attribute(profile: CpuProfile, prefix = 'chrome-extension://', window?: { fromUs: number; toUs: number }): Attribution {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const extFrame = new Map<number, ProfileNode | null>();
  const extensionFrameOf = (id: number): ProfileNode | null => {
    const known = extFrame.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let found: ProfileNode | null = null;
    if (node?.callFrame.url.startsWith(prefix)) found = node;
    else {
      const p = parent.get(id);
      found = p === undefined ? null : extensionFrameOf(p);
    }
    extFrame.set(id, found);
    return found;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  const stamps = deltas.map((d) => {
    t += d;
    return t;
  });
  let busy = 0;
  let ext = 0;
  let extSamples = 0;
  const top = new Map<string, number>();
  const busyTop = new Map<string, number>();
  for (let i = 0; i < samples.length; i += 1) {
    // Profile timestamps and trace timestamps share the monotonic clock (µs): a window from trace marks applies.
    if (window && ((stamps[i] as number) < window.fromUs || (stamps[i] as number) > window.toUs)) continue;
    const dur = ((i + 1 < stamps.length ? stamps[i + 1] : profile.endTime) as number) - (stamps[i] as number);
    const id = samples[i] as number;
    const leaf = byId.get(id)?.callFrame;
    if (leaf && leaf.functionName !== '(idle)') {
      busy += dur;
      const key = `${leaf.functionName || '(anonymous)'} ${leaf.url.replace(/^.*\//, '')}`.trim();
      busyTop.set(key, (busyTop.get(key) ?? 0) + dur);
    }
    const frame = extensionFrameOf(id);
    if (frame) {
      ext += dur;
      extSamples += 1;
      const key = `${frame.callFrame.functionName || '(anonymous)'} ${frame.callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}`;
      top.set(key, (top.get(key) ?? 0) + dur);
    }
  }
  return {
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busy / 1000,
    extensionMs: ext / 1000,
    extensionSamples: extSamples,
    samples: samples.length,
    top: topOf(top),
    busyTop: topOf(busyTop),
  };
}

function topOf(times: Map<string, number>): Array<{ frame: string; ms: number }> {
  return [...times]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([frame, us]) => ({ frame, ms: Math.round(us) / 1000 }));
}

export async function startProfile(cdp: Cdp, intervalUs: number): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
}

export async function stopProfile(cdp: Cdp): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as CpuProfile;
}

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

/** Starts a trace on a session; the returned function ends it and resolves with every event. */
export async function startTrace(cdp: Cdp, categories: string[]): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => {
    for (const v of e.value) events.push(v);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories: categories.join(','), transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((done) => {
      const onComplete = () => {
        cdp.off('Tracing.tracingComplete', onComplete);
        done();
      };
      cdp.on('Tracing.tracingComplete', onComplete);
    });
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * One event as Chromium's Event Timing saw it, from the trace (every event, not
 * only those over the API's 16 ms threshold, and not rounded to 8 ms). Times in
 * the page's performance.now() clock; `duration` ends at the presentation of
 * the first frame after the event's handlers ran.
 */
export interface EventTiming {
  type: string;
  timeStamp: number;
  processingStart: number;
  processingEnd: number;
  duration: number;
  interactionId: number;
}

export function eventTimings(events: readonly TraceEvent[]): EventTiming[] {
  const out: EventTiming[] = [];
  for (const e of events) {
    if (e.name !== 'EventTiming' || e.ph !== 'b') continue;
    const d = e.args?.data as Record<string, number | string> | undefined;
    if (!d) continue;
    out.push({
      type: String(d.type),
      timeStamp: Number(d.timeStamp),
      processingStart: Number(d.processingStart),
      processingEnd: Number(d.processingEnd),
      duration: Number(d.duration),
      interactionId: Number(d.interactionId),
    });
  }
  return out.sort((a, b) => a.timeStamp - b.timeStamp);
}

/** Thread and process names from a trace's metadata events. */
export function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.ph === 'M') names.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  return names;
}
