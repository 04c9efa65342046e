// Benchmark helper for the saved x.com home page, injected into the page's MAIN world before any of
// its scripts (Playwright addInitScript), in the runs with and without the extension alike.
// It never touches the extension: it grows the timeline, drives the appends, and observes.
//   __bench.build(n, who)  n more posts (clones of the page's own tweet articles, each rewritten to a distinct
//                          author) plus a "Who to follow" cell every 25 posts, as X puts in the timeline
//   __bench.append(n, px)  scrolls by px and appends n more posts; resolves after the frame that renders them
//   __bench.target()       the follow button of the first "Who to follow" cell (a client), scrolled into view
//   __bench.likePoint()    the centre of a Like button inside the viewport (an unguarded control)
//   __bench.observe()/.observed()   long tasks and long animation frames (with their scripts' URLs)
//   __bench.inserted       performance.now() at which the reminder's host (a bare <div>, see isHost) was added to <body>
//   __bench.inFrame        was the reminder in the DOM when the first frame after the last click began?
(() => {
  if (location.protocol !== 'https:' || window.__bench) return;
  // The reminder names nothing (its shadow root is closed): what a page sees is a <div> without attributes
  // appended to <body>. X's own app adds none there (its layers live in #layers).
  const isHost = (n) => n.nodeName === 'DIV' && n.parentNode === document.body && n.attributes.length === 0;
  /** Bare <div>s added to <body> since the page loaded (the MutationObserver below sees them before the next frame). */
  const hosts = [];
  const FIRST = [
    'Maria',
    'José',
    'Sam',
    'Alex',
    'Jordan',
    'Dana',
    'Chris',
    'Noor',
    'Wei',
    'Olu',
    'Ana',
    'Luca',
    'Mia',
    'Omar',
    'Zoë',
    'Kai',
  ];
  const LAST = ['Pérez', 'Lee', 'Kim', 'Smith', 'Whitfield', 'Nguyen', 'Okafor', 'Rossi', 'Müller', 'Haddad', 'Silva', 'Cohen', 'Ito'];
  const ascii = (s) => s.normalize('NFD').replace(/[^A-Za-z]/g, '');
  /** The k-th generated account: a display name and a distinct handle of at most 15 characters. */
  const person = (k) => {
    const first = FIRST[k % FIRST.length];
    const last = LAST[Math.floor(k / FIRST.length) % LAST.length];
    return { name: `${first} ${last}`, handle: `${ascii(first).slice(0, 5)}${ascii(last).slice(0, 5)}${k}`.toLowerCase() };
  };

  const bench = {
    inserted: 0,
    inFrame: null,
    longTasks: [],
    frames: [],
    posts: 0,
    modules: 0,
    build,
    append,
    target,
    likePoint,
    observe,
    observed,
  };
  window.__bench = bench;

  // X routes its own links (an SPA): a click on a link never loads another document. The like clicks
  // of the scroll phase may land on a link if the page moved; the run must stay on this page.
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (a) event.preventDefault();
  });

  // Is the reminder in the first frame after a click? A rAF requested while the click is dispatched
  // runs at the start of the next frame's rendering, before its style, layout and paint: the
  // reminder present then is painted in that frame. This listener is the page's first (it is added
  // before the content script's), so it sees the click even when the extension stops it.
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      bench.inFrame = null;
      requestAnimationFrame(() => {
        bench.inFrame = hosts.some((h) => h.isConnected);
      });
    },
    true,
  );

  // X's own answer to a Follow click: the button turns into "Following" (and back). Without the
  // extension this is what the click paints; with it the click never reaches the page.
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-testid$="-follow"]') : null;
    const label = button && [...button.querySelectorAll('span')].find((s) => s.children.length === 0 && s.textContent.trim());
    if (label) label.textContent = label.textContent === 'Follow' ? 'Following' : 'Follow';
  });

  // When the reminder reaches the page (childList of <body> only: cheap, the timeline is deeper).
  const watchBody = () => {
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (!isHost(n)) continue;
          bench.inserted = performance.now();
          hosts.push(n);
        }
    }).observe(document.body, { childList: true });
  };
  if (document.body) watchBody();
  else document.addEventListener('DOMContentLoaded', watchBody, { once: true });

  // X's timeline is a virtual list: cells are absolutely placed (translateY) in a container whose
  // min-height is the list's height. Added cells are placed the same way, one after another, using
  // the measured height of the cell each is cloned from (measured once: no layout per append).
  let templates = null;
  const offsetOf = (cell) => Number(/translateY\(([-\d.]+)px\)/.exec(cell.style.transform)?.[1] ?? 0);
  function parts() {
    if (templates) return templates;
    const all = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
    const cells = all.filter((c) => c.offsetHeight > 0 && c.querySelector('article[data-testid="tweet"] [data-testid="User-Name"]'));
    const userCell = document.querySelector('[data-testid="UserCell"]');
    if (!cells.length || !userCell) throw new Error('The saved page has no tweet cells or no UserCell to clone');
    templates = {
      cells,
      heights: cells.map((c) => c.offsetHeight),
      container: cells[0].parentElement,
      userCell,
      moduleHeight: 0,
      next: Math.max(...all.map((c) => offsetOf(c) + c.offsetHeight)),
    };
    return templates;
  }

  /** Puts a cell at the end of the list, as X's virtualiser would. */
  function place(cell, height) {
    const t = parts();
    cell.style.transform = `translateY(${t.next}px)`;
    t.next += height;
  }

  /** The saved page's images are not in the fixture (every one is a failed request); clones carry none. */
  function dropImages(root) {
    for (const img of root.querySelectorAll('img[src]')) img.removeAttribute('src');
    for (const el of root.querySelectorAll('[style*="background-image"]')) el.style.backgroundImage = 'none';
  }

  const handleOf = (a) =>
    /^(?:https?:\/\/(?:www\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})(?:[/?#]|$)/.exec(a?.getAttribute('href') ?? '')?.[1];

  /** Rewrites one account inside `root`: links, "@handle" texts, the avatar's test id, and the display name. */
  function rehandle(root, nameLink, who, statusSeed) {
    const old = handleOf(nameLink);
    if (!old) return;
    const lower = old.toLowerCase();
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href');
      const m = /^(https?:\/\/(?:www\.)?(?:x|twitter)\.com)?\/([A-Za-z0-9_]{1,15})(\/status\/\d+)?(.*)$/.exec(href);
      if (m && m[2].toLowerCase() === lower) {
        const status = m[3] ? `/status/${1990000000000000000n + BigInt(statusSeed)}` : '';
        a.setAttribute('href', `${m[1] ?? ''}/${who.handle}${status}${m[4]}`);
      }
    }
    for (const el of root.querySelectorAll(`[data-testid="UserAvatar-Container-${old}"]`)) {
      el.setAttribute('data-testid', `UserAvatar-Container-${who.handle}`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t.data.toLowerCase() === `@${lower}`) t.data = `@${who.handle}`;
    }
    const nameWalker = document.createTreeWalker(nameLink, NodeFilter.SHOW_TEXT);
    for (let t = nameWalker.nextNode(); t; t = nameWalker.nextNode()) {
      if (t.data.trim() && !t.data.startsWith('@')) {
        t.data = who.name;
        break;
      }
    }
  }

  function post(k) {
    const { cells, heights } = parts();
    const cell = cells[k % cells.length].cloneNode(true);
    dropImages(cell);
    place(cell, heights[k % cells.length]);
    const article = cell.querySelector('article[data-testid="tweet"]');
    const nameLink = article.querySelector('[data-testid="User-Name"] a[href]');
    // Only the post's own author changes: links to other accounts (a quoted post's author) keep theirs.
    rehandle(article, nameLink, person(100 + bench.posts), bench.posts);
    bench.posts += 1;
    return cell;
  }

  /** A "Who to follow" cell as X inserts into the timeline: three UserCells, cloned from the page's own. */
  function followModule(first) {
    const { cells, userCell } = parts();
    const cell = document.createElement('div');
    cell.className = cells[0].className;
    cell.style.cssText = 'position: absolute; width: 100%;';
    cell.setAttribute('data-testid', 'cellInnerDiv');
    cell.setAttribute('data-bench-module', String(bench.modules));
    const title = document.createElement('h2');
    title.textContent = 'Who to follow';
    title.style.cssText = 'font: 700 20px/1.2 system-ui, sans-serif; color: rgb(231, 233, 234); margin: 12px 16px;';
    cell.append(title);
    for (let j = 0; j < 3; j += 1) {
      const uc = userCell.cloneNode(true);
      const who = j === 0 && first ? first : person(50000 + bench.modules * 3 + j);
      rehandle(uc, uc.querySelector('a[href]:not([aria-hidden="true"])') ?? uc.querySelector('a[href]'), who, 0);
      const follow = uc.querySelector('[data-testid$="-follow"]');
      follow?.setAttribute('data-testid', `${1600000000000000000n + BigInt(bench.modules * 3 + j)}-follow`);
      follow?.setAttribute('aria-label', `Follow @${who.handle}`);
      uc.style.display = 'flex';
      dropImages(uc);
      cell.append(uc);
    }
    bench.modules += 1;
    return cell;
  }

  function addModule(parent, who) {
    const t = parts();
    const cell = followModule(who);
    parent.append(cell);
    if (!t.moduleHeight) t.moduleHeight = cell.offsetHeight; // laid out once, with the first module
    place(cell, t.moduleHeight);
  }

  /**
   * Grows the timeline by n posts, with a "Who to follow" cell every 25 posts; with `first`, a
   * "Who to follow" cell offering that account (the client the latency clicks follow) comes first.
   */
  function build(n, first) {
    const t = parts();
    if (first) addModule(t.container, first);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < n; i += 1) {
      frag.append(post(bench.posts));
      if (bench.posts % 25 === 0) addModule(frag, null);
    }
    t.container.append(frag);
    t.container.style.minHeight = `${t.next}px`;
    return { posts: document.querySelectorAll('article[data-testid="tweet"]').length, elements: document.getElementsByTagName('*').length };
  }

  const afterFrame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => done(performance.now());
        ch.port2.postMessage(0);
      }),
    );

  /** Scrolls down by `scroll` px and appends n more posts, as infinite scroll loads a page of them. */
  async function append(n, scroll) {
    const t = parts();
    scrollBy(0, scroll);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < n; i += 1) {
      frag.append(post(bench.posts));
      if (bench.posts % 25 === 0) addModule(frag, null);
    }
    t.container.append(frag);
    t.container.style.minHeight = `${t.next}px`;
    await afterFrame();
    return bench.posts;
  }

  function target() {
    const button = document.querySelector('[data-bench-module="0"] [data-testid$="-follow"]');
    if (!button) return null;
    button.scrollIntoView({ block: 'center' });
    const r = button.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, label: button.getAttribute('aria-label') };
  }

  function likePoint() {
    for (const b of document.querySelectorAll('[data-testid="like"]')) {
      const r = b.getBoundingClientRect();
      if (r.width > 0 && r.top > 60 && r.bottom < innerHeight - 60) return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }

  let observers = [];
  function observe() {
    for (const o of observers) o.disconnect();
    bench.longTasks = [];
    bench.frames = [];
    const lt = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    });
    lt.observe({ type: 'longtask' });
    const loaf = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration })),
        });
      }
    });
    loaf.observe({ type: 'long-animation-frame' });
    observers = [lt, loaf];
  }

  async function observed() {
    await afterFrame();
    // Observers deliver in a task of their own; one more turn lets the last entries arrive.
    await new Promise((done) => setTimeout(done, 50));
    for (const o of observers) o.disconnect();
    observers = [];
    return { longTasks: bench.longTasks, frames: bench.frames };
  }
})();
