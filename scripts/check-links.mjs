// Checks the links of the built docs site (`pnpm check:links`, after `pnpm build:docs`).
//
// linkinator serves the site folder (default site/api) on a local port and crawls every page from
// index.html: links between pages, to the guides (docs/*.md become site/api/documents/*.html), to
// copied media files, and #anchors within and between pages (checkFragments). External http(s) links
// are skipped: the network is closed here and they are not ours to keep working. A skipped link whose
// host is a Markdown file name (http://values.md/) is reported too: that is a file name in a TSDoc
// comment or a guide that markdown-it's linkify turned into a web address. Exits 1 when anything is
// broken, 2 when the site is missing or linkinator cannot run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = resolve(root, process.argv[2] ?? 'site/api');
const shown = relative(root, site) || '.';

if (!existsSync(join(site, 'index.html'))) {
  console.error(
    `check-links: ${shown}/index.html not found; build the site first with \`pnpm build:docs\`.`,
  );
  process.exit(2);
}

/** linkinator's version and supported Node versions, for the error message when it cannot load. */
function linkinatorInfo() {
  try {
    let dir = dirname(fileURLToPath(import.meta.resolve('linkinator')));
    while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
    const { version, engines } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return `linkinator ${version} supports Node ${engines?.node ?? '(any)'}`;
  } catch {
    return 'linkinator is not installed';
  }
}

let LinkChecker;
try {
  ({ LinkChecker } = await import('linkinator'));
} catch (error) {
  console.error(
    `check-links: cannot load linkinator on Node ${process.version} (${linkinatorInfo()}): ${error instanceof Error ? error.message : String(error)}. Install a linkinator version whose engines include this Node.`,
  );
  process.exit(2);
}

const checker = new LinkChecker();
const result = await checker.check({
  path: site,
  recurse: true,
  checkFragments: true,
  // Everything that is not the local server linkinator starts for the folder.
  linksToSkip: ['^https?://(?!localhost[:/]|127\\.0\\.0\\.1[:/])'],
});

/**
 * A crawled link as a path inside the site folder. linkinator reports the pages of a local folder by
 * their file path (or, in some versions, a URL on its local server); external URLs stay as they are.
 */
const local = (url) => {
  if (url === undefined) return '?';
  let path = url;
  if (/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url)) {
    const parsed = new URL(url);
    path = `${decodeURIComponent(parsed.pathname)}${parsed.hash}`;
  }
  if (!path.startsWith('/')) return url;
  return path.startsWith(site) ? relative(site, path) || 'index.html' : path;
};
const fileNameHost = (url) => {
  try {
    return /\.md$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
};
const seen = new Set();
const broken = result.links.filter((link) => {
  const key = `${link.url} ${link.parent}`;
  if (link.state !== 'BROKEN' || seen.has(key)) return false;
  seen.add(key);
  return true;
});
const autolinked = result.links.filter(
  (link) => link.state === 'SKIPPED' && fileNameHost(link.url),
);
const skipped = result.links.filter((link) => link.state === 'SKIPPED').length - autolinked.length;
const ok = result.links.filter((link) => link.state === 'OK').length;

for (const link of broken) {
  const detail = link.failureDetails
    ?.map((failure) => failure?.message ?? failure?.statusText ?? '')
    .filter(Boolean)
    .join('; ');
  console.error(
    `BROKEN ${link.status ?? ''} ${local(link.url)}  (on ${local(link.parent)})${detail ? `: ${detail}` : ''}`,
  );
}
for (const link of autolinked) {
  console.error(
    `BROKEN file name turned into a web address: ${link.url}  (on ${local(link.parent)}); write it as a relative link or in backticks`,
  );
}
const problems = broken.length + autolinked.length;
console.log(
  `check-links: ${shown}: ${ok} links OK, ${skipped} external links skipped, ${problems} broken`,
);
process.exit(problems === 0 ? 0 : 1);
