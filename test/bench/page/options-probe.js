// Benchmark probe for the extension's options page, injected before its own scripts (Playwright
// addInitScript). It only watches: on every animation frame it checks whether the DOM holds what
// "rendered" means for the tab in the address, and notes when that frame's main-thread work is done.
//   #clients: the first page of client rows (100 <li> in [data-client-list]) and the count line
//   #log:     the first page of log rows (50 <tr> in [data-log-table]) and the weekly table
(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/options.html')) return;
  const probe = { tab: location.hash.slice(1), frameWithData: 0, rendered: 0, frames: 0, fcp: 0 };
  window.__optbench = probe;
  const ready = {
    clients: () =>
      document.querySelectorAll('[data-client-list] > li').length >= 100 &&
      /\d/.test(document.querySelector('[data-client-count]')?.textContent ?? ''),
    log: () => document.querySelectorAll('[data-log-table] tbody tr').length >= 50 && document.querySelector('[data-log-weeks]') !== null,
  }[probe.tab];
  if (!ready) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') probe.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const tick = () => {
    probe.frames += 1;
    if (!ready()) {
      requestAnimationFrame(tick);
      return;
    }
    // This frame paints the data; a message posted now runs once its style, layout and paint are done.
    probe.frameWithData = performance.now();
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      probe.rendered = performance.now();
    };
    ch.port2.postMessage(0);
  };
  requestAnimationFrame(tick);
})();
