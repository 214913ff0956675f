// ---------------------------------------------------------------- DOM helpers
function h(tag, cls, text) {
  var node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text != null) node.textContent = text;
  return node;
}
function escapeHTML(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;';
  });
}
function $(id) { return document.getElementById(id); }

// ---------------------------------------------------------------- GraphQL tokenizer
// Token: { k: kind, s: start, e: end, v: text }, kinds: ws comma comment name number
// string block spread punct invalid. Tolerant: never throws, covers every character.
function isNameStart(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95; }
function isDigit(c) { return c >= 48 && c <= 57; }
function isNameChar(c) { return isNameStart(c) || isDigit(c); }
function isSpace(c) { return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xFEFF; }

function lexGraphQL(src) {
  var toks = [], i = 0, n = src.length;
  while (i < n) {
    var c = src.charCodeAt(i), start = i, kind;
    if (isSpace(c)) {
      while (i < n && isSpace(src.charCodeAt(i))) i++;
      kind = 'ws';
    } else if (c === 44) {
      i++; kind = 'comma';
    } else if (c === 35) {
      while (i < n && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
      kind = 'comment';
    } else if (isNameStart(c)) {
      while (i < n && isNameChar(src.charCodeAt(i))) i++;
      kind = 'name';
    } else if (isDigit(c) || (c === 45 && isDigit(src.charCodeAt(i + 1)))) {
      i++;
      while (i < n && isDigit(src.charCodeAt(i))) i++;
      if (src.charCodeAt(i) === 46 && isDigit(src.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(src.charCodeAt(i))) i++;
      }
      if ((src.charCodeAt(i) | 32) === 101) {
        var j = i + 1;
        if (src.charCodeAt(j) === 43 || src.charCodeAt(j) === 45) j++;
        if (isDigit(src.charCodeAt(j))) {
          i = j;
          while (i < n && isDigit(src.charCodeAt(i))) i++;
        }
      }
      kind = 'number';
    } else if (c === 34) {
      if (src.startsWith('"""', i)) {
        i += 3;
        while (i < n && !src.startsWith('"""', i)) i += src.startsWith('\\"""', i) ? 4 : 1;
        i = Math.min(n, i + 3);
        kind = 'block';
      } else {
        i++;
        while (i < n) {
          var d = src.charCodeAt(i);
          if (d === 92) { i += 2; continue; }
          if (d === 10 || d === 13) break;
          i++;
          if (d === 34) break;
        }
        i = Math.min(i, n);
        kind = 'string';
      }
    } else if (c === 46) {
      if (src.startsWith('...', i)) { i += 3; kind = 'spread'; } else { i++; kind = 'invalid'; }
    } else if ('!$&()=:@[]{}|'.indexOf(src[i]) >= 0) {
      i++; kind = 'punct';
    } else {
      i++; kind = 'invalid';
    }
    toks.push({ k: kind, s: start, e: i, v: src.slice(start, i) });
  }
  return toks;
}

function isSignificant(t) { return t.k !== 'ws' && t.k !== 'comment' && t.k !== 'comma'; }

var OPERATION_KEYWORDS = { query: 1, mutation: 1, subscription: 1 };
var CONSTANTS = { 'true': 1, 'false': 1, 'null': 1 };

// Gives every token a CSS class (t.c) from its role: keyword, definition name, field, alias,
// argument, type, variable, directive, fragment, enum value, constant.
function classifyGraphQL(toks) {
  var sig = [], i;
  for (i = 0; i < toks.length; i++) if (isSignificant(toks[i])) sig.push(toks[i]);
  var stack = [], varDefs = null, prev = null, prev2 = null;
  for (i = 0; i < sig.length; i++) {
    var t = sig[i], next = sig[i + 1], v = t.v;
    if (t.k === 'name') {
      var inParens = stack.indexOf('(') >= 0;
      var top = stack[stack.length - 1];
      if (prev && prev.v === '$' && prev.e === t.s) { t.c = 'var'; prev.c = 'var'; }
      else if (prev && prev.v === '@' && prev.e === t.s) { t.c = 'directive'; prev.c = 'directive'; }
      else if (prev && prev.k === 'spread') t.c = v === 'on' ? 'keyword' : 'fragment';
      else if (prev && prev.c === 'keyword' && prev.v === 'on') t.c = 'type';
      else if (stack.length === 0) {
        if ((OPERATION_KEYWORDS[v] || v === 'fragment') && !(prev && prev.c === 'keyword' && prev.v !== 'on')) t.c = 'keyword';
        else if (v === 'on' && prev2 && prev2.v === 'fragment') t.c = 'keyword';
        else if (prev && prev.c === 'keyword') t.c = 'def';
        else t.c = 'invalid';
      } else if (varDefs !== null && stack[0] === '(' && stack.indexOf('sel') < 0) {
        if (next && next.v === ':' && top !== '(') t.c = 'arg';
        else if (varDefs === 'type') t.c = 'type';
        else t.c = CONSTANTS[v] ? 'const' : 'enum';
      } else if (top === 'sel' && !inParens) {
        t.c = next && next.v === ':' ? 'alias' : 'field';
      } else if (next && next.v === ':' && top !== '[') {
        t.c = 'arg';
      } else {
        t.c = CONSTANTS[v] ? 'const' : 'enum';
      }
    } else if (t.k === 'punct') {
      t.c = 'punct';
      if (v === '{') stack.push(stack.indexOf('(') >= 0 || (varDefs !== null && stack.length && stack[0] === '(') ? 'obj' : 'sel');
      else if (v === '(') { if (stack.length === 0 && !(prev && prev.c === 'directive')) varDefs = 'name'; stack.push('('); }
      else if (v === '[') stack.push('[');
      else if (v === '}' || v === ')' || v === ']') {
        stack.pop();
        if (v === ')' && stack.length === 0) varDefs = null;
      } else if (v === ':' && varDefs !== null && stack.length === 1) varDefs = 'type';
      else if (v === '=' && varDefs !== null) varDefs = 'value';
      else if (v === '$' && varDefs !== null && stack.length === 1) varDefs = 'name';
    } else {
      t.c = t.k === 'block' ? 'string' : t.k === 'spread' ? 'punct' : t.k;
    }
    prev2 = prev; prev = t;
  }
  for (i = 0; i < toks.length; i++) {
    var tok = toks[i];
    if (!tok.c) tok.c = tok.k === 'comment' ? 'comment' : tok.k === 'comma' ? 'punct' : '';
  }
  return toks;
}

// ---------------------------------------------------------------- JSON tokenizer
function lexJSON(src) {
  var toks = [], i = 0, n = src.length, re = /"(?:[^"\\\n]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}\[\]:,]|\s+|[A-Za-z_]\w*|./y;
  while (i < n) {
    re.lastIndex = i;
    var m = re.exec(src), v = m[0], k;
    if (v[0] === '"') k = 'string';
    else if (/^\s/.test(v)) k = 'ws';
    else if (CONSTANTS[v]) k = 'const';
    else if (/^-?\d/.test(v)) k = 'number';
    else if ('{}[]:,'.indexOf(v) >= 0) k = 'punct';
    else k = 'invalid';
    toks.push({ k: k, s: i, e: i + v.length, v: v });
    i += v.length;
  }
  for (var j = 0; j < toks.length; j++) {
    var t = toks[j];
    t.c = t.k === 'ws' ? '' : t.k;
    if (t.k === 'string') {
      for (var x = j + 1; x < toks.length && toks[x].k === 'ws'; x++);
      if (toks[x] && toks[x].v === ':') t.c = 'key';
    }
  }
  return toks;
}

// ---------------------------------------------------------------- Editor
var PAIRS = { '{': '}', '(': ')', '[': ']', '"': '"' };
var CLOSERS = { '}': 1, ')': 1, ']': 1, '"': 1 };

function Editor(host, options) {
  this.options = options || {};
  this.language = this.options.language || 'graphql';
  var root = h('div', 'ed'), gutter = h('div', 'ed-gutter'), body = h('div', 'ed-body');
  this.lines = h('div', 'ed-lines');
  this.pre = h('pre', 'ed-hl');
  this.code = h('code');
  this.pre.setAttribute('aria-hidden', 'true');
  this.ta = h('textarea', 'ed-input');
  this.ta.setAttribute('wrap', 'off');
  this.ta.setAttribute('spellcheck', 'false');
  this.ta.setAttribute('autocomplete', 'off');
  this.ta.setAttribute('autocapitalize', 'off');
  this.ta.setAttribute('autocorrect', 'off');
  this.ta.setAttribute('aria-label', this.options.label || 'Editor');
  if (this.options.placeholder) this.ta.placeholder = this.options.placeholder;
  this.pre.appendChild(this.code);
  gutter.appendChild(this.lines);
  body.appendChild(this.pre);
  body.appendChild(this.ta);
  root.appendChild(gutter);
  root.appendChild(body);
  host.appendChild(root);
  this.root = root;
  this.body = body;
  var self = this;
  this.ta.addEventListener('input', function () { self.render(); if (self.options.onChange) self.options.onChange(self.getValue()); });
  this.ta.addEventListener('scroll', function () { self.syncScroll(); });
  this.ta.addEventListener('keydown', function (e) { self.onKeyDown(e); });
  this.ta.addEventListener('click', function (e) { if (self.options.onClick) self.options.onClick(e, self.ta.selectionStart); });
  this.ta.addEventListener('blur', function () { if (self.options.onBlur) self.options.onBlur(); });
  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { self.painted = null; self.syncScroll(); }).observe(body);
  this.render();
}

Editor.prototype.getValue = function () { return this.ta.value; };

Editor.prototype.setValue = function (text) {
  this.ta.value = text;
  this.render();
  if (this.options.onChange) this.options.onChange(text);
};

// Tokenizes the whole text (roles depend on what came before), then paints the visible lines.
Editor.prototype.render = function () {
  var text = this.ta.value;
  if (text !== this.text) {
    this.text = text;
    this.tokens = this.language === 'json' ? lexJSON(text) : classifyGraphQL(lexGraphQL(text));
    if (this.options.decorate) this.options.decorate(this.tokens);
    this.lineStarts = lineStartsOf(text);
    this.painted = null;
  }
  this.syncScroll();
};

// Paints only the lines in view (plus a margin), moved into place with a transform, so typing
// stays fast in long documents; the textarea keeps the whole text and does the scrolling.
Editor.prototype.syncScroll = function () {
  var ta = this.ta, starts = this.lineStarts, lineHeight = this.lineHeight();
  var count = starts.length, top = ta.scrollTop, height = ta.clientHeight || 600;
  var first = Math.max(0, Math.floor(top / lineHeight) - 20);
  var last = Math.min(count - 1, Math.ceil((top + height) / lineHeight) + 20);
  var key = first + ':' + last;
  if (this.painted !== key) {
    this.painted = key;
    var to = last + 1 < count ? starts[last + 1] : this.text.length;
    this.code.innerHTML = paintTokens(this.tokens, starts[first], to) + '\n';
    var nums = [];
    for (var l = first + 1; l <= last + 1; l++) nums.push(l);
    this.lines.textContent = nums.join('\n');
  }
  var dy = first * lineHeight - top;
  this.code.style.transform = 'translate(' + (-ta.scrollLeft) + 'px,' + dy + 'px)';
  this.lines.style.transform = 'translateY(' + dy + 'px)';
};

// The HTML of the text in [from, to): the tokens there, cut at the ends, in their classes.
function paintTokens(toks, from, to) {
  var lo = 0, hi = toks.length, html = '';
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (toks[mid].e <= from) lo = mid + 1; else hi = mid;
  }
  for (var i = lo; i < toks.length && toks[i].s < to; i++) {
    var t = toks[i], v = t.s >= from && t.e <= to ? t.v : t.v.slice(Math.max(from, t.s) - t.s, Math.min(to, t.e) - t.s);
    html += t.c ? '<span class="t-' + t.c + '">' + escapeHTML(v) + '</span>' : escapeHTML(v);
  }
  return html;
}

function lineStartsOf(text) {
  var starts = [0];
  for (var i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

// ---------------------------------------------------------------- Response view
// A read-only view for responses of any size: a scroller sized for the whole text that paints
// only the lines in view. (A textarea would lay out megabytes of text at every response.)
function ResponseView(host) {
  this.scroller = h('div', 'rv-scroll');
  this.sizer = h('div', 'rv-sizer');
  this.code = h('pre', 'rv-code');
  this.sizer.appendChild(this.code);
  this.scroller.appendChild(this.sizer);
  host.appendChild(this.scroller);
  this.text = '';
  this.tokens = [];
  this.lineStarts = [0];
  var self = this;
  this.scroller.addEventListener('scroll', function () { self.paint(); });
  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { self.painted = null; self.paint(); }).observe(this.scroller);
}
ResponseView.LINE = 20;
ResponseView.PAD = 12;
ResponseView.prototype.setText = function (text, json) {
  this.text = text;
  this.tokens = json ? lexJSON(text) : [{ k: 'text', c: '', s: 0, e: text.length, v: text }];
  this.lineStarts = lineStartsOf(text);
  var longest = 0, starts = this.lineStarts;
  for (var i = 0; i < starts.length; i++) longest = Math.max(longest, (i + 1 < starts.length ? starts[i + 1] - 1 : text.length) - starts[i]);
  if (!this.charWidth) {
    var probe = h('span', 'rv-code', 'x'.repeat(64));
    probe.style.cssText = 'position:absolute;visibility:hidden;padding:0';
    this.scroller.appendChild(probe);
    this.charWidth = probe.getBoundingClientRect().width / 64 || 7.8;
    probe.remove();
  }
  this.sizer.style.height = (starts.length * ResponseView.LINE + 2 * ResponseView.PAD) + 'px';
  this.sizer.style.width = Math.ceil(longest * this.charWidth + 2 * ResponseView.PAD + 16) + 'px';
  this.scroller.scrollTop = 0;
  this.scroller.scrollLeft = 0;
  this.painted = null;
  this.paint();
};
ResponseView.prototype.paint = function () {
  var starts = this.lineStarts, count = starts.length, line = ResponseView.LINE;
  var top = this.scroller.scrollTop, height = this.scroller.clientHeight || 800;
  var first = Math.max(0, Math.floor(top / line) - 30), last = Math.min(count - 1, Math.ceil((top + height) / line) + 30);
  var key = first + ':' + last;
  if (this.painted === key) return;
  this.painted = key;
  var to = last + 1 < count ? starts[last + 1] : this.text.length;
  this.code.style.top = (ResponseView.PAD + first * line) + 'px';
  this.code.innerHTML = paintTokens(this.tokens, starts[first], to);
};

// The width of one character of the editor's monospace font, measured once.
Editor.prototype.measureCharWidth = function () {
  if (!this.charWidth) {
    var probe = h('span', null, 'x'.repeat(64));
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:pre;font:inherit';
    this.body.appendChild(probe);
    this.charWidth = probe.getBoundingClientRect().width / 64 || 7.8;
    this.body.removeChild(probe);
  }
  return this.charWidth;
};

Editor.prototype.lineHeight = function () {
  if (!this.cachedLineHeight) this.cachedLineHeight = parseFloat(getComputedStyle(this.ta).lineHeight) || 20;
  return this.cachedLineHeight;
};

Editor.prototype.focus = function () { this.ta.focus(); };
Editor.prototype.cursor = function () { return this.ta.selectionStart; };

// Replaces [from, to) with text through the browser's editing commands, so undo keeps working.
Editor.prototype.replace = function (from, to, text, caret) {
  var ta = this.ta;
  if (document.activeElement !== ta) ta.focus();
  ta.setSelectionRange(from, to);
  var done = false;
  try { done = document.execCommand('insertText', false, text); } catch (err) { done = false; }
  if (!done || ta.value.slice(from, from + text.length) !== text) {
    ta.setRangeText(text, from, to, 'end');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
  }
  var at = caret == null ? from + text.length : caret;
  ta.setSelectionRange(at, at);
};

// Sets the whole text as one undoable edit.
Editor.prototype.replaceAll = function (text) {
  if (text === this.ta.value) return;
  this.replace(0, this.ta.value.length, text);
  this.ta.setSelectionRange(0, 0);
  this.ta.scrollTop = 0;
};

// The caret's position in pixels, relative to the editor's body, for popups.
Editor.prototype.caretCoords = function (offset) {
  this.measureCharWidth();
  var before = this.ta.value.slice(0, offset);
  var lineStart = before.lastIndexOf('\n') + 1, line = 0;
  for (var i = 0; i < lineStart; i++) if (before.charCodeAt(i) === 10) line++;
  var col = before.slice(lineStart).replace(/\t/g, '  ').length;
  var style = getComputedStyle(this.ta);
  var lineHeight = parseFloat(style.lineHeight) || 20;
  return {
    left: parseFloat(style.paddingLeft) + col * this.charWidth - this.ta.scrollLeft,
    top: parseFloat(style.paddingTop) + (line + 1) * lineHeight - this.ta.scrollTop,
    lineHeight: lineHeight
  };
};

Editor.prototype.onKeyDown = function (e) {
  if (this.options.onKey && this.options.onKey(e)) { e.preventDefault(); return; }
  if (e.defaultPrevented || e.isComposing || this.options.readOnly) return;
  var ta = this.ta, value = ta.value, s = ta.selectionStart, end = ta.selectionEnd;
  var mod = e.ctrlKey || e.metaKey || e.altKey;
  if (e.key === 'Tab' && !mod) {
    e.preventDefault();
    this.indent(e.shiftKey);
  } else if (e.key === 'Enter' && !mod && !e.shiftKey) {
    e.preventDefault();
    var lineStart = value.lastIndexOf('\n', s - 1) + 1;
    var indent = /^[ \t]*/.exec(value.slice(lineStart, s))[0];
    var before = value[s - 1], after = value[end];
    if (before && PAIRS[before] && PAIRS[before] === after && before !== '"') {
      this.replace(s, end, '\n' + indent + '  ' + '\n' + indent, s + 1 + indent.length + 2);
    } else if (before && (before === '{' || before === '(' || before === '[')) {
      this.replace(s, end, '\n' + indent + '  ');
    } else {
      this.replace(s, end, '\n' + indent);
    }
  } else if (!mod && s === end && CLOSERS[e.key] && value[s] === e.key && (e.key !== '"' || value[s - 1] !== '\\')) {
    e.preventDefault();
    ta.setSelectionRange(s + 1, s + 1);
  } else if (!mod && PAIRS[e.key]) {
    var close = PAIRS[e.key], next = value[end];
    if (e.key === '"') {
      var prevChar = value[s - 1] || ' ';
      if (s !== end || /[\w"\\]/.test(prevChar) || (next && !/[\s)\]},:]/.test(next))) return;
    } else if (s === end && next && !/[\s)\]},]/.test(next)) {
      return;
    }
    e.preventDefault();
    var inner = value.slice(s, end);
    this.replace(s, end, e.key + inner + close, s + 1 + inner.length);
    if (inner) ta.setSelectionRange(s + 1, s + 1 + inner.length);
  } else if (e.key === 'Backspace' && !mod && s === end && s > 0 && PAIRS[value[s - 1]] && PAIRS[value[s - 1]] === value[s]) {
    e.preventDefault();
    this.replace(s - 1, s + 1, '');
  }
};

// Indents (or outdents) the selected lines, or inserts two spaces at the caret.
Editor.prototype.indent = function (outdent) {
  var ta = this.ta, value = ta.value, s = ta.selectionStart, e = ta.selectionEnd;
  if (s === e && !outdent) { this.replace(s, e, '  '); return; }
  var from = value.lastIndexOf('\n', s - 1) + 1;
  var to = e > s && value[e - 1] === '\n' ? e - 1 : e;
  var block = value.slice(from, to), lines = block.split('\n');
  var changed = lines.map(function (line) {
    return outdent ? line.replace(/^( {1,2}|\t)/, '') : '  ' + line;
  });
  var text = changed.join('\n');
  var firstDelta = changed[0].length - lines[0].length;
  this.replace(from, to, text);
  var newStart = Math.max(from, s + firstDelta);
  ta.setSelectionRange(s === e ? newStart : Math.min(newStart, from + text.length), s === e ? newStart : from + text.length);
};
