// Helpers injected into the JupyterLab page by lab.py as window.__gk
// (run as the body of a function: `return true` ends it).
if (window.__gk) return true;
const gk = window.__gk = {msgs: [], watched: new WeakSet()};
gk.panel = () => {
  const app = window.jupyterapp;
  if (!app) return null;
  // lumino 1: widgets() returns an IIterator (next() until undefined)
  const it = app.shell.widgets('main');
  for (let w = it.next(); w !== undefined; w = it.next()) {
    if (w.context && w.context.path === gk.path && w.content && w.content.widgets) return w;
  }
  return null;
};
// Record kernel messages (types only, plus the debug protocol) for waits/reports.
gk.watch = () => {
  const p = gk.panel();
  const k = p && p.sessionContext.session && p.sessionContext.session.kernel;
  if (!k || gk.watched.has(k)) return;
  gk.watched.add(k);
  k.anyMessage.connect((_, a) => {
    const m = a.msg, t = m.header.msg_type, c = m.content || {};
    const r = {t: Date.now(), dir: a.direction, channel: m.channel, type: t};
    if (t === 'debug_request' || t === 'debug_reply') {
      r.command = c.command; if (t === 'debug_reply') r.success = c.success;
      if (c.command === 'setBreakpoints' && c.body) r.breakpoints = c.body.breakpoints;
      if (c.command === 'stackTrace' && c.body && c.body.stackFrames)
        r.frames = c.body.stackFrames.map(f => ({name: f.name, line: f.line,
                                                 path: f.source && f.source.path}));
      if (c.command === 'scopes' && c.body && c.body.scopes)
        r.scopes = c.body.scopes.map(x => ({name: x.name, ref: x.variablesReference}));
      if (c.command === 'variables' && c.body && c.body.variables) r.nvariables = c.body.variables.length;
      if (t === 'debug_reply' && !c.success) r.message = c.message;
    } else if (t === 'debug_event') {
      r.event = c.event; if (c.body && c.body.reason) r.reason = c.body.reason;
    } else if (t === 'complete_reply' || t === 'inspect_reply') {
      r.content = c;
    } else if (t === 'status') {
      r.state = c.execution_state;
    }
    if (gk.msgs.length > 50000) gk.msgs.shift();
    gk.msgs.push(r);
  });
};
gk.dialog = () => {
  const d = document.querySelector('.jp-Dialog');
  return d ? d.innerText.slice(0, 2000) : null;
};
gk.status = () => {
  const p = gk.panel();
  if (!p) return {open: false, ready: !!window.jupyterapp};
  gk.watch();
  const ctx = p.sessionContext;
  const k = ctx.session && ctx.session.kernel;
  return {open: true, ready: true, revealed: p.isRevealed !== false,
          kernel: k ? k.name : null, status: ctx.kernelDisplayStatus,
          ncells: p.content.widgets.length, dialog: gk.dialog()};
};
gk.prompts = () => {
  const p = gk.panel();
  return p.content.widgets.map((c, i) => ({
    index: i, type: c.model.type,
    blank: c.model.type === 'code' ? !c.model.value.text.trim() : undefined,
    count: c.model.type === 'code' ? c.model.executionCount : undefined,
    prompt: c.model.type === 'code'
        ? ((c.node.querySelector('.jp-InputPrompt') || {}).innerText || '').trim() : undefined}));
};
gk.expectedMode = (cm, mime) => {
  const CM = cm.constructor;
  const spec = CM.findModeByMIME && CM.findModeByMIME(mime);
  return spec ? spec.mode : null;
};
gk.highlight = (cell) => {
  const cm = cell.editor && cell.editor.editor;
  const r = {mimetype: cell.model.mimeType};
  if (!cm || !cm.getMode) return r;
  const opt = cm.getOption('mode');
  r.mode = cm.getMode().name;
  r.mode_option = typeof opt === 'string' ? opt : JSON.stringify(opt);
  r.expected_mode = gk.expectedMode(cm, cell.model.mimeType);
  const spans = [...cell.node.querySelectorAll('.jp-InputArea-editor .CodeMirror-code span[class*="cm-"]')];
  const classes = new Set();
  const tokens = [];
  for (const s of spans) {
    for (const k of s.classList) if (k.startsWith('cm-')) classes.add(k);
    if (tokens.length < 60) tokens.push([s.className, s.textContent]);
  }
  r.token_classes = [...classes].sort();
  r.tokens = tokens;
  const syntactic = [...classes].filter(k => !['cm-tab', 'cm-trailing-space', 'cm-searching',
      'cm-matchhighlight', 'cm-error'].includes(k));
  r.highlighted = syntactic.length > 0;
  return r;
};
gk.modesSettled = () => {
  const p = gk.panel();
  const want = p.content.codeMimetype;
  return p.content.widgets.every(c => {
    if (c.model.type !== 'code') return true;
    const cm = c.editor && c.editor.editor;
    if (!cm || c.model.mimeType !== want) return false;
    const exp = gk.expectedMode(cm, want);
    return exp === null || cm.getMode().name === exp;
  });
};
gk.outputRecord = (cell, om, child, j) => {
  const json = om.toJSON();
  const rec = {index: j, output_type: json.output_type};
  const nb = gk.panel().content;
  const node = child ? (child.node.querySelector('.jp-OutputArea-output') || child.node) : null;
  if (json.output_type === 'stream') {
    rec.kind = 'stream'; rec.name = json.name;
  } else if (json.output_type === 'error') {
    rec.kind = 'error'; rec.ename = json.ename; rec.evalue = json.evalue;
  } else {
    rec.mimes = Object.keys(json.data || {}).sort();
    rec.kind = nb.rendermime.preferredMimeType(om.data, om.trusted ? 'any' : 'ensure') || 'none';
  }
  if (!node) { rec.rendered = false; return rec; }
  rec.rendered = true;
  rec.dom_mime = node.getAttribute('data-mime-type');
  rec.dom_classes = [...node.classList].filter(k => k.startsWith('jp-Rendered'));
  rec.text = node.innerText.slice(0, 20000);
  if (rec.kind === 'error') rec.traceback = rec.text;
  if (rec.kind === 'text/html' || rec.kind === 'text/markdown' || rec.kind === 'text/latex')
    rec.html = node.innerHTML.slice(0, 20000);
  const img = node.querySelector('img');
  if (img) {
    rec.image = {width: img.naturalWidth, height: img.naturalHeight, complete: img.complete,
                 src_prefix: (img.getAttribute('src') || '').slice(0, 30)};
  }
  if (rec.kind === 'image/svg+xml') {
    rec.svg = !!node.querySelector('svg') ||
              !!(img && (img.getAttribute('src') || '').startsWith('data:image/svg+xml'));
  }
  return rec;
};
gk.cells = () => {
  const p = gk.panel();
  return p.content.widgets.map((cell, i) => {
    const m = cell.model;
    const rec = {index: i, cell_type: m.type, source: m.value.text};
    if (m.type === 'code') {
      rec.execution_count = m.executionCount;
      rec.prompt = ((cell.node.querySelector('.jp-InputPrompt') || {}).innerText || '').trim();
      rec.highlight = gk.highlight(cell);
      const area = cell.outputArea, om = area.model;
      rec.outputs = [];
      for (let j = 0; j < om.length; j++) rec.outputs.push(gk.outputRecord(cell, om.get(j), area.widgets[j], j));
    } else if (m.type === 'markdown') {
      const r = cell.node.querySelector('.jp-MarkdownOutput');
      rec.rendered = cell.rendered;
      rec.html = r ? r.innerHTML.slice(0, 20000) : null;
    }
    return rec;
  });
};
// True once every output has its DOM node, markdown is rendered and images decoded.
gk.outputsSettled = () => {
  const p = gk.panel();
  for (const cell of p.content.widgets) {
    if (cell.model.type === 'markdown' && cell.rendered) {
      const r = cell.node.querySelector('.jp-MarkdownOutput');
      if (cell.model.value.text.trim() && (!r || !r.childElementCount)) return false;
    }
    if (cell.model.type !== 'code') continue;
    const area = cell.outputArea;
    if (area.widgets.length < area.model.length) return false;
    for (const img of cell.node.querySelectorAll('.jp-OutputArea-output img'))
      if (!img.complete) return false;
    for (const md of cell.node.querySelectorAll('.jp-OutputArea-output.jp-RenderedMarkdown'))
      if (!md.childElementCount) return false;
  }
  return true;
};
gk.kernelInfo = async () => {
  const p = gk.panel();
  const k = p.sessionContext.session.kernel;
  const info = await k.info;
  let spec = null;
  try { spec = await k.spec; } catch (e) {}
  return {language_info: info.language_info, implementation: info.implementation,
          implementation_version: info.implementation_version,
          protocol_version: info.protocol_version, banner: (info.banner || '').slice(0, 500),
          debugger: info.debugger === undefined ? null : info.debugger,
          spec: spec ? {name: spec.name, display_name: spec.display_name,
                        language: spec.language, metadata: spec.metadata || null} : null,
          code_mimetype: p.content.codeMimetype};
};
// Scroll container of the notebook and heights for the full-page screenshot.
// contentHeight: bottom of the last cell (scrollHeight also counts the
// "scroll past end" padding JupyterLab adds below the last cell).
gk.scrollInfo = () => {
  const nb = gk.panel().content, n = nb.node;
  const last = nb.widgets.length ? nb.widgets[nb.widgets.length - 1].node : null;
  const top = n.getBoundingClientRect().top;
  const contentHeight = last ? Math.ceil(last.getBoundingClientRect().bottom - top + n.scrollTop + 16)
                             : n.scrollHeight;
  return {scrollHeight: n.scrollHeight, contentHeight, clientHeight: n.clientHeight,
          scrollTop: n.scrollTop, innerHeight: window.innerHeight};
};
gk.scrollTo = (y) => { gk.panel().content.node.scrollTop = y; return gk.panel().content.node.scrollTop; };
gk.focusCell = (i, text, cursor) => {
  const p = gk.panel(), nb = p.content;
  nb.activeCellIndex = i;
  const cell = nb.activeCell;
  if (text !== null && text !== undefined) cell.model.value.text = text;
  nb.mode = 'edit';
  cell.editor.focus();
  const off = (cursor === null || cursor === undefined) ? cell.model.value.text.length : cursor;
  cell.editor.setCursorPosition(cell.editor.getPositionAt(off));
  return nb.activeCellIndex;
};
// ---- debugger -----------------------------------------------------------
gk.bugButton = () => {
  const p = gk.panel();
  const b = p && p.node.querySelector('.jp-DebuggerBugButton');
  if (!b) return {present: false};
  const btn = b.tagName === 'BUTTON' ? b : (b.querySelector('button') || b);
  return {present: true, enabled: !btn.disabled && btn.getAttribute('aria-disabled') !== 'true',
          pressed: btn.getAttribute('aria-pressed') === 'true' || b.classList.contains('lm-mod-toggled'),
          title: btn.getAttribute('title')};
};
gk.visible = (el) => !!el && el.offsetParent !== null && el.getClientRects().length > 0;
gk.debugState = () => {
  const sb = document.querySelector('.jp-DebuggerSidebar');
  const frames = [...document.querySelectorAll('.jp-DebuggerCallstack .jp-DebuggerCallstackFrame')].map(li => ({
    name: (li.querySelector('.jp-DebuggerCallstackFrame-name') || {}).textContent || '',
    location: (li.querySelector('.jp-DebuggerCallstackFrame-location') || {}).textContent || '',
    path: (li.querySelector('.jp-DebuggerCallstackFrame-location') || {title: ''}).title || '',
    selected: li.classList.contains('selected')}));
  const vroot = document.querySelector('.jp-DebuggerVariables');
  const tree = vroot && [...vroot.querySelectorAll('.jp-DebuggerVariables-body')].find(b => gk.visible(b) || !b.classList.contains('lm-mod-hidden'));
  const variables = [];
  if (tree) {
    for (const li of tree.querySelectorAll(':scope > ul > li')) {
      const name = li.querySelector(':scope > span[style*="attribute-color"]');
      const val = li.querySelector(':scope > span[style*="string-color"]');
      variables.push({name: name ? name.textContent : li.innerText.split(':')[0],
                      value: val ? val.textContent : ''});
    }
  }
  const sel = vroot && vroot.querySelector('select');
  const scopes = sel ? [...sel.options].map(o => o.value) : [];
  const breakpoints = [...document.querySelectorAll('.jp-DebuggerBreakpoints .jp-DebuggerBreakpoint')].map(b => ({
    source: b.getAttribute('title') || (b.querySelector('.jp-DebuggerBreakpoint-source') || {}).textContent || '',
    line: Number((b.querySelector('.jp-DebuggerBreakpoint-line') || {}).textContent || 0)}));
  // current line: highlighted line in a notebook cell and/or the Source panel
  let current_line = null;
  const p = gk.panel();
  if (p) p.content.widgets.forEach((c, i) => {
    const hl = c.node.querySelector('.jp-DebuggerEditor-highlight');
    if (hl) {
      const lines = [...c.node.querySelectorAll('.CodeMirror-code > div')];
      const txt = hl.querySelector('.CodeMirror-line');
      current_line = {cell: i, line: lines.indexOf(hl) + 1,
                      text: (txt || hl).textContent.replace(/\u200b/g, '')};
    }
  });
  // Source panel: header shows the path, body a read-only editor with the
  // current line highlighted.
  const srcHead = document.querySelector('.jp-DebuggerSources-header');
  const srcBody = document.querySelector('.jp-DebuggerSources-body');
  let source_panel = null;
  if (srcHead || srcBody) {
    const path = srcHead ? [...srcHead.querySelectorAll('span')].map(x => x.textContent.trim())
        .filter(t => t && t.toLowerCase() !== 'source').pop() || '' : '';
    const lines = srcBody ? [...srcBody.querySelectorAll('.CodeMirror-code > div')] : [];
    const hl = lines.findIndex(l => l.classList.contains('jp-DebuggerEditor-highlight'));
    const ed = srcBody && srcBody.querySelector('.CodeMirror');
    source_panel = {path, editor_visible: gk.visible(ed), current_line: hl < 0 ? null : hl + 1,
                    current_line_text: hl < 0 ? null : (lines[hl].querySelector('.CodeMirror-line') || lines[hl]).textContent.replace(/\u200b/g, ''),
                    nlines: lines.length};
  }
  const markers = [];
  if (p) p.content.widgets.forEach((c, i) => {
    const ls = [...c.node.querySelectorAll('.CodeMirror-code > div')];
    ls.forEach((l, j) => { if (l.querySelector('.jp-DebuggerEditor-marker')) markers.push({cell: i, line: j + 1}); });
  });
  const stopped = gk.msgs.filter(m => m.type === 'debug_event' && m.event === 'stopped').length;
  return {sidebar_visible: gk.visible(sb), frames, variables, scopes,
          scope: sel ? sel.value : null, breakpoints, gutter_markers: markers, current_line,
          source_panel,
          kernel_status: p ? p.sessionContext.kernelDisplayStatus : null,
          stopped_events: stopped};
};
gk.commandButton = (cmd) => {
  const b = document.querySelector(`.jp-DebuggerSidebar [data-command="${cmd}"]`);
  if (!b) return {present: false};
  return {present: true, visible: gk.visible(b), enabled: !b.disabled && b.getAttribute('aria-disabled') !== 'true',
          title: b.getAttribute('title')};
};
// Input boxes (input_request) waiting for an answer: cell index, prompt,
// and whether it is a password box.
gk.stdinPending = () => {
  const p = gk.panel();
  const out = [];
  p.content.widgets.forEach((c, i) => {
    for (const box of c.node.querySelectorAll('.jp-Stdin')) {
      const input = box.querySelector('input.jp-Stdin-input');
      if (!input || input.disabled || input.dataset.gkAnswered) continue;
      out.push({cell: i, prompt: (box.querySelector('.jp-Stdin-prompt') || {}).innerText || '',
                password: input.type === 'password'});
    }
  });
  return out;
};
return true;
