extension ExplorerPage {
    /// The document's head, up to where the style sheet goes.
    internal static let markupHead = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Concord Explorer</title>
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='7' fill='%234f46e5'/%3E%3Cpath d='M21.5 10.5a8 8 0 1 0 0 11' fill='none' stroke='white' stroke-width='3.2' stroke-linecap='round'/%3E%3C/svg%3E">

"""#

    /// The document's body: the layout the script brings to life.
    internal static let markupBody = #"""
<body data-schema="loading">
<header class="top">
  <div class="brand">
    <svg viewBox="0 0 32 32" width="26" height="26" aria-hidden="true"><rect width="32" height="32" rx="7" fill="#4f46e5"/><path d="M21.5 10.5a8 8 0 1 0 0 11" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round"/></svg>
    <span class="brand-name">Concord</span><span class="brand-sub">Explorer</span>
  </div>
  <div class="endpoint" title="GraphQL endpoint"><span class="method">POST</span><code id="endpoint"></code></div>
  <button type="button" id="schema-status" class="schema-status" title="Reload the schema">
    <span class="dot"></span><span id="schema-text">Loading schema…</span>
  </button>
  <div class="spacer"></div>
  <button type="button" id="btn-history" class="tool" aria-pressed="false" title="Queries you ran (kept in this browser)">
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M12 7v5l3 2M3.5 12a8.5 8.5 0 1 0 2.5-6M3 4v4h4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>History</button>
  <button type="button" id="btn-docs" class="tool" aria-pressed="false" title="Browse the schema's types and fields">
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M4 5a2 2 0 0 1 2-2h12v16H6a2 2 0 0 0-2 2zM4 21V5M8 7h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>Docs</button>
  <button type="button" id="btn-help" class="tool icon" title="Keyboard shortcuts" aria-label="Keyboard shortcuts">?</button>
</header>
<main class="workspace" id="workspace">
  <section class="pane pane-query" id="pane-query">
    <div class="pane-head">
      <span class="pane-title">Operation</span>
      <span id="op-name" class="op-name"></span>
      <div class="spacer"></div>
      <button type="button" id="btn-prettify" class="ghost" title="Prettify (Shift-Ctrl-P)">Prettify</button>
      <button type="button" id="btn-copy-curl" class="ghost" title="Copy the request as a curl command">Copy curl</button>
      <button type="button" id="btn-run" class="primary" title="Run (Ctrl-Enter)">
        <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path d="M7 4.5v15l12.5-7.5z" fill="currentColor"/></svg><span id="run-label">Run</span><kbd>Ctrl ↵</kbd></button>
    </div>
    <div class="query-stack" id="query-stack">
      <div class="editor-host" id="query-editor"></div>
      <div class="hsplit" id="vsplit" title="Drag to resize"></div>
      <div class="subpane" id="subpane">
        <div class="tabs" role="tablist">
          <button type="button" role="tab" class="tab active" data-tab="variables" aria-selected="true">Variables</button>
          <button type="button" role="tab" class="tab" data-tab="headers" aria-selected="false">Headers</button>
          <span id="json-problem" class="json-problem"></span>
        </div>
        <div class="editor-host" id="variables-editor"></div>
        <div class="editor-host" id="headers-editor" hidden></div>
      </div>
    </div>
  </section>
  <div class="vsplit" id="hsplit" title="Drag to resize"></div>
  <section class="pane pane-result" id="pane-result">
    <div class="pane-head">
      <span class="pane-title">Response</span>
      <span id="status" class="status" hidden></span>
      <span id="timing" class="meta"></span>
      <span id="size" class="meta"></span>
      <div class="spacer"></div>
      <button type="button" id="btn-copy" class="ghost" title="Copy the response" disabled>Copy</button>
    </div>
    <div class="error-bar" id="error-bar" hidden></div>
    <div class="result" id="result" data-state="empty" aria-live="polite">
      <div class="empty">
        <p class="empty-title">Run a query to see its response here.</p>
        <dl>
          <dt><kbd>Ctrl</kbd> <kbd>↵</kbd></dt><dd>runs the operation at the cursor</dd>
          <dt><kbd>Ctrl</kbd> <kbd>Space</kbd></dt><dd>completes fields, arguments and types</dd>
          <dt><kbd>Shift</kbd> <kbd>Ctrl</kbd> <kbd>P</kbd></dt><dd>prettifies</dd>
          <dt><kbd>Alt</kbd> + click</dt><dd>opens a field's documentation</dd>
        </dl>
      </div>
    </div>
  </section>
  <aside class="drawer" id="docs" hidden aria-label="Documentation">
    <div class="drawer-head">
      <button type="button" id="docs-back" class="ghost back" hidden>‹ <span id="docs-back-label">Back</span></button>
      <span class="drawer-title" id="docs-title">Documentation</span>
      <div class="spacer"></div>
      <button type="button" class="ghost icon" id="docs-close" aria-label="Close">×</button>
    </div>
    <div class="search"><input type="search" id="docs-search" placeholder="Search types, fields, arguments…" autocomplete="off" spellcheck="false"></div>
    <div class="drawer-body" id="docs-body"></div>
  </aside>
  <aside class="drawer" id="history" hidden aria-label="History">
    <div class="drawer-head">
      <span class="drawer-title">History</span>
      <div class="spacer"></div>
      <button type="button" class="ghost" id="history-clear">Clear</button>
      <button type="button" class="ghost icon" id="history-close" aria-label="Close">×</button>
    </div>
    <div class="drawer-body" id="history-body"></div>
  </aside>
</main>
<div class="help" id="help" hidden role="dialog" aria-label="Keyboard shortcuts">
  <h3>Keyboard shortcuts</h3>
  <dl>
    <dt><kbd>Ctrl</kbd> <kbd>↵</kbd></dt><dd>Run the operation at the cursor</dd>
    <dt><kbd>Ctrl</kbd> <kbd>Space</kbd></dt><dd>Show completions</dd>
    <dt><kbd>↑</kbd> <kbd>↓</kbd> <kbd>↵</kbd> <kbd>Tab</kbd></dt><dd>Pick a completion</dd>
    <dt><kbd>Shift</kbd> <kbd>Ctrl</kbd> <kbd>P</kbd></dt><dd>Prettify the operation and variables</dd>
    <dt><kbd>Alt</kbd> + click</dt><dd>Open the documentation of a field or type</dd>
    <dt><kbd>Tab</kbd> / <kbd>Shift</kbd> <kbd>Tab</kbd></dt><dd>Indent / outdent</dd>
    <dt><kbd>Esc</kbd></dt><dd>Close a popup or panel</dd>
  </dl>
</div>
<div class="toast" id="toast" hidden></div>

"""#
}
