import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Firefox is driven over WebDriver BiDi, straight from Node's WebSocket: no geckodriver, no Playwright
// Firefox build, nothing that downloads a browser. Debian's firefox-esr is all it needs.

export const FIREFOX = process.env.DOSSIER_FIREFOX ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** Why the Firefox tests cannot run here, or null when they can. */
export function firefoxMissing(): string | null {
  return existsSync(FIREFOX)
    ? null
    : `No Firefox at ${FIREFOX}: install Debian's package (\`apt-get install -y firefox-esr\`) ` +
        'or point DOSSIER_FIREFOX at a Firefox binary.';
}

/**
 * A quiet, offline profile. Firefox's Remote Agent sets its own recommended prefs on top (no updates,
 * no telemetry pings, no first-run pages); these keep the rest of its background traffic off too.
 */
const PREFS: Record<string, string | number | boolean> = {
  // A temporary add-on from a folder, unsigned, enabled at once.
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 5,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  // BiDi only (no CDP, no Marionette port of its own).
  'remote.active-protocols': 1,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.tabs.warnOnClose': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'nimbus.rollouts.enabled': false,
  'browser.backup.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.region.update.enabled': false,
  'browser.region.network.url': '',
  'browser.search.update': false,
  'browser.topsites.contile.enabled': false,
  'services.settings.server': 'data:,offline',
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'dom.push.connection.enabled': false,
  // Everything but the local test server goes to a closed port (127.0.0.1 is never proxied).
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
  // Console output of pages and extension pages on stdout, for errors BiDi cannot see (the background page).
  'devtools.console.stdout.content': true,
  'browser.dom.window.dump.enabled': true,
  // Same look from run to run: no smooth scrolling, no overlay scroll bars fading in.
  'general.smoothScroll': false,
  'ui.useOverlayScrollbars': 0,
};

function userJs(extra: Record<string, string | number | boolean>): string {
  return Object.entries({ ...PREFS, ...extra })
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n');
}

export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

type Listener = (params: Record<string, unknown>) => void;

/** A WebDriver BiDi connection: commands correlated by id, events by method. */
export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { method: string; resolve(v: unknown): void; reject(e: Error): void }
  >();
  private readonly listeners = new Map<string, Set<Listener>>();
  private closedError: Error | null = null;

  private constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (e) => this.onMessage(String(e.data)));
    ws.addEventListener('close', () => this.failAll(new Error('the BiDi connection closed')));
  }

  static async connect(url: string, timeoutMs = 10_000): Promise<BidiConnection> {
    const ws = new WebSocket(url);
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`no BiDi connection to ${url} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      ws.addEventListener('open', () => {
        clearTimeout(timer);
        done();
      });
      ws.addEventListener('error', () => {
        clearTimeout(timer);
        fail(new Error(`could not connect to ${url}`));
      });
    });
    return new BidiConnection(ws);
  }

  /** Sends a command and resolves with its result, or rejects with the remote error and its message. */
  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    timeoutMs = 30_000,
  ): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    return new Promise<T>((done, fail) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        fail(new Error(`${method}: no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          done(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          fail(e);
        },
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` for every event `method` (subscribe with session.subscribe too); returns an off switch. */
  on(method: string, listener: Listener): () => void {
    let set = this.listeners.get(method);
    if (!set) {
      set = new Set();
      this.listeners.set(method, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  close(): void {
    this.failAll(new Error('the BiDi connection was closed'));
    this.ws.close();
  }

  private onMessage(text: string): void {
    const msg = JSON.parse(text) as {
      id?: number;
      type?: string;
      result?: unknown;
      error?: string;
      message?: string;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (msg.type === 'event' && msg.method) {
      for (const listener of this.listeners.get(msg.method) ?? []) listener(msg.params ?? {});
      return;
    }
    if (msg.id === undefined) return;
    const waiting = this.pending.get(msg.id);
    if (!waiting) return;
    this.pending.delete(msg.id);
    if (msg.type === 'error') waiting.reject(new Error(`${waiting.method}: ${msg.error}: ${msg.message}`));
    else waiting.resolve(msg.result);
  }

  private failAll(error: Error): void {
    this.closedError ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** A BiDi remote value, as script.evaluate and script.callFunction return it. */
interface RemoteValue {
  type: string;
  value?: unknown;
}

/** A remote value turned back into plain JSON (primitives, arrays, objects with string keys). */
export function fromRemote(v: RemoteValue): unknown {
  switch (v.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return v.value;
    case 'number':
      return typeof v.value === 'string' ? Number(v.value) : v.value;
    case 'array':
      return (v.value as RemoteValue[]).map(fromRemote);
    case 'object':
      return Object.fromEntries(
        (v.value as [string | RemoteValue, RemoteValue][]).map(([k, val]) => [
          typeof k === 'string' ? k : String(fromRemote(k)),
          fromRemote(val),
        ]),
      );
    default:
      // Nodes, windows, functions…: their type is all a test needs to see.
      return `[${v.type}]`;
  }
}

export interface FirefoxHarness {
  bidi: BidiConnection;
  /** The add-on id of the installed extension (its gecko id); '' before one is installed. */
  readonly extensionId: string;
  /** Lines Firefox printed (stdout and stderr), for errors only the process sees. */
  output: string[];
  /** Installs an unpacked extension as a temporary add-on; returns its id. */
  installExtension(dir: string): Promise<string>;
  /** Opens a tab and returns its browsing context id. */
  newTab(): Promise<string>;
  /** Navigates and waits for the page's load event. */
  goto(context: string, url: string): Promise<void>;
  /** Evaluates an expression in the page (awaiting promises) and returns its value as JSON. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  /** Calls `fn` (stringified: it must be self-contained) in the page with JSON arguments; returns JSON. */
  call<T = unknown>(context: string, fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** An unpacked extension to install at once (else a plain Firefox; see installExtension). */
  extensionDir?: string;
  /** Prefs on top of the quiet, offline defaults. */
  prefs?: Record<string, string | number | boolean>;
}

/** Fails with a clear message when the Firefox build is missing. */
export function assertFirefoxBuild(dir = FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${dir} (manifest.json missing). Run \`npx wxt build -b firefox\` first.`,
    );
  }
}

/** Starts headless Firefox on a fresh profile, opens a BiDi session and installs the extension, if given. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxHarness> {
  const missing = firefoxMissing();
  if (missing) throw new Error(missing);
  if (options.extensionDir) assertFirefoxBuild(options.extensionDir);
  const profile = await mkdtemp(join(tmpdir(), 'dossier-firefox-'));
  await writeFile(join(profile, 'user.js'), userJs(options.prefs ?? {}));
  const child = spawn(
    FIREFOX,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that its content processes end with it.
      detached: true,
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
    },
  );
  const output: string[] = [];
  let bidi: BidiConnection | null = null;

  const close = async () => {
    if (bidi) {
      await bidi.send('browser.close', {}, 5_000).catch(() => {});
      bidi.close();
    }
    await stopProcess(child);
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };

  try {
    const wsUrl = await listeningUrl(child, output);
    const connection = await BidiConnection.connect(`${wsUrl}/session`);
    bidi = connection;
    await connection.send('session.new', { capabilities: { alwaysMatch: {} } }, 60_000);
    let extensionId = '';
    const installExtension = async (dir: string) => {
      assertFirefoxBuild(dir);
      const installed = await connection.send<{ extension: string }>('webExtension.install', {
        extensionData: { type: 'path', path: resolve(dir) },
      });
      extensionId = installed.extension;
      return extensionId;
    };
    await connection.send('session.subscribe', { events: ['browsingContext.load'] });
    if (options.extensionDir) await installExtension(options.extensionDir);
    return {
      bidi: connection,
      get extensionId() {
        return extensionId;
      },
      output,
      installExtension,
      close,
      ...pageHelpers(connection),
    };
  } catch (e) {
    await close();
    throw new Error(`Firefox did not start for BiDi: ${String(e)}\n${output.slice(-20).join('\n')}`);
  }
}

function pageHelpers(bidi: BidiConnection) {
  const unwrap = (r: { type: string; result?: RemoteValue; exceptionDetails?: { text?: string } }) => {
    if (r.type === 'exception') throw new Error(`in page: ${r.exceptionDetails?.text ?? 'exception'}`);
    return fromRemote(r.result as RemoteValue);
  };
  return {
    async newTab() {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      return context;
    },
    async goto(context: string, url: string, timeoutMs = 30_000) {
      // Waiting in the command (wait: 'complete') fails the whole navigation with "Address rejected"
      // when a frame of the page shows an error page (an ad frame the offline proxy refused): wait for
      // the page's own load event instead.
      const loaded = new Set<string>();
      let wake: () => void = () => {};
      const off = bidi.on('browsingContext.load', (e) => {
        if (e.context !== context || typeof e.navigation !== 'string') return;
        loaded.add(e.navigation);
        wake();
      });
      try {
        const { navigation } = await bidi.send<{ navigation: string | null }>('browsingContext.navigate', {
          context,
          url,
          wait: 'none',
        });
        const until = Date.now() + timeoutMs;
        while (!(navigation && loaded.has(navigation))) {
          if (Date.now() > until) throw new Error(`${url} did not load within ${timeoutMs} ms`);
          await new Promise<void>((done) => {
            wake = done;
            setTimeout(done, 250);
          });
        }
      } finally {
        off();
      }
    },
    async evaluate<T>(context: string, expression: string) {
      const r = await bidi.send<Parameters<typeof unwrap>[0]>('script.evaluate', {
        expression,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      return unwrap(r) as T;
    },
    async call<T>(context: string, fn: (...args: never[]) => unknown, ...args: unknown[]) {
      const r = await bidi.send<Parameters<typeof unwrap>[0]>('script.callFunction', {
        functionDeclaration: fn.toString(),
        arguments: args.map(toRemote),
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      });
      return unwrap(r) as T;
    },
  };
}

/** JSON arguments as BiDi local values. */
function toRemote(v: unknown): Record<string, unknown> {
  if (v === undefined) return { type: 'undefined' };
  if (v === null) return { type: 'null' };
  if (typeof v === 'string') return { type: 'string', value: v };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (typeof v === 'number') return { type: 'number', value: Number.isFinite(v) ? v : String(v) };
  if (Array.isArray(v)) return { type: 'array', value: v.map(toRemote) };
  return {
    type: 'object',
    value: Object.entries(v as Record<string, unknown>).map(([k, val]) => [k, toRemote(val)]),
  };
}

/** Waits until Firefox says where BiDi listens; keeps every line it prints in `output`, then and later. */
function listeningUrl(child: ChildProcess, output: string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`Firefox printed no BiDi address within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const lines = (stream: NodeJS.ReadableStream | null) => {
      let partial = '';
      stream?.on('data', (chunk: Buffer) => {
        const parts = (partial + chunk.toString()).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts) {
          if (!line.trim()) continue;
          output.push(line);
          const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
          if (found?.[1]) {
            clearTimeout(timer);
            done(found[1]);
          }
        }
      });
    };
    // Kept for the whole run: stdout also carries the console output of pages and extension pages.
    lines(child.stdout);
    lines(child.stderr);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}) before BiDi was listening`));
    });
  });
}

/** Ends the Firefox we started and its process group (its content processes): TERM, then KILL. */
async function stopProcess(child: ChildProcess): Promise<void> {
  const group = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const waitFor = (ms: number) => Promise.race([exited.then(() => true), sleep(ms).then(() => false)]);
    if (!(await waitFor(3_000))) {
      group('SIGTERM');
      if (!(await waitFor(3_000))) {
        group('SIGKILL');
        await exited;
      }
    }
  }
  // Content processes that outlived the parent.
  group('SIGKILL');
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
