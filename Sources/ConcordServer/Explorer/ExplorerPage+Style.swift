extension ExplorerPage {
    /// The style sheet: a light theme, a dark one for `prefers-color-scheme: dark`,
    /// and the editor's overlay (a transparent textarea over a highlighted `<pre>`).
    internal static let style = #"""
:root {
  --bg: #f6f7f9; --panel: #ffffff; --panel-2: #f9fafb; --border: #e3e6ea; --border-strong: #cfd4da;
  --text: #1f2430; --muted: #6b7280; --faint: #9aa1ab; --accent: #4f46e5; --accent-2: #4338ca;
  --accent-soft: #eef0fd; --ok: #15803d; --ok-soft: #e8f6ec; --warn: #b45309; --warn-soft: #fdf3e3;
  --err: #c0262d; --err-soft: #fdecec; --sel: rgba(79, 70, 229, .18); --shadow: 0 8px 28px rgba(17, 24, 39, .14);
  --t-keyword: #a626a4; --t-def: #0f6ab4; --t-field: #1f2430; --t-alias: #7c5a1e; --t-arg: #b35c00;
  --t-type: #0a7f6f; --t-var: #c0262d; --t-string: #2f7d32; --t-number: #1c5fd6; --t-const: #1c5fd6;
  --t-directive: #8a5cd0; --t-comment: #8a93a0; --t-punct: #7b8494; --t-invalid: #c0262d;
  --t-key: #0f6ab4; --button: #4f46e5; --button-hover: #4338ca;
  --mono: ui-monospace, "SFMono-Regular", "JetBrains Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0f1117; --panel: #161922; --panel-2: #1b1f2a; --border: #262b37; --border-strong: #343a48;
    --text: #e3e6ed; --muted: #9aa3b2; --faint: #6b7383; --accent: #818cf8; --accent-2: #a5b4fc;
    --accent-soft: #23264a; --ok: #4ade80; --ok-soft: #11301d; --warn: #fbbf24; --warn-soft: #3a2a0c;
    --err: #f87171; --err-soft: #3b1517; --sel: rgba(129, 140, 248, .28); --shadow: 0 10px 30px rgba(0, 0, 0, .5);
    --t-keyword: #d58bf3; --t-def: #6cb6ff; --t-field: #e3e6ed; --t-alias: #e5c07b; --t-arg: #f0a45d;
    --t-type: #4fd1c5; --t-var: #ff7b72; --t-string: #98d982; --t-number: #79b8ff; --t-const: #79b8ff;
    --t-directive: #c4a7ff; --t-comment: #6e7788; --t-punct: #8b93a3; --t-invalid: #ff7b72; --t-key: #6cb6ff;
    --button: #5b54e8; --button-hover: #6d67f0;
    color-scheme: dark;
  }
}
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { background: var(--bg); color: var(--text); font: 14px/1.45 var(--sans); display: flex; flex-direction: column; overflow: hidden; }
button { font: inherit; color: inherit; cursor: pointer; }
button:disabled { cursor: default; opacity: .5; }
kbd { font: 11px/1 var(--mono); padding: 2px 5px; border-radius: 4px; border: 1px solid var(--border-strong); border-bottom-width: 2px; background: var(--panel-2); color: var(--muted); }
code { font-family: var(--mono); }
[hidden] { display: none !important; }
* { scrollbar-width: thin; scrollbar-color: var(--border-strong) transparent; }
.spacer { flex: 1; }

/* Top bar */
.top { display: flex; align-items: center; gap: 12px; height: 52px; padding: 0 16px; background: var(--panel); border-bottom: 1px solid var(--border); flex: none; }
.brand { display: flex; align-items: center; gap: 8px; font-weight: 650; letter-spacing: -.01em; }
.brand-name { font-size: 16px; }
.brand-sub { font-size: 16px; color: var(--muted); font-weight: 500; }
.endpoint { display: flex; align-items: center; border: 1px solid var(--border); border-radius: 7px; overflow: hidden; margin-left: 8px; font-size: 12.5px; }
.endpoint .method { background: var(--accent-soft); color: var(--accent); font-weight: 650; padding: 4px 8px; font-size: 11px; letter-spacing: .04em; }
.endpoint code { padding: 4px 10px; color: var(--text); }
.schema-status { display: flex; align-items: center; gap: 7px; border: 0; background: none; color: var(--muted); font-size: 12.5px; padding: 4px 8px; border-radius: 6px; }
.schema-status:hover { background: var(--panel-2); }
.schema-status .dot { width: 8px; height: 8px; border-radius: 50%; background: var(--faint); }
body[data-schema="ready"] .schema-status .dot { background: var(--ok); }
body[data-schema="error"] .schema-status .dot { background: var(--err); }
body[data-schema="error"] .schema-status { color: var(--err); }
body[data-schema="loading"] .schema-status .dot { animation: pulse 1s infinite alternate; }
@keyframes pulse { from { opacity: .3; } to { opacity: 1; } }
.tool { display: flex; align-items: center; gap: 6px; border: 1px solid var(--border); background: var(--panel); border-radius: 7px; padding: 5px 11px; font-size: 13px; }
.tool:hover { border-color: var(--border-strong); background: var(--panel-2); }
.tool[aria-pressed="true"] { background: var(--accent-soft); border-color: var(--accent); color: var(--accent); }
.tool.icon { width: 30px; justify-content: center; padding: 5px 0; font-weight: 650; }

/* Workspace */
.workspace { flex: 1; display: flex; min-height: 0; padding: 12px; gap: 0; }
.pane { display: flex; flex-direction: column; min-width: 0; background: var(--panel); border: 1px solid var(--border); border-radius: 10px; overflow: hidden; }
.pane-query { flex: 52 1 0; min-width: 340px; }
.pane-result { flex: 48 1 0; min-width: 300px; position: relative; }
.pane-head { display: flex; align-items: center; gap: 8px; height: 44px; padding: 0 10px 0 14px; border-bottom: 1px solid var(--border); flex: none; white-space: nowrap; overflow: hidden; }
.pane-title { font-weight: 650; font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.op-name { font: 12.5px var(--mono); color: var(--t-def); }
.ghost { border: 1px solid transparent; background: none; border-radius: 6px; padding: 4px 9px; font-size: 13px; color: var(--muted); }
.ghost:hover:not(:disabled) { background: var(--panel-2); border-color: var(--border); color: var(--text); }
.ghost.icon { font-size: 18px; line-height: 1; padding: 2px 8px; }
.primary { display: flex; align-items: center; gap: 7px; border: 0; border-radius: 7px; padding: 6px 12px; background: var(--button); color: #fff; font-weight: 600; font-size: 13px; box-shadow: 0 1px 2px rgba(0, 0, 0, .12); }
.primary:hover { background: var(--button-hover); }
.primary kbd { background: rgba(255, 255, 255, .18); border-color: rgba(255, 255, 255, .3); color: #fff; }
.primary.running { opacity: .75; }
.vsplit { flex: none; width: 12px; cursor: col-resize; position: relative; }
.vsplit::after, .hsplit::after { content: ""; position: absolute; background: transparent; border-radius: 2px; transition: background .15s; }
.vsplit::after { left: 5px; top: 40%; width: 2px; height: 20%; }
.vsplit:hover::after, .hsplit:hover::after { background: var(--border-strong); }
.hsplit { flex: none; height: 7px; cursor: row-resize; position: relative; border-top: 1px solid var(--border); }
.hsplit::after { top: 2px; left: 45%; height: 2px; width: 10%; }
.query-stack { flex: 1; display: flex; flex-direction: column; min-height: 0; }
#query-editor { flex: 1 1 0; min-height: 60px; }
.subpane { flex: 0 0 30%; display: flex; flex-direction: column; min-height: 80px; }
.subpane .editor-host { flex: 1; min-height: 0; }
.tabs { display: flex; align-items: center; gap: 2px; padding: 0 10px; height: 34px; flex: none; }
.tab { border: 0; background: none; padding: 5px 10px; border-radius: 6px; font-size: 12.5px; font-weight: 600; color: var(--muted); }
.tab:hover { color: var(--text); }
.tab.active { background: var(--accent-soft); color: var(--accent); }
.json-problem { margin-left: auto; font-size: 12px; color: var(--err); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }

/* Editor: a transparent textarea over a highlighted <pre> */
.editor-host { position: relative; display: flex; min-height: 0; overflow: hidden; }
.ed { position: relative; display: flex; flex: 1; min-width: 0; font: 13px/20px var(--mono); }
.ed-gutter { flex: none; width: 44px; overflow: hidden; position: relative; background: var(--panel); color: var(--faint); text-align: right; user-select: none; }
.ed-lines { position: absolute; top: 0; right: 0; left: 0; padding: 10px 10px 10px 0; white-space: pre; will-change: transform; }
.ed-lines .cur { color: var(--text); }
.ed-body { position: relative; flex: 1; min-width: 0; }
.ed-hl, .ed-input { position: absolute; inset: 0; margin: 0; padding: 10px 14px 10px 6px; font: inherit; white-space: pre; tab-size: 2; letter-spacing: 0; border: 0; overflow: hidden; }
.ed-hl { color: var(--text); pointer-events: none; }
.ed-hl code { font: inherit; display: block; will-change: transform; }
.ed-input { overflow: auto; resize: none; outline: none; background: transparent; color: transparent; caret-color: var(--text); -webkit-text-fill-color: transparent; }
.ed-input::selection { background: var(--sel); -webkit-text-fill-color: transparent; }
.ed-input::placeholder { -webkit-text-fill-color: var(--faint); color: var(--faint); }
.t-keyword { color: var(--t-keyword); }
.t-def { color: var(--t-def); }
.t-field { color: var(--t-field); }
.t-alias { color: var(--t-alias); }
.t-arg { color: var(--t-arg); }
.t-type { color: var(--t-type); }
.t-var { color: var(--t-var); }
.t-string { color: var(--t-string); }
.t-number { color: var(--t-number); }
.t-const { color: var(--t-const); font-weight: 600; }
.t-enum { color: var(--t-number); }
.t-directive { color: var(--t-directive); }
.t-comment { color: var(--t-comment); font-style: italic; }
.t-punct { color: var(--t-punct); }
.t-invalid { color: var(--t-invalid); text-decoration: underline wavy var(--t-invalid); }
.t-key { color: var(--t-key); }
.t-deprecated { color: var(--warn); text-decoration: line-through; }
.t-unknown { color: var(--t-invalid); text-decoration: underline wavy var(--t-invalid); text-underline-offset: 3px; }
.t-fragment { color: var(--t-def); }

/* Completion popup */
.completion { position: absolute; z-index: 20; min-width: 260px; max-width: 480px; background: var(--panel); border: 1px solid var(--border-strong); border-radius: 8px; box-shadow: var(--shadow); overflow: hidden; font: 13px/1.4 var(--sans); }
.completion ul { list-style: none; margin: 0; padding: 4px; max-height: 236px; overflow-y: auto; }
.completion li { display: flex; align-items: center; gap: 8px; padding: 4px 8px; border-radius: 5px; cursor: pointer; white-space: nowrap; }
.completion li.active { background: var(--accent-soft); }
.completion .kind { flex: none; width: 18px; height: 18px; border-radius: 4px; font: 700 10.5px/18px var(--mono); text-align: center; color: #fff; }
.kind-field { background: #4f46e5; } .kind-arg { background: #d97706; } .kind-type { background: #0d9488; }
.kind-enum { background: #2563eb; } .kind-directive { background: #8b5cf6; } .kind-keyword { background: #a21caf; }
.kind-variable { background: #dc2626; } .kind-fragment { background: #0369a1; } .kind-value { background: #64748b; }
.completion .label { font-family: var(--mono); font-size: 12.5px; }
.completion .label b { color: var(--accent); font-weight: 700; }
.completion .detail { margin-left: auto; padding-left: 16px; color: var(--muted); font: 12px var(--mono); overflow: hidden; text-overflow: ellipsis; }
.completion li.deprecated .label { text-decoration: line-through; color: var(--muted); }
.completion .info { border-top: 1px solid var(--border); padding: 7px 11px; color: var(--muted); font-size: 12.5px; max-height: 96px; overflow: auto; background: var(--panel-2); }

/* Hover information */
.hover-info { position: absolute; z-index: 15; max-width: 420px; padding: 8px 11px; background: var(--panel); border: 1px solid var(--border-strong); border-radius: 8px; box-shadow: var(--shadow); font: 12.5px/1.45 var(--sans); pointer-events: none; }
.hover-sig { font: 600 12.5px var(--mono); color: var(--t-def); overflow-wrap: anywhere; }
.hover-doc { margin-top: 4px; color: var(--muted); white-space: pre-line; }
.hover-deprecated { margin-top: 4px; color: var(--warn); }

/* Response */
.result { flex: 1; overflow: auto; position: relative; }
.result[data-state="done"] { display: flex; overflow: hidden; }
.response-host { flex: 1; position: relative; min-width: 0; }
.rv-scroll { position: absolute; inset: 0; overflow: auto; }
.rv-sizer { position: relative; min-width: 100%; }
.rv-code { position: absolute; left: 0; margin: 0; padding: 0 12px 0 16px; font: 13px/20px var(--mono); white-space: pre; tab-size: 2; }
.result .empty { height: 100%; display: flex; flex-direction: column; align-items: center; justify-content: center; color: var(--muted); text-align: center; padding: 24px; gap: 2px; }
.result .empty p { margin: 4px 0; }
.result .empty dl { display: grid; grid-template-columns: auto auto; gap: 8px 14px; margin: 14px 0 0; font-size: 13px; align-items: center; text-align: left; }
.result .empty dt { text-align: right; }
.result .empty dd { margin: 0; }
.result .empty-title { font-size: 15px; color: var(--text); }
.result .problem { margin: 14px 16px; padding: 10px 12px; border-radius: 8px; background: var(--err-soft); color: var(--err); font-size: 13px; }
.error-bar { flex: none; max-height: 132px; overflow: auto; padding: 6px 14px; background: var(--err-soft); border-bottom: 1px solid var(--border); font-size: 12.5px; }
.error-row { display: flex; align-items: baseline; gap: 8px; padding: 2px 0; color: var(--err); }
.error-loc { flex: none; font: 600 11.5px var(--mono); color: var(--err); background: none; border: 1px solid currentColor; border-radius: 4px; padding: 0 5px; }
.error-loc:hover { background: var(--panel); }
.error-msg { overflow-wrap: anywhere; }
.error-code, .error-path { flex: none; font: 11.5px var(--mono); color: var(--muted); }
.status { font: 600 12px var(--mono); padding: 2px 8px; border-radius: 999px; background: var(--panel-2); color: var(--muted); }
.status.ok { background: var(--ok-soft); color: var(--ok); }
.status.warn { background: var(--warn-soft); color: var(--warn); }
.status.err { background: var(--err-soft); color: var(--err); }
.meta { font-size: 12.5px; color: var(--muted); font-variant-numeric: tabular-nums; }
.progress { position: absolute; inset: 0 0 auto 0; height: 2px; background: linear-gradient(90deg, transparent, var(--accent), transparent); background-size: 50% 100%; animation: slide 1s linear infinite; }
@keyframes slide { from { background-position: -50% 0; } to { background-position: 150% 0; } }

/* Drawers: docs and history */
.drawer { flex: 0 0 380px; display: flex; flex-direction: column; margin-left: 12px; background: var(--panel); border: 1px solid var(--border); border-radius: 10px; overflow: hidden; min-width: 0; }
.drawer-head { display: flex; align-items: center; gap: 6px; height: 44px; padding: 0 8px 0 14px; border-bottom: 1px solid var(--border); flex: none; }
.drawer-title { font-weight: 650; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.drawer-head .back { padding-left: 4px; margin-left: -8px; max-width: 40%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.search { padding: 10px 12px; border-bottom: 1px solid var(--border); flex: none; }
.search input { width: 100%; padding: 7px 10px; border: 1px solid var(--border); border-radius: 7px; background: var(--panel-2); color: var(--text); font: 13px var(--sans); outline: none; }
.search input:focus { border-color: var(--accent); box-shadow: 0 0 0 3px var(--accent-soft); }
.drawer-body { flex: 1; overflow-y: auto; padding: 6px 16px 20px; font-size: 13.5px; }
.doc-section { margin-top: 16px; }
.doc-section h4 { margin: 0 0 6px; font-size: 11.5px; text-transform: uppercase; letter-spacing: .07em; color: var(--muted); font-weight: 650; }
.doc-desc { color: var(--text); margin: 8px 0; overflow-wrap: anywhere; }
.doc-desc p { margin: 0 0 8px; }
.doc-desc code, .doc-item code { font-size: 12px; background: var(--panel-2); border: 1px solid var(--border); padding: 0 4px; border-radius: 4px; }
.doc-muted { color: var(--muted); }
.doc-kind { display: inline-block; font-size: 11px; font-weight: 650; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); border: 1px solid var(--border); border-radius: 999px; padding: 1px 8px; }
.doc-heading { font: 600 17px var(--mono); margin: 14px 0 4px; overflow-wrap: anywhere; }
.doc-item { padding: 7px 0; border-bottom: 1px solid var(--border); }
.doc-item:last-child { border-bottom: 0; }
.doc-sig { font: 12.5px/1.6 var(--mono); overflow-wrap: anywhere; }
.doc-item .doc-desc { margin: 3px 0 0; color: var(--muted); font-size: 13px; }
a.f, a.t { cursor: pointer; text-decoration: none; }
a.f { color: var(--t-def); }
a.t { color: var(--t-type); }
a.f:hover, a.t:hover { text-decoration: underline; }
.doc-arg { color: var(--t-arg); }
.doc-args { padding-left: 14px; }
.deprecated-badge { display: inline-block; font: 600 10.5px var(--sans); text-transform: uppercase; letter-spacing: .04em; color: var(--warn); background: var(--warn-soft); border-radius: 4px; padding: 0 5px; margin-left: 6px; vertical-align: 1px; }
.doc-deprecation { margin: 4px 0; padding: 6px 9px; border-left: 3px solid var(--warn); background: var(--warn-soft); color: var(--text); font-size: 12.5px; border-radius: 0 6px 6px 0; }
.is-deprecated > .doc-sig a.f { text-decoration: line-through; }
.doc-toggle { margin-top: 8px; }
.doc-hit { display: block; padding: 6px 8px; margin: 0 -8px; border-radius: 6px; cursor: pointer; }
.doc-hit:hover, .doc-hit.active { background: var(--panel-2); }
.doc-hit .where { color: var(--muted); font-size: 12px; margin-left: 6px; }
.doc-hit mark { background: none; color: var(--accent); font-weight: 700; }
.doc-types { columns: 2; column-gap: 16px; }
.doc-types a { display: block; padding: 2px 0; font: 12.5px var(--mono); break-inside: avoid; overflow: hidden; text-overflow: ellipsis; }
.history-item { display: block; width: 100%; text-align: left; border: 1px solid var(--border); background: var(--panel); border-radius: 8px; padding: 8px 10px; margin: 8px 0; }
.history-item:hover { border-color: var(--accent); }
.history-item .h-top { display: flex; align-items: center; gap: 8px; }
.history-item .h-name { font: 600 12.5px var(--mono); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.history-item .h-when { margin-left: auto; color: var(--muted); font-size: 12px; white-space: nowrap; }
.history-item pre { margin: 6px 0 0; font: 11.5px/1.45 var(--mono); color: var(--muted); max-height: 58px; overflow: hidden; white-space: pre-wrap; }
.help { position: fixed; top: 60px; right: 16px; z-index: 30; background: var(--panel); border: 1px solid var(--border-strong); border-radius: 10px; box-shadow: var(--shadow); padding: 14px 18px; width: 380px; }
.help h3 { margin: 0 0 10px; font-size: 14px; }
.help dl { display: grid; grid-template-columns: auto 1fr; gap: 8px 14px; margin: 0; font-size: 13px; align-items: center; }
.help dd { margin: 0; color: var(--muted); }
.toast { position: fixed; bottom: 20px; left: 50%; transform: translateX(-50%); z-index: 40; background: var(--text); color: var(--panel); padding: 8px 14px; border-radius: 8px; font-size: 13px; box-shadow: var(--shadow); }
@media (max-width: 900px) {
  .workspace { flex-direction: column; }
  .pane-query { flex: 1 1 55%; }
  .vsplit { display: none; }
  .pane-result { margin-top: 12px; }
  .drawer { position: fixed; top: 64px; right: 12px; bottom: 12px; width: min(380px, calc(100% - 24px)); z-index: 25; box-shadow: var(--shadow); }
  .endpoint { display: none; }
}

"""#
}
