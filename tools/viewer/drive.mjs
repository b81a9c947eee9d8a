#!/usr/bin/env node
// Drives the viewer page in headless Chromium (playwright-core, Debian's /usr/bin/chromium).
//
//   node tools/viewer/drive.mjs test NEWSGRAPH_BINARY OUT_DIR
//     indexes tests/samples, exports it as JSON, builds the view, then, in the page:
//     searches "Kislyak", clicks the MET edge between Kislyak and Sessions with the mouse
//     and checks that the panel shows its sentence; checks the relation and date filters
//     and a statement's quote; keeps OUT_DIR/viewer-test.png. Exits 77 (skipped) when
//     Chromium or tools/viewer/node_modules are missing.
//   node tools/viewer/drive.mjs screenshot VIEW_HTML OUT_PNG
//     the same search and click on an existing view, then a screenshot (README picture).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SOURCE_DIR = path.resolve(HERE, '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SKIPPED = 77;
const SEARCH = 'Kislyak';
const CENTRE = 'P:sergey_kislyak';
const OTHER_END = 'P:jeff_sessions';

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

const STARTED = Date.now();
function check(condition, message) {
  if (!condition) fail(message);
  console.log(`ok: ${message}  (${((Date.now() - STARTED) / 1000).toFixed(1)} s)`);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: SOURCE_DIR, encoding: 'utf-8' });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  return result;
}

async function loadPlaywright() {
  if (!existsSync(CHROMIUM)) {
    console.log(`SKIP: ${CHROMIUM} not found (tools/setup.sh installs Debian's chromium)`);
    process.exit(SKIPPED);
  }
  if (!existsSync(path.join(HERE, 'node_modules', 'playwright-core'))) {
    console.log('SKIP: tools/viewer/node_modules missing (tools/setup.sh runs npm ci there)');
    process.exit(SKIPPED);
  }
  return (await import('playwright-core')).chromium;
}

async function openView(chromium, viewPath) {
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(pathToFileURL(viewPath).href);
  await page.waitForFunction(() => window.newsgraphReady === true, null, { timeout: 30000 });
  return { browser, page, errors };
}

async function search(page) {
  await page.fill('#search', SEARCH);
  await page.press('#search', 'Enter');
  return page.evaluate((id) => window.cy.getElementById(id).hasClass('found'), CENTRE);
}

// Clicks, with the mouse, the MET edge between the two people on screen, at
// the point nearest its midpoint that no node covers (a node drawn over the
// midpoint would take the click). Returns the edge's id, or null when the
// graph has no such edge.
async function clickEdge(page) {
  const edgeId = await page.evaluate(([a, b]) => {
    const edge = window.cy.edges('[type = "MET"]').filter((e) =>
      [e.source().id(), e.target().id()].sort().join() === [a, b].sort().join())[0];
    return edge ? edge.id() : null;
  }, [CENTRE, OTHER_END]);
  if (!edgeId) return null;
  const point = await page.evaluate((id) => {
    const box = document.getElementById('graph').getBoundingClientRect();
    const edge = window.cy.getElementById(id);
    const from = edge.renderedSourceEndpoint(), to = edge.renderedTargetEndpoint();
    const covered = (p) => window.cy.nodes(':visible').some((n) => {
      const b = n.renderedBoundingBox();
      return p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
    });
    let chosen = edge.renderedMidpoint();
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f };
      if (!covered(p)) { chosen = p; break; }
    }
    return { x: box.left + chosen.x, y: box.top + chosen.y };
  }, edgeId);
  await page.mouse.click(point.x, point.y);
  return edgeId;
}

async function test(newsgraph, outDir) {
  const chromium = await loadPlaywright();
  mkdirSync(outDir, { recursive: true });
  const graphPb = path.join(outDir, 'graph.pb');
  const graphJson = path.join(outDir, 'graph.json');
  const viewPath = path.join(outDir, 'view.html');
  run(newsgraph, ['-q', 'index', path.join(SOURCE_DIR, 'tests', 'samples'), '-o', graphPb]);
  run(newsgraph, ['-q', 'export', graphPb, '-f', 'json', '-o', graphJson]);
  run(process.env.PYTHON || 'python3', [path.join(HERE, 'build_view.py'), graphJson, '-o', viewPath]);

  const exported = JSON.parse(readFileSync(graphJson, 'utf-8'));
  const met = exported.links.find((l) => l.type === 'MET' &&
    [l.source, l.target].sort().join() === [CENTRE, OTHER_END].sort().join());
  check(met !== undefined, `the export has a MET edge between ${CENTRE} and ${OTHER_END}`);
  const sentence = met.evidence[0].sentence;

  const { browser, page, errors } = await openView(chromium, viewPath);
  try {
    check(await search(page), `searching "${SEARCH}" highlights ${CENTRE}`);
    const edgeId = await clickEdge(page);
    check(edgeId === `e${met.key}`, `the page draws that edge as ${edgeId}`);
    const panel = await page.textContent('#details-body');
    check(panel.includes(sentence), `clicking the edge shows its sentence in the panel: "${sentence.slice(0, 70)}..."`);
    check(panel.includes(met.evidence[0].document_id), 'the panel names the document');
    const screenshot = path.join(outDir, 'viewer-test.png');
    await page.screenshot({ path: screenshot });
    console.log(`screenshot: ${screenshot}`);

    const hidden = (id) => page.evaluate((x) => window.cy.getElementById(x).hasClass('hidden'), id);
    await page.uncheck('#relation-MET');
    check(await hidden(edgeId), 'unticking MET hides the edge');
    await page.check('#relation-MET');
    check(!(await hidden(edgeId)), 'ticking MET shows it again');
    const date = met.evidence[0].date;
    await page.fill('#date-from', nextYear(date));
    await page.dispatchEvent('#date-from', 'change');
    check(await hidden(edgeId), `from ${nextYear(date)} hides the edge dated ${date}`);
    await page.fill('#date-from', date);
    await page.dispatchEvent('#date-from', 'change');
    check(!(await hidden(edgeId)), `from ${date} shows it again`);

    const statement = exported.nodes.find((n) => n.type === 'STATEMENT');
    await page.evaluate((id) => { window.cy.getElementById(id).emit('tap'); }, statement.id);
    check((await page.textContent('#details-body')).includes(statement.quote), 'tapping a statement shows its quote');
    await page.fill('#search', 'Nobody Atall');
    check((await page.textContent('#search-status')).includes('No entity matches'), 'an unknown name is reported');
    await page.click('#reset');
    check((await page.textContent('#details-body')).includes('Click a node or an edge'), 'Reset view empties the panel');
    check(errors.length === 0, `no script errors in the page${errors.length ? ': ' + errors.join('; ') : ''}`);
  } finally {
    await browser.close();
  }
}

function nextYear(date) {
  return `${Number(date.slice(0, 4)) + 1}-01-01`;
}

async function screenshot(viewPath, pngPath) {
  const chromium = await loadPlaywright();
  const { browser, page } = await openView(chromium, path.resolve(viewPath));
  try {
    await search(page);
    if (!(await clickEdge(page))) fail(`no MET edge between ${CENTRE} and ${OTHER_END} in ${viewPath}`);
    await page.screenshot({ path: pngPath });
    console.log(`screenshot: ${pngPath}`);
  } finally {
    await browser.close();
  }
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'test' && args.length === 2) await test(...args);
else if (mode === 'screenshot' && args.length === 2) await screenshot(...args);
else {
  console.error('usage: drive.mjs test NEWSGRAPH_BINARY OUT_DIR | screenshot VIEW_HTML OUT_PNG');
  process.exit(2);
}
