import { type LocalServer, startLocalServer } from '../../lib/cli/local-server';

export {
  assertPrerequisites,
  CHROMIUM,
  EXTENSION_DIR,
  type ExtensionHarness,
  launchExtension,
} from '../../lib/cli/extension-browser';

export type TestServer = LocalServer;

export const NEWS_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Talks in Doha</title></head>
  <body>
    <article>
      <h1>Envoys meet in Doha</h1>
      <p>Representatives of Afghanistan's Taliban administration met officials of the United Nations
      in Doha, Qatar, on Tuesday to discuss humanitarian access, the UN said in a statement.</p>
    </article>
  </body>
</html>`;

/** A local server with the test news page at `/`, or the pages given. */
export function startTestServer(pages: Record<string, string> = { '/': NEWS_PAGE }): Promise<TestServer> {
  return startLocalServer(pages);
}
