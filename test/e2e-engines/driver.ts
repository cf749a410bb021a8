// The little a scenario needs from a browser, implemented twice: Firefox ESR over WebDriver
// BiDi (puppeteer-core) and WebKitGTK's MiniBrowser over classic WebDriver (WebKitWebDriver,
// a hand-written HTTP client: the driver speaks nothing else). Only Debian's browsers are
// used; a missing one fails with how to install it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type EngineName = 'firefox' | 'webkit';

export interface Driver {
  readonly engine: EngineName;
  /** Opens a URL with a fresh page state and waits for the load event. */
  goto(url: string): Promise<void>;
  /**
   * Runs a function's source in the page with JSON arguments and returns its JSON result;
   * a returned promise is awaited. The function must not close over anything.
   */
  evaluate<T>(fn: string, ...args: unknown[]): Promise<T>;
  /** Real pointer input at CSS pixel coordinates of the viewport. */
  mouseMove(x: number, y: number): Promise<void>;
  mouseDown(): Promise<void>;
  mouseUp(): Promise<void>;
  /** Makes the viewport (the page's innerWidth x innerHeight) this size. */
  setViewport(width: number, height: number): Promise<void>;
  /** Console errors and warnings and uncaught page errors seen by the driver itself. */
  driverErrors(): string[];
  close(): Promise<void>;
}

function requireExecutable(path: string, install: string): string {
  if (!existsSync(path)) {
    throw new Error(`No ${path}. Install it with: apt-get install ${install}`);
  }
  return path;
}

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

class FirefoxDriver implements Driver {
  readonly engine = 'firefox';
  private readonly errors: string[] = [];
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') this.errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${String(e)}`));
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  evaluate<T>(fn: string, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(`(${fn})(...${JSON.stringify(args)})`) as Promise<T>;
  }
  mouseMove(x: number, y: number) {
    return this.page.mouse.move(x, y);
  }
  mouseDown() {
    return this.page.mouse.down();
  }
  mouseUp() {
    return this.page.mouse.up();
  }
  async setViewport(width: number, height: number) {
    try {
      await this.page.setViewport({ width, height });
    } catch (error) {
      // Firefox ESR 140 (Debian 12's) sets the viewport but has no screen-orientation
      // override, which puppeteer sends with it: the size is set, only that command fails.
      if (!/setScreenOrientationOverride/.test(String(error))) throw error;
    }
  }
  driverErrors() {
    return [...this.errors];
  }
  async close() {
    await this.browser.close();
  }
}

async function launchFirefox(): Promise<Driver> {
  const executablePath = requireExecutable(FIREFOX_PATH, 'firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Full-resolution performance.now() for the bench (Firefox rounds it to 1 ms by default).
    extraPrefsFirefox: { 'network.proxy.type': 0, 'privacy.reduceTimerPrecision': false },
  });
  const page = await browser.newPage();
  return new FirefoxDriver(browser, page);
}

/** A classic WebDriver session (W3C, JSON over HTTP) with WebKitWebDriver. */
class WebKitDriver implements Driver {
  readonly engine = 'webkit';
  private x = 0;
  private y = 0;
  constructor(
    private readonly base: string,
    private readonly server: ChildProcess,
  ) {}

  static async start(): Promise<WebKitDriver> {
    const driverPath = requireExecutable(WEBKIT_DRIVER_PATH, 'webkit2gtk-driver');
    const binary = requireExecutable(MINIBROWSER_PATH, 'libwebkit2gtk-4.1-0');
    requireExecutable('/usr/bin/xvfb-run', 'xvfb xauth');
    const port = 4444 + Math.floor(Math.random() * 1000);
    // MiniBrowser has no headless mode: it runs in a virtual X server. Own process group,
    // so that closing stops xvfb-run, the driver and the browser together.
    const server = spawn(
      'xvfb-run',
      ['-a', '-s', '-screen 0 1920x1200x24', driverPath, `--port=${port}`],
      { stdio: 'ignore', detached: true },
    );
    const base = `http://127.0.0.1:${port}`;
    const driver = new WebKitDriver(base, server);
    for (let i = 0; ; i++) {
      try {
        await fetch(`${base}/status`);
        break;
      } catch {
        if (i > 100) throw new Error('WebKitWebDriver did not start');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const session = await driver.command<{ sessionId: string }>('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        },
      },
    });
    driver.sessionPath = `/session/${session.sessionId}`;
    return driver;
  }

  private sessionPath = '';

  private async command<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) {
      throw new Error(`WebDriver ${method} ${path}: ${json.value.error}: ${json.value.message}`);
    }
    return json.value;
  }

  private session<T>(method: string, path: string, body?: unknown): Promise<T> {
    return this.command<T>(method, `${this.sessionPath}${path}`, body);
  }

  async goto(url: string) {
    await this.session('POST', '/url', { url });
  }
  evaluate<T>(fn: string, ...args: unknown[]): Promise<T> {
    return this.session<T>('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve((${fn})(...${JSON.stringify(args)})).then(
          (v) => done({ ok: v === undefined ? null : v }),
          (e) => done({ error: String(e && e.stack || e) }));`,
      args: [],
    }).then((r) => {
      const result = r as { ok?: T; error?: string };
      if (result.error !== undefined) throw new Error(`in the page: ${result.error}`);
      return result.ok as T;
    });
  }
  private pointer(actions: object[]) {
    return this.session('POST', '/actions', {
      actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }],
    });
  }
  async mouseMove(x: number, y: number) {
    this.x = Math.round(x);
    this.y = Math.round(y);
    await this.pointer([
      { type: 'pointerMove', duration: 0, origin: 'viewport', x: this.x, y: this.y },
    ]);
  }
  async mouseDown() {
    await this.pointer([
      { type: 'pointerMove', duration: 0, origin: 'viewport', x: this.x, y: this.y },
      { type: 'pointerDown', button: 0 },
    ]);
  }
  async mouseUp() {
    await this.pointer([
      { type: 'pointerMove', duration: 0, origin: 'viewport', x: this.x, y: this.y },
      { type: 'pointerUp', button: 0 },
    ]);
  }
  async setViewport(width: number, height: number) {
    // The window rect includes the browser's own chrome: size it, read the viewport, correct.
    let w = width;
    let h = height;
    // The window manager applies a new size a moment later (longer on a busy machine): wait
    // until the viewport stops changing before reading it.
    const settled = async (): Promise<[number, number]> => {
      let last = await this.evaluate<[number, number]>('() => [innerWidth, innerHeight]');
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 100));
        const now = await this.evaluate<[number, number]>('() => [innerWidth, innerHeight]');
        if (now[0] === last[0] && now[1] === last[1] && i >= 2) return now;
        last = now;
      }
      return last;
    };
    for (let i = 0; i < 6; i++) {
      await this.session('POST', '/window/rect', { width: w, height: h });
      const [iw, ih] = await settled();
      if (iw === width && ih === height) return;
      w += width - iw;
      h += height - ih;
    }
    throw new Error(`WebKit: could not make the viewport ${width}x${height}`);
  }
  driverErrors() {
    return [];
  }
  async close() {
    try {
      await this.session('DELETE', '');
    } finally {
      try {
        if (this.server.pid) process.kill(-this.server.pid);
      } catch {
        // Already gone.
      }
    }
  }
}

export async function launch(engine: EngineName): Promise<Driver> {
  return engine === 'firefox' ? launchFirefox() : WebKitDriver.start();
}
