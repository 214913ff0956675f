// ---------------------------------------------------------------- Configuration and storage
var config = { endpoint: '/graphql', token: null };
try { config = Object.assign(config, JSON.parse($('concord-config').textContent)); } catch (err) { /* keep the defaults */ }
var STORE = 'concord.explorer.';
function load(key, fallback) { try { var v = localStorage.getItem(STORE + key); return v == null ? fallback : v; } catch (err) { return fallback; } }
function save(key, value) { try { localStorage.setItem(STORE + key, value); } catch (err) { /* storage full or disabled */ } }

var DEFAULT_QUERY = '# Welcome to the Concord explorer.\n#\n# Ctrl-Enter runs the operation at the cursor, Ctrl-Space completes,\n' +
  '# Shift-Ctrl-P prettifies, and Alt-click opens the documentation of a field.\n# Open Docs to browse every type and field.\n\nquery Hello {\n  __typename\n}\n';
function defaultHeaders() {
  var headers = {};
  if (config.token) headers.Authorization = 'Bearer ' + config.token;
  return JSON.stringify(headers, null, 2);
}

// graphql-js's introspection query with descriptions, but six levels of ofType instead of seven
// (enough for [[[T!]!]!]), so that its deepest field is 12 deep: within the storefront depth limit.
var INTROSPECTION_QUERY = 'query IntrospectionQuery {\n  __schema {\n    queryType { name }\n    mutationType { name }\n    subscriptionType { name }\n' +
  '    types { ...FullType }\n    directives { name description locations args { ...InputValue } }\n  }\n}\n' +
  'fragment FullType on __Type {\n  kind name description\n  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }\n' +
  '  inputFields { ...InputValue }\n  interfaces { ...TypeRef }\n  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }\n  possibleTypes { ...TypeRef }\n}\n' +
  'fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }\n' +
  'fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }\n';

var state = { schema: null, running: null, schemaRequest: 0 };
var params = new URLSearchParams(location.search);

// ---------------------------------------------------------------- Editors
var queryEditor = new Editor($('query-editor'), {
  language: 'graphql', label: 'GraphQL operation',
  onChange: function (text) { save('query', text); showOperationName(); },
  onKey: function (e) { return completer.onKey(e); },
  onClick: function (e, offset) { completer.close(); showOperationName(); if (e.altKey) openDocsAt(offset); },
  onBlur: function () { completer.close(); },
  decorate: function (toks) {
    if (state.schema) walkContext(state.schema, toks.filter(isSignificant), function (t, def) {
      if (!def) t.c = 'unknown';
      else if (def.isDeprecated) t.c = 'deprecated';
    });
  }
});
var completer = new Completer(queryEditor, function () { return state.schema; });
// Completion opens while a name, a directive or a variable is typed (Ctrl-Space opens it anywhere),
// once the edit is complete: an editor command sets the caret after its input event.
queryEditor.ta.addEventListener('input', function (e) {
  var data = e.data || '', typing = e.inputType === 'insertText' && /^[_A-Za-z0-9@$]+$/.test(data);
  var deleting = completer.isOpen() && /^delete/.test(e.inputType || '');
  Promise.resolve().then(function () { if (typing || deleting) completer.update(false); else completer.close(); });
});
queryEditor.ta.addEventListener('keyup', function (e) { if (/^Arrow|Home|End|Page/.test(e.key)) showOperationName(); });
var variablesEditor = new Editor($('variables-editor'), { language: 'json', label: 'Variables (JSON)', placeholder: 'Variables as JSON, for example { "first": 10 }', onChange: function (text) { save('variables', text); checkJSONPanes(); } });
var headersEditor = new Editor($('headers-editor'), { language: 'json', label: 'Headers (JSON)', onChange: function (text) { save('headers', text); checkJSONPanes(); if (state.started) scheduleSchemaReload(); } });

function initialText() {
  queryEditor.setValue(params.has('query') ? params.get('query') : load('query', DEFAULT_QUERY));
  variablesEditor.setValue(params.has('variables') ? params.get('variables') : load('variables', ''));
  var stored = load('headers', null), storedDefault = load('headersDefault', null), fresh = defaultHeaders();
  headersEditor.setValue(stored == null || stored === storedDefault ? fresh : stored);
  save('headersDefault', fresh);
}

// ---------------------------------------------------------------- Operations in the document
function definitionsOf(text) {
  var toks = lexGraphQL(text), defs = [], cur = null, depth = 0;
  for (var i = 0; i < toks.length; i++) {
    var t = toks[i];
    if (!isSignificant(t)) continue;
    if (depth === 0 && !cur) {
      if (t.k === 'name' && (OPERATION_KEYWORDS[t.v] || t.v === 'fragment')) { cur = { kind: t.v, name: null, start: t.s, end: text.length, expectName: true }; continue; }
      if (t.v === '{') cur = { kind: 'query', name: null, start: t.s, end: text.length };
    } else if (cur && cur.expectName) {
      cur.expectName = false;
      if (t.k === 'name') cur.name = t.v;
    }
    if (t.k === 'punct') {
      if (t.v === '{' || t.v === '(' || t.v === '[') depth++;
      else if (t.v === '}' || t.v === ')' || t.v === ']') {
        depth = Math.max(0, depth - 1);
        if (depth === 0 && t.v === '}' && cur) { cur.end = t.e; defs.push(cur); cur = null; }
      }
    }
  }
  if (cur) defs.push(cur);
  return defs;
}
function operationAt(text, offset) {
  var ops = definitionsOf(text).filter(function (d) { return d.kind !== 'fragment'; });
  if (ops.length < 2) return { op: ops[0] || null, count: ops.length };
  var pick = null;
  ops.forEach(function (d) { if (d.start <= offset) pick = d; });
  return { op: pick || ops[0], count: ops.length };
}
function showOperationName() {
  var found = operationAt(queryEditor.getValue(), queryEditor.cursor());
  $('op-name').textContent = found.count > 1 && found.op ? (found.op.name || 'anonymous') + ' · ' + found.count + ' operations' : '';
}

// ---------------------------------------------------------------- JSON panes
function parsePane(text, what) {
  if (!text.trim()) return {};
  var value;
  try { value = JSON.parse(text); } catch (err) { throw new Error(what + ' are not valid JSON: ' + err.message); }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(what + ' must be a JSON object.');
  return value;
}
function readHeaders() {
  var headers = parsePane(headersEditor.getValue(), 'Headers');
  Object.keys(headers).forEach(function (k) {
    if (typeof headers[k] !== 'string') throw new Error('Header ' + k + ' must be a string.');
  });
  return headers;
}
function checkJSONPanes() {
  var problem = '';
  try { parsePane(variablesEditor.getValue(), 'Variables'); readHeaders(); } catch (err) { problem = err.message; }
  $('json-problem').textContent = problem;
  $('json-problem').title = problem;
}

// ---------------------------------------------------------------- Talking to the server
function requestHeaders(extra) {
  return Object.assign({ 'Content-Type': 'application/json', 'Accept': 'application/graphql-response+json, application/json;q=0.9' }, extra);
}

function loadSchema() {
  var id = ++state.schemaRequest, headers;
  document.body.dataset.schema = 'loading';
  $('schema-text').textContent = 'Loading schema…';
  try { headers = readHeaders(); } catch (err) { schemaFailed(err.message); return; }
  fetch(config.endpoint, { method: 'POST', headers: requestHeaders(headers), body: JSON.stringify({ query: INTROSPECTION_QUERY, operationName: 'IntrospectionQuery' }) })
    .then(function (res) {
      return res.text().then(function (text) {
        if (id !== state.schemaRequest) return;
        var body = null;
        try { body = JSON.parse(text); } catch (err) { /* handled below */ }
        if (!body || !body.data || !body.data.__schema) {
          var why = body && body.errors && body.errors[0] && body.errors[0].message ? body.errors[0].message : res.status + ' ' + res.statusText;
          schemaFailed(why);
          return;
        }
        state.schema = new Schema(body.data.__schema);
        var count = state.schema.typeList.filter(function (t) { return t.name.slice(0, 2) !== '__'; }).length;
        document.body.dataset.schema = 'ready';
        $('schema-text').textContent = 'Schema · ' + count + ' types';
        $('schema-status').title = 'Schema loaded from ' + config.endpoint + '. Click to reload.';
        docs.reset();
        queryEditor.text = null;
        queryEditor.render();
      });
    })
    .catch(function (err) { if (id === state.schemaRequest) schemaFailed(err.message || String(err)); });
}
// A failed reload keeps the schema loaded before, if any: completion and docs go on working.
function schemaFailed(why) {
  document.body.dataset.schema = 'error';
  $('schema-text').textContent = (state.schema ? 'Schema not reloaded: ' : 'No schema: ') + why;
  $('schema-status').title = 'Introspection failed: ' + why + '. Click to retry.';
  docs.render();
}
var schemaTimer = 0;
function scheduleSchemaReload() {
  clearTimeout(schemaTimer);
  schemaTimer = setTimeout(function () {
    try { readHeaders(); } catch (err) { return; }
    loadSchema();
  }, 900);
}

function run() {
  if (state.running) { state.running.abort(); return; }
  completer.close();
  var query = queryEditor.getValue(), variables, headers;
  try {
    variables = parsePane(variablesEditor.getValue(), 'Variables');
    headers = readHeaders();
  } catch (err) { showProblem(err.message); return; }
  var op = operationAt(query, queryEditor.cursor()).op;
  var body = { query: query };
  if (op && op.name) body.operationName = op.name;
  if (Object.keys(variables).length) body.variables = variables;
  var controller = typeof AbortController === 'function' ? new AbortController() : null;
  state.running = controller || { abort: function () {} };
  setRunning(true);
  var started = performance.now();
  fetch(config.endpoint, { method: 'POST', headers: requestHeaders(headers), body: JSON.stringify(body), signal: controller ? controller.signal : undefined })
    .then(function (res) {
      return res.text().then(function (text) {
        showResponse(res.status, res.statusText, text, performance.now() - started);
        remember({ query: query, variables: variablesEditor.getValue(), operationName: body.operationName || null, status: res.status });
      });
    })
    .catch(function (err) {
      if (err && err.name === 'AbortError') showProblem('Request cancelled.');
      else showProblem('The request failed: ' + (err && err.message ? err.message : err) + '. Is the server at ' + config.endpoint + ' running?');
    })
    .then(function () { state.running = null; setRunning(false); });
}

function setRunning(on) {
  var btn = $('btn-run');
  btn.classList.toggle('running', on);
  $('run-label').textContent = on ? 'Stop' : 'Run';
  var bar = document.querySelector('#pane-result .progress');
  if (on && !bar) $('pane-result').appendChild(h('div', 'progress'));
  else if (!on && bar) bar.remove();
}

var responseHost = h('div', 'response-host');
var responseView = new ResponseView(responseHost);

function formatBytes(n) { return n < 1024 ? n + ' B' : n < 1048576 ? (n / 1024).toFixed(1) + ' kB' : (n / 1048576).toFixed(2) + ' MB'; }

function showResponse(status, statusText, text, ms) {
  var result = $('result'), pretty = text, json = true, body = null;
  try { body = JSON.parse(text); pretty = JSON.stringify(body, null, 2); } catch (err) { json = false; }
  showErrorLinks(body);
  result.textContent = '';
  result.appendChild(responseHost);
  responseView.setText(pretty, json);
  result.dataset.state = 'done';
  result.dataset.status = String(status);
  var badge = $('status');
  badge.hidden = false;
  badge.textContent = status + (statusText ? ' ' + statusText : '');
  badge.className = 'status ' + (status >= 200 && status < 300 ? 'ok' : status >= 500 ? 'err' : 'warn');
  $('timing').textContent = Math.round(ms) + ' ms';
  $('size').textContent = formatBytes(new TextEncoder().encode(text).length);
  $('btn-copy').disabled = false;
  state.lastResponse = pretty;
}

// A bar over the response listing its errors; a location moves the cursor there in the operation.
function showErrorLinks(body) {
  var bar = $('error-bar'), errors = body && Array.isArray(body.errors) ? body.errors : [];
  bar.textContent = '';
  bar.hidden = !errors.length;
  errors.slice(0, 8).forEach(function (err) {
    var row = h('div', 'error-row'), loc = err && Array.isArray(err.locations) ? err.locations[0] : null;
    if (loc && loc.line > 0) {
      var link = h('button', 'error-loc', loc.line + ':' + loc.column);
      link.type = 'button';
      link.title = 'Show in the operation';
      link.addEventListener('click', function () { jumpTo(loc.line, loc.column); });
      row.appendChild(link);
    }
    row.appendChild(h('span', 'error-msg', err && err.message != null ? String(err.message) : JSON.stringify(err)));
    if (err && err.extensions && typeof err.extensions.code === 'string') row.appendChild(h('span', 'error-code', err.extensions.code));
    if (err && Array.isArray(err.path)) row.appendChild(h('span', 'error-path', err.path.join('.')));
    bar.appendChild(row);
  });
  if (errors.length > 8) bar.appendChild(h('div', 'error-path', (errors.length - 8) + ' more in the response'));
}
function jumpTo(line, column) {
  var ed = queryEditor, text = ed.getValue(), offset = 0;
  for (var l = 1; l < line; l++) {
    var nl = text.indexOf('\n', offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  offset = Math.min(text.length, offset + Math.max(0, column - 1));
  ed.focus();
  ed.ta.setSelectionRange(offset, offset);
  var y = (line - 1) * ed.lineHeight();
  if (y < ed.ta.scrollTop || y > ed.ta.scrollTop + ed.ta.clientHeight - 40) ed.ta.scrollTop = Math.max(0, y - ed.ta.clientHeight / 2);
  ed.syncScroll();
}

function showProblem(message) {
  var result = $('result');
  $('error-bar').hidden = true;
  result.textContent = '';
  result.appendChild(h('div', 'problem', message));
  result.dataset.state = 'problem';
  delete result.dataset.status;
  $('status').hidden = true;
  $('timing').textContent = '';
  $('size').textContent = '';
}

// ---------------------------------------------------------------- History
var HISTORY_LIMIT = 50;
function readHistory() { try { var list = JSON.parse(load('history', '[]')); return Array.isArray(list) ? list : []; } catch (err) { return []; } }
function remember(entry) {
  var list = readHistory();
  entry.at = Date.now();
  if (list[0] && list[0].query === entry.query && list[0].variables === entry.variables) list.shift();
  list.unshift(entry);
  save('history', JSON.stringify(list.slice(0, HISTORY_LIMIT)));
  if (!$('history').hidden) renderHistory();
}
function summarize(entry) {
  if (entry.operationName) return entry.operationName;
  var toks = lexGraphQL(entry.query).filter(isSignificant), kind = 'query', name = null, seen = 0;
  for (var i = 0; i < toks.length && !name; i++) {
    var t = toks[i];
    if (t.k === 'name' && OPERATION_KEYWORDS[t.v] && !seen) { kind = t.v; if (toks[i + 1] && toks[i + 1].k === 'name') name = toks[i + 1].v; }
    if (t.v === '{') { seen++; if (toks[i + 1] && toks[i + 1].k === 'name') name = kind + ' { ' + toks[i + 1].v + ' }'; }
  }
  return name || 'anonymous ' + kind;
}
function ago(ms) {
  var s = Math.round((Date.now() - ms) / 1000);
  if (s < 45) return 'just now';
  if (s < 3600) return Math.round(s / 60) + ' min ago';
  if (s < 86400) return Math.round(s / 3600) + ' h ago';
  return new Date(ms).toLocaleDateString();
}
function renderHistory() {
  var body = $('history-body'), list = readHistory();
  body.textContent = '';
  if (!list.length) { body.appendChild(h('p', 'doc-muted', 'Operations you run are kept here, in this browser only.')); return; }
  list.forEach(function (entry, i) {
    var item = h('button', 'history-item'), top = h('div', 'h-top');
    item.type = 'button';
    item.dataset.index = i;
    var badge = h('span', 'status ' + (entry.status >= 200 && entry.status < 300 ? 'ok' : entry.status >= 500 ? 'err' : 'warn'), String(entry.status || '–'));
    top.appendChild(h('span', 'h-name', summarize(entry)));
    top.appendChild(badge);
    top.appendChild(h('span', 'h-when', ago(entry.at)));
    item.appendChild(top);
    item.appendChild(h('pre', null, entry.query.replace(/^\s*#.*\n/gm, '').trim().slice(0, 400)));
    body.appendChild(item);
  });
}
$('history-body').addEventListener('click', function (e) {
  var item = e.target.closest('.history-item');
  if (!item) return;
  var entry = readHistory()[+item.dataset.index];
  if (!entry) return;
  queryEditor.replaceAll(entry.query);
  variablesEditor.replaceAll(entry.variables || '');
  if (entry.operationName) {
    var def = definitionsOf(entry.query).filter(function (d) { return d.name === entry.operationName; })[0];
    if (def) queryEditor.ta.setSelectionRange(def.start, def.start);
  }
  queryEditor.focus();
  toast('Loaded from history');
});
$('history-clear').addEventListener('click', function () { save('history', '[]'); renderHistory(); });

// ---------------------------------------------------------------- Docs, drawers, help
var docs = new Docs(function () { return state.schema; }, function () { showDrawer('docs'); });
function showDrawer(name) {
  ['docs', 'history'].forEach(function (d) {
    var on = d === name;
    $(d).hidden = !on;
    $('btn-' + d).setAttribute('aria-pressed', on ? 'true' : 'false');
  });
  if (name === 'history') renderHistory();
  if (name === 'docs' && !docs.rendered) { docs.rendered = true; docs.render(); }
  save('drawer', name || '');
}
function toggleDrawer(name) { showDrawer($(name).hidden ? name : null); }
$('btn-docs').addEventListener('click', function () { toggleDrawer('docs'); if (!$('docs').hidden) $('docs-search').focus(); });
$('btn-history').addEventListener('click', function () { toggleDrawer('history'); });
$('docs-close').addEventListener('click', function () { showDrawer(null); });
$('history-close').addEventListener('click', function () { showDrawer(null); });
$('btn-help').addEventListener('click', function () { $('help').hidden = !$('help').hidden; });
$('schema-status').addEventListener('click', loadSchema);

// What the name at `offset` in the operation is: { view, sig, doc, deprecated } or null.
function describeAt(offset) {
  var schema = state.schema, text = queryEditor.getValue();
  if (!schema) return null;
  var toks = lexGraphQL(text), tok = null;
  for (var i = 0; i < toks.length; i++) if (toks[i].s <= offset && offset <= toks[i].e && toks[i].k === 'name') { tok = toks[i]; break; }
  if (!tok) return null;
  var before = toks.filter(function (t) { return t.e <= tok.s && isSignificant(t); });
  var ctx = walkContext(schema, before), f = ctx.top;
  var after = toks.filter(function (t) { return t.s >= tok.e && isSignificant(t); })[0];
  function typeInfo(t) { return t ? { view: { kind: 'type', name: t.name }, sig: KIND_NAMES[t.kind] + ' ' + t.name, doc: t.description } : null; }
  if (f.k === 'sel' && !f.dirPending && !f.spread && f.type && !(after && after.v === ':')) {
    var field = schema.fieldDef(f.type, tok.v);
    if (field) {
      return { view: field.meta ? null : { kind: 'field', type: f.type.name, field: tok.v }, sig: f.type.name + '.' + tok.v + ': ' + typeString(field.type),
               doc: field.description, deprecated: field.isDeprecated ? field.deprecationReason || 'Deprecated.' : null };
    }
  }
  if (f.k === 'args' && f.expect === 'name' && f.owner) {
    var arg = (f.owner.args || []).filter(function (a) { return a.name === tok.v; })[0];
    if (arg) {
      return { view: f.owner.parent ? { kind: 'field', type: f.owner.parent.name, field: f.owner.name, arg: tok.v } : null,
               sig: tok.v + ': ' + typeString(arg.type) + (arg.defaultValue != null ? ' = ' + arg.defaultValue : ''), doc: arg.description };
    }
  }
  if (f.k === 'obj' && f.expect === 'name' && f.type && f.type.inputMap[tok.v]) {
    var input = f.type.inputMap[tok.v];
    return { view: { kind: 'type', name: f.type.name }, sig: f.type.name + '.' + tok.v + ': ' + typeString(input.type), doc: input.description };
  }
  if ((f.k === 'args' || f.k === 'obj') && f.expect === 'value' && f.cur) {
    var valueType = schema.named(f.cur.type);
    if (valueType && valueType.kind === 'ENUM') {
      var value = (valueType.enumValues || []).filter(function (e) { return e.name === tok.v; })[0];
      if (value) return { view: { kind: 'type', name: valueType.name }, sig: valueType.name + '.' + value.name, doc: value.description, deprecated: value.isDeprecated ? value.deprecationReason || 'Deprecated.' : null };
    }
    return typeInfo(valueType);
  }
  return typeInfo(schema.types[tok.v]);
}
function openDocsAt(offset) {
  var found = describeAt(offset);
  if (found && found.view) docs.open(found.view);
}

// Hovering a name for a moment shows its type and description.
var tooltip = h('div', 'hover-info');
tooltip.hidden = true;
queryEditor.body.appendChild(tooltip);
var hoverTimer = 0;
function hideTooltip() { clearTimeout(hoverTimer); tooltip.hidden = true; }
queryEditor.ta.addEventListener('mousemove', function (e) {
  hideTooltip();
  if (e.buttons) return;
  hoverTimer = setTimeout(function () { showTooltipAt(e.clientX, e.clientY); }, 450);
});
['mouseleave', 'keydown', 'scroll', 'mousedown'].forEach(function (name) { queryEditor.ta.addEventListener(name, hideTooltip); });
function showTooltipAt(clientX, clientY) {
  var ed = queryEditor, ta = ed.ta, rect = ta.getBoundingClientRect(), style = getComputedStyle(ta);
  var line = Math.floor((clientY - rect.top - parseFloat(style.paddingTop) + ta.scrollTop) / ed.lineHeight());
  var column = Math.floor((clientX - rect.left - parseFloat(style.paddingLeft) + ta.scrollLeft) / ed.measureCharWidth());
  var starts = ed.lineStarts;
  if (line < 0 || line >= starts.length || column < 0) return;
  var lineEnd = line + 1 < starts.length ? starts[line + 1] - 1 : ta.value.length;
  if (starts[line] + column >= lineEnd) return;
  var found = describeAt(starts[line] + column);
  if (!found || completer.isOpen()) return;
  tooltip.textContent = '';
  tooltip.appendChild(h('div', 'hover-sig', found.sig));
  if (found.deprecated) tooltip.appendChild(h('div', 'hover-deprecated', 'Deprecated: ' + found.deprecated));
  if (found.doc) tooltip.appendChild(h('div', 'hover-doc', found.doc));
  tooltip.hidden = false;
  var bodyRect = ed.body.getBoundingClientRect();
  var left = Math.min(clientX - bodyRect.left + 8, ed.body.clientWidth - tooltip.offsetWidth - 8);
  var top = clientY - bodyRect.top + 18;
  if (top + tooltip.offsetHeight > ed.body.clientHeight) top = clientY - bodyRect.top - tooltip.offsetHeight - 10;
  tooltip.style.left = Math.max(4, left) + 'px';
  tooltip.style.top = Math.max(4, top) + 'px';
}

// ---------------------------------------------------------------- Prettify, copy, toast
function prettify() {
  try { queryEditor.replaceAll(prettifyGraphQL(queryEditor.getValue())); } catch (err) { toast('Cannot prettify: ' + err.message); return; }
  try { variablesEditor.replaceAll(prettifyJSON(variablesEditor.getValue())); } catch (err) { /* the pane shows the problem */ }
  try { headersEditor.replaceAll(prettifyJSON(headersEditor.getValue())); } catch (err) { /* idem */ }
  queryEditor.focus();
}
var toastTimer = 0;
function toast(message) {
  var el = $('toast');
  el.textContent = message;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(function () { el.hidden = true; }, 2200);
}
function copyText(text, what) {
  function fallback() {
    var ta = h('textarea');
    ta.value = text;
    ta.style.cssText = 'position:fixed;opacity:0';
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand('copy'); toast(what + ' copied'); } catch (err) { toast('Copy failed'); }
    ta.remove();
  }
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(function () { toast(what + ' copied'); }, fallback);
  else fallback();
}
function shellQuote(s) { return "'" + String(s).replace(/'/g, "'\\''") + "'"; }
function curlCommand() {
  var headers = {}, variables = {};
  try { headers = readHeaders(); variables = parsePane(variablesEditor.getValue(), 'Variables'); } catch (err) { toast(err.message); return null; }
  var query = queryEditor.getValue(), op = operationAt(query, queryEditor.cursor()).op, body = { query: query };
  if (op && op.name) body.operationName = op.name;
  if (Object.keys(variables).length) body.variables = variables;
  var all = requestHeaders(headers), url = new URL(config.endpoint, location.href).href;
  return 'curl ' + shellQuote(url) + Object.keys(all).map(function (k) { return ' \\\n  -H ' + shellQuote(k + ': ' + all[k]); }).join('') + ' \\\n  --data-raw ' + shellQuote(JSON.stringify(body));
}
$('btn-run').addEventListener('click', run);
$('btn-prettify').addEventListener('click', prettify);
$('btn-copy').addEventListener('click', function () { if (state.lastResponse) copyText(state.lastResponse, 'Response'); });
$('btn-copy-curl').addEventListener('click', function () { var cmd = curlCommand(); if (cmd) copyText(cmd, 'curl command'); });

// ---------------------------------------------------------------- Tabs and splitters
function showTab(name) {
  document.querySelectorAll('.tab').forEach(function (tab) {
    var on = tab.dataset.tab === name;
    tab.classList.toggle('active', on);
    tab.setAttribute('aria-selected', on ? 'true' : 'false');
  });
  $('variables-editor').hidden = name !== 'variables';
  $('headers-editor').hidden = name !== 'headers';
  (name === 'headers' ? headersEditor : variablesEditor).render();
  save('tab', name);
}
document.querySelectorAll('.tab').forEach(function (tab) { tab.addEventListener('click', function () { showTab(tab.dataset.tab); }); });

function dragger(handle, onMove, onEnd) {
  handle.addEventListener('pointerdown', function (e) {
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    function move(ev) { onMove(ev); }
    function up() { handle.removeEventListener('pointermove', move); handle.removeEventListener('pointerup', up); onEnd(); }
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
}
dragger($('hsplit'), function (e) {
  var left = $('pane-query').getBoundingClientRect().left, right = $('pane-result').getBoundingClientRect().right;
  var pct = Math.min(80, Math.max(20, (e.clientX - left) / (right - left) * 100));
  setSplit(pct);
}, function () { save('split', String(Math.round(parseFloat($('pane-query').style.flexGrow) || 52))); });
function setSplit(pct) {
  $('pane-query').style.flexGrow = String(pct);
  $('pane-result').style.flexGrow = String(100 - pct);
}
dragger($('vsplit'), function (e) {
  var rect = $('query-stack').getBoundingClientRect();
  var pct = Math.min(85, Math.max(12, (rect.bottom - e.clientY) / rect.height * 100));
  $('subpane').style.flexBasis = pct + '%';
}, function () { save('subsplit', $('subpane').style.flexBasis); });

// ---------------------------------------------------------------- Keyboard
document.addEventListener('keydown', function (e) {
  var mod = e.ctrlKey || e.metaKey;
  if (mod && e.key === 'Enter') { e.preventDefault(); run(); }
  else if (mod && e.shiftKey && (e.key === 'P' || e.key === 'p')) { e.preventDefault(); prettify(); }
  else if (e.key === 'Escape') {
    if (!$('help').hidden) $('help').hidden = true;
    else if (completer.isOpen()) completer.close();
    else if (state.running) state.running.abort();
  }
});
document.addEventListener('click', function (e) {
  if (!$('help').hidden && !e.target.closest('#help') && !e.target.closest('#btn-help')) $('help').hidden = true;
});

// ---------------------------------------------------------------- Start
$('endpoint').textContent = config.endpoint;
var split = load('split', ''), subsplit = load('subsplit', '');
if (/^\d+$/.test(split) && +split >= 20 && +split <= 80) setSplit(+split);
if (/^\d+(\.\d+)?%$/.test(subsplit)) $('subpane').style.flexBasis = subsplit;
initialText();
state.started = true;
checkJSONPanes();
showTab(load('tab', 'variables') === 'headers' ? 'headers' : 'variables');
var drawer = params.get('docs') ? 'docs' : load('drawer', '');
if (drawer === 'docs' || drawer === 'history') showDrawer(drawer);
if (params.get('docs') && params.get('docs') !== '1') docs.stack.push({ kind: 'type', name: params.get('docs') });
if (params.get('search')) { $('docs-search').value = params.get('search'); }
loadSchema();
showOperationName();
if (params.get('run') === '1') run(); else queryEditor.focus();
