// ---------------------------------------------------------------- Prettify
function lineColumn(src, offset) {
  var before = src.slice(0, offset), line = before.split('\n').length;
  return line + ':' + (offset - before.lastIndexOf('\n'));
}

function checkBrackets(src, toks) {
  var open = [];
  for (var i = 0; i < toks.length; i++) {
    var t = toks[i];
    if (t.k === 'invalid') throw new Error('Unexpected character ' + JSON.stringify(t.v) + ' at ' + lineColumn(src, t.s));
    if (isUnterminated(t)) throw new Error('Unterminated string at ' + lineColumn(src, t.s));
    if (t.k !== 'punct') continue;
    if (t.v === '{' || t.v === '(' || t.v === '[') open.push(t);
    else if (t.v === '}' || t.v === ')' || t.v === ']') {
      var o = open.pop();
      if (!o || PAIRS[o.v] !== t.v) throw new Error('Unexpected ' + t.v + ' at ' + lineColumn(src, t.s));
    }
  }
  if (open.length) throw new Error('Unclosed ' + open[open.length - 1].v + ' opened at ' + lineColumn(src, open[open.length - 1].s));
}

function prettifyGraphQL(src) {
  var toks = lexGraphQL(src);
  checkBrackets(src, toks);
  var out = '', indent = 0, stack = [], prev = null, afterComment = false, sawNewline = false;
  function newline(blank) {
    out = out.replace(/[ \t]+$/, '');
    if (blank) out = out.replace(/\n*$/, '\n');
    out += '\n' + '  '.repeat(indent);
  }
  for (var i = 0; i < toks.length; i++) {
    var t = toks[i], v = t.v, top = stack[stack.length - 1];
    if (t.k === 'ws') { if (/[\n\r]/.test(v)) sawNewline = true; continue; }
    if (t.k === 'comma') continue;
    if (t.k === 'comment') {
      if (!out) out = v;
      else if (sawNewline) { newline(!top && prev && prev.v === '}'); out += v; }
      else out += '  ' + v;
      afterComment = true; sawNewline = false;
      continue;
    }
    sawNewline = false;
    var valueContext = top === '(' || top === 'obj' || top === '[';
    if (v === '}' && top === 'sel') indent--;
    var lead;
    if (!prev) lead = '';
    else if (v === ')' || v === ']' || v === '!' || v === ':') lead = '';
    else if (v === '}') lead = top === 'sel' ? 'newline' : '';
    else if (prev.v === '$' || prev.v === '@' || prev.v === '(' || prev.v === '[') lead = '';
    else if (prev.k === 'spread') lead = v === 'on' || v === '@' ? ' ' : '';
    else if (top === 'sel') {
      if (v === '{' || v === '@' || prev.v === ':' || prev.afterSpread) lead = ' ';
      else if (v === '(') lead = '';
      else lead = 'newline';
    } else if (valueContext) {
      if (prev.v === ':' || prev.v === '=' || v === '=' || v === '@') lead = ' ';
      else if (prev.v === '{' || v === '(') lead = '';
      else lead = ', ';
    } else if (prev.v === '}') lead = 'blank';
    else if (v === '(') lead = '';
    else lead = ' ';
    if (afterComment) lead = 'newline';
    afterComment = false;
    if (lead === 'newline') newline(false);
    else if (lead === 'blank') newline(true);
    else out += lead;
    out += v;
    if (t.k === 'punct') {
      if (v === '{') {
        if (valueContext) stack.push('obj');
        else { stack.push('sel'); indent++; }
      } else if (v === '(' || v === '[') stack.push(v);
      else if (v === '}' || v === ')' || v === ']') stack.pop();
    }
    t.afterSpread = v === 'on' && prev && prev.k === 'spread';
    prev = t;
  }
  return out.replace(/[ \t]+$/gm, '').trim();
}

function prettifyJSON(src) {
  if (!src.trim()) return src;
  return JSON.stringify(JSON.parse(src), null, 2);
}
