// ---------------------------------------------------------------- Schema model
var STRING_REF = { kind: 'SCALAR', name: 'String', ofType: null };
function nonNull(ref) { return { kind: 'NON_NULL', name: null, ofType: ref }; }
var TYPENAME_FIELD = { name: '__typename', description: 'The name of the current object type at runtime.', args: [], type: nonNull(STRING_REF), meta: true };
var SCHEMA_FIELD = { name: '__schema', description: 'Access the current type schema of this server.', args: [], type: nonNull({ kind: 'OBJECT', name: '__Schema' }), meta: true };
var TYPE_FIELD = { name: '__type', description: 'Request the type information of a single type.', args: [{ name: 'name', description: null, type: nonNull(STRING_REF), defaultValue: null }], type: { kind: 'OBJECT', name: '__Type' }, meta: true };

function Schema(data) {
  var self = this;
  this.description = data.description || null;
  this.types = {};
  this.typeList = data.types || [];
  this.typeList.forEach(function (t) {
    self.types[t.name] = t;
    t.fieldMap = {};
    (t.fields || []).forEach(function (f) { f.parent = t; t.fieldMap[f.name] = f; });
    t.inputMap = {};
    (t.inputFields || []).forEach(function (f) { f.parent = t; t.inputMap[f.name] = f; });
    t.implementors = [];
    t.memberOf = [];
  });
  this.typeList.forEach(function (t) {
    (t.interfaces || []).forEach(function (i) { var it = self.types[i.name]; if (it) it.implementors.push(t); });
    if (t.kind === 'UNION') (t.possibleTypes || []).forEach(function (p) { var pt = self.types[p.name]; if (pt) pt.memberOf.push(t); });
  });
  this.queryType = data.queryType ? this.types[data.queryType.name] : null;
  this.mutationType = data.mutationType ? this.types[data.mutationType.name] : null;
  this.subscriptionType = data.subscriptionType ? this.types[data.subscriptionType.name] : null;
  this.directives = data.directives || [];
  this.directiveMap = {};
  this.directives.forEach(function (d) { self.directiveMap[d.name] = d; });
}
Schema.prototype.named = function (ref) {
  while (ref && (ref.kind === 'NON_NULL' || ref.kind === 'LIST')) ref = ref.ofType;
  return ref ? this.types[ref.name] || null : null;
};
Schema.prototype.fieldDef = function (type, name) {
  if (!type) return null;
  if (name === '__typename') return TYPENAME_FIELD;
  if (type === this.queryType && name === '__schema') return SCHEMA_FIELD;
  if (type === this.queryType && name === '__type') return TYPE_FIELD;
  return type.fieldMap[name] || null;
};
Schema.prototype.rootType = function (kind) {
  return kind === 'mutation' ? this.mutationType : kind === 'subscription' ? this.subscriptionType : this.queryType;
};
function typeString(ref) {
  if (!ref) return '';
  if (ref.kind === 'NON_NULL') return typeString(ref.ofType) + '!';
  if (ref.kind === 'LIST') return '[' + typeString(ref.ofType) + ']';
  return ref.name;
}
function isComposite(t) { return t && (t.kind === 'OBJECT' || t.kind === 'INTERFACE' || t.kind === 'UNION'); }
function isInputType(t) { return t && (t.kind === 'SCALAR' || t.kind === 'ENUM' || t.kind === 'INPUT_OBJECT') && t.name.slice(0, 2) !== '__'; }
function listItemRef(ref) {
  if (ref && ref.kind === 'NON_NULL') ref = ref.ofType;
  return ref && ref.kind === 'LIST' ? ref.ofType : ref;
}
function isRequired(arg) { return arg.type && arg.type.kind === 'NON_NULL' && arg.defaultValue == null; }

// ---------------------------------------------------------------- Context at the cursor
// Walks the significant tokens before the cursor with a stack of frames: the document,
// variable definitions, selection sets (with their parent type), argument lists, input
// objects and lists (with their input type). The top frame says what may come next.
// `resolved(token, definition)`, when given, hears of every field and argument name met where
// the parent is known, with its definition, or null when the schema lacks it.
function walkContext(schema, toks, resolved) {
  var doc = { k: 'doc', expect: null, defKind: null, fragType: null, vars: [] };
  var stack = [doc];
  function top() { return stack[stack.length - 1]; }
  function push(frame) { stack.push(frame); return frame; }
  function popTo(kinds) {
    while (stack.length > 1) {
      var f = stack.pop();
      if (kinds.indexOf(f.k) >= 0) break;
    }
    if (stack.length === 1 && f && f.k === 'sel') { doc.expect = null; doc.defKind = null; doc.fragType = null; }
  }
  function argsFrame(defs, owner) { return { k: 'args', defs: defs || [], owner: owner, used: {}, expect: 'name', cur: null }; }
  function findArg(defs, name) { for (var i = 0; i < defs.length; i++) if (defs[i].name === name) return defs[i]; return null; }
  for (var i = 0; i < toks.length; i++) {
    var t = toks[i], v = t.v, f = top(), next = toks[i + 1], isName = t.k === 'name';
    if (f.k === 'doc') {
      if (isName) {
        if (f.expect === 'typecond') { f.fragType = schema.types[v] || null; f.expect = null; }
        else if (f.expect === 'on') f.expect = v === 'on' ? 'typecond' : null;
        else if (f.expect === 'fragname') f.expect = 'on';
        else if (f.expect === 'opname') f.expect = null;
        else if (f.expect === 'directive') { f.dir = schema.directiveMap[v] || null; f.expect = 'dirargs'; }
        else if (OPERATION_KEYWORDS[v]) { f.defKind = v; f.expect = 'opname'; f.fragType = null; f.vars = []; }
        else if (v === 'fragment') { f.defKind = 'fragment'; f.expect = 'fragname'; f.fragType = null; f.vars = []; }
      } else if (v === '(') {
        if (f.expect === 'dirargs') push(argsFrame(f.dir ? f.dir.args : [], f.dir));
        else push({ k: 'vardefs', expect: 'var' });
        f.expect = null;
      } else if (v === '@') f.expect = 'directive';
      else if (v === '{') {
        if (!f.defKind) { f.defKind = 'query'; f.vars = []; }
        push({ k: 'sel', type: f.defKind === 'fragment' ? f.fragType : schema.rootType(f.defKind), spread: null });
      }
    } else if (f.k === 'vardefs') {
      if (v === '$') f.expect = 'varname';
      else if (isName && f.expect === 'varname') { doc.vars.push({ name: v, type: '' }); f.expect = 'colon'; }
      else if (v === ':') f.expect = 'type';
      else if (f.expect === 'type' && (isName || v === '[' || v === ']' || v === '!')) {
        if (doc.vars.length) doc.vars[doc.vars.length - 1].type += v;
        if (isName) f.expect = 'aftertype';
      } else if (f.expect === 'aftertype' && (v === ']' || v === '!')) {
        if (doc.vars.length) doc.vars[doc.vars.length - 1].type += v;
      } else if (v === '=') f.expect = 'default';
      else if (v === '{') push({ k: 'obj', type: null, used: {}, expect: 'name', cur: null });
      else if (v === '[') push({ k: 'list', ref: null });
      else if (v === ')') popTo(['vardefs']);
    } else if (f.k === 'sel') {
      if (t.k === 'spread') { f.spread = 'dots'; f.pending = f.type; f.loc = 'INLINE_FRAGMENT'; }
      else if (isName) {
        if (f.spread === 'dots') {
          if (v === 'on') f.spread = 'on';
          else { f.spread = null; f.pending = null; f.loc = 'FRAGMENT_SPREAD'; }
        } else if (f.spread === 'on') { f.pending = schema.types[v] || null; f.spread = 'cond'; }
        else if (f.dirPending) { f.dir = schema.directiveMap[v] || null; f.dirPending = false; f.argsOwner = f.dir; f.argDefs = f.dir ? f.dir.args : []; }
        else if (next && next.v === ':') { /* an alias: the field's name follows the colon */ }
        else {
          f.field = schema.fieldDef(f.type, v);
          if (f.type && resolved) resolved(t, f.field);
          f.pending = f.field ? schema.named(f.field.type) : null;
          f.argsOwner = f.field; f.argDefs = f.field ? f.field.args : [];
          f.spread = null; f.loc = 'FIELD';
        }
      } else if (v === '@') f.dirPending = true;
      else if (v === '(') push(argsFrame(f.argDefs, f.argsOwner));
      else if (v === '{') { f.spread = null; f.dirPending = false; push({ k: 'sel', type: f.pending || null, spread: null }); }
      else if (v === '}') popTo(['sel']);
      else if (v === ')') popTo(['args']);
    } else if (f.k === 'args' || f.k === 'obj') {
      if (isName && f.expect === 'name') {
        f.cur = f.k === 'args' ? findArg(f.defs, v) : (f.type && f.type.inputMap[v]) || null;
        if (resolved && (f.k === 'obj' ? f.type : f.owner)) resolved(t, f.cur);
        f.used[v] = 1; f.expect = 'colon';
      } else if (v === ':') f.expect = 'value';
      else if (f.expect === 'value' || f.expect === 'varname') {
        if (v === '$') f.expect = 'varname';
        else if (v === '{') { f.expect = 'name'; push({ k: 'obj', type: f.cur ? schema.named(f.cur.type) : null, used: {}, expect: 'name', cur: null }); }
        else if (v === '[') { f.expect = 'name'; push({ k: 'list', ref: f.cur ? listItemRef(f.cur.type) : null }); }
        else if (v === ')' || v === '}') popTo(v === ')' ? ['args', 'vardefs'] : ['obj', 'sel']);
        else f.expect = 'name';
      } else if (v === ')') popTo(['args', 'vardefs']);
      else if (v === '}') popTo(['obj', 'sel']);
      else if (v === ']') popTo(['list']);
    } else if (f.k === 'list') {
      if (v === '{') push({ k: 'obj', type: f.ref ? schema.named(f.ref) : null, used: {}, expect: 'name', cur: null });
      else if (v === '[') push({ k: 'list', ref: f.ref ? listItemRef(f.ref) : null });
      else if (v === ']') popTo(['list']);
      else if (v === ')') popTo(['args', 'vardefs']);
      else if (v === '}') popTo(['obj', 'sel']);
    }
  }
  return { stack: stack, top: top(), doc: doc, last: toks[toks.length - 1] || null };
}

// What belongs at `offset` in `text`: { word: [from, to), prefix, items }.
function completionsAt(schema, text, offset) {
  var from = offset;
  while (from > 0 && isNameChar(text.charCodeAt(from - 1))) from--;
  var to = offset;
  while (to < text.length && isNameChar(text.charCodeAt(to))) to++;
  var prefix = text.slice(from, offset);
  if (from < offset && isDigit(text.charCodeAt(from))) return null;
  var all = lexGraphQL(text.slice(0, from));
  var lastTok = all[all.length - 1];
  if (lastTok && lastTok.e === from && (lastTok.k === 'comment' || lastTok.k === 'number' || isUnterminated(lastTok))) return null;
  var ctx = walkContext(schema, all.filter(isSignificant));
  var items = itemsFor(schema, ctx, text);
  if (ctx.last && ctx.last.v === '$' && ctx.last.e === from) {
    from -= 1;
    prefix = '$' + prefix;
  }
  return { from: from, to: to, prefix: prefix, items: items, ctx: ctx };
}

function isUnterminated(t) {
  if (t.k === 'string') return t.v.length < 2 || t.v.charAt(t.v.length - 1) !== '"';
  if (t.k === 'block') return t.v.length < 6 || t.v.slice(-3) !== '"""';
  return false;
}
function indices(from, to) { var out = []; for (var i = from; i < to; i++) out.push(i); return out; }

function fieldItem(f, kind) {
  return { label: f.name, kind: kind || 'field', detail: typeString(f.type), doc: f.description, deprecated: f.isDeprecated, reason: f.deprecationReason, def: f };
}
function typeItems(schema, filter) {
  return schema.typeList.filter(filter).map(function (t) {
    return { label: t.name, kind: 'type', detail: t.kind.toLowerCase().replace('_', ' '), doc: t.description };
  }).sort(function (a, b) { return (a.label.slice(0, 2) === '__') - (b.label.slice(0, 2) === '__') || (a.label < b.label ? -1 : 1); });
}
function directiveItems(schema, location) {
  return schema.directives.filter(function (d) { return !location || (d.locations || []).indexOf(location) >= 0; }).map(function (d) {
    var required = (d.args || []).some(isRequired);
    return { label: '@' + d.name, insert: d.name + (required ? '()' : ''), back: required ? 1 : 0, reopen: required, kind: 'directive', detail: (d.locations || []).join(' | ').toLowerCase(), doc: d.description };
  });
}
function variableItems(ctx) {
  return ctx.doc.vars.map(function (v) { return { label: '$' + v.name, kind: 'variable', detail: v.type }; });
}
function valueItems(schema, ctx, ref) {
  var out = [], named = schema.named(ref);
  if (named && named.kind === 'ENUM') {
    (named.enumValues || []).forEach(function (e) {
      out.push({ label: e.name, kind: 'enum', detail: named.name, doc: e.description, deprecated: e.isDeprecated, reason: e.deprecationReason });
    });
  } else if (named && named.name === 'Boolean') {
    out.push({ label: 'true', kind: 'value', detail: 'Boolean' }, { label: 'false', kind: 'value', detail: 'Boolean' });
  } else if (named && named.kind === 'INPUT_OBJECT') {
    out.push({ label: '{ }', insert: '{}', back: 1, reopen: true, kind: 'value', detail: named.name, doc: named.description });
  }
  if (ref && ref.kind !== 'NON_NULL') out.push({ label: 'null', kind: 'value', detail: 'no value' });
  return out.concat(variableItems(ctx));
}

function itemsFor(schema, ctx, text) {
  var f = ctx.top, last = ctx.last;
  if (last && last.v === '$' && f.k !== 'vardefs') return variableItems(ctx);
  if (f.k === 'doc') {
    if (f.expect === 'typecond') return typeItems(schema, isComposite);
    if (f.expect === 'on') return [{ label: 'on', insert: 'on ', kind: 'keyword', reopen: true }];
    if (f.expect === 'directive') {
      var loc = f.defKind === 'fragment' ? 'FRAGMENT_DEFINITION' : (f.defKind || 'query').toUpperCase();
      return directiveItems(schema, loc);
    }
    if (f.expect === 'opname' || f.expect === 'fragname') return [];
    var kws = [{ label: 'query', insert: 'query ', kind: 'keyword', doc: 'A read-only fetch.' }];
    if (schema.mutationType) kws.push({ label: 'mutation', insert: 'mutation ', kind: 'keyword', doc: 'A write followed by a fetch.' });
    if (schema.subscriptionType) kws.push({ label: 'subscription', insert: 'subscription ', kind: 'keyword', doc: 'A long-lived request that fetches data in response to events.' });
    kws.push({ label: 'fragment', insert: 'fragment ', kind: 'keyword', doc: 'A reusable selection of fields.' });
    return kws;
  }
  if (f.k === 'vardefs') return f.expect === 'type' ? typeItems(schema, isInputType) : [];
  if (f.k === 'sel') {
    if (f.dirPending) return directiveItems(schema, f.spread === 'dots' || f.spread === 'cond' ? 'INLINE_FRAGMENT' : f.loc === 'FRAGMENT_SPREAD' ? 'FRAGMENT_SPREAD' : 'FIELD');
    if (f.spread === 'dots') {
      var frags = [{ label: 'on', insert: 'on ', kind: 'keyword', doc: 'An inline fragment on a type.', reopen: true }];
      var re = /fragment\s+([_A-Za-z][_0-9A-Za-z]*)\s+on\s+([_A-Za-z][_0-9A-Za-z]*)/g, m;
      while ((m = re.exec(text))) frags.push({ label: m[1], kind: 'fragment', detail: 'on ' + m[2] });
      return frags;
    }
    if (f.spread === 'on') {
      var t = f.type;
      if (!t) return typeItems(schema, isComposite);
      var names = {};
      names[t.name] = 1;
      (t.possibleTypes || []).forEach(function (p) { names[p.name] = 1; });
      (t.interfaces || []).forEach(function (p) { names[p.name] = 1; });
      t.memberOf.forEach(function (p) { names[p.name] = 1; });
      t.implementors.forEach(function (p) { names[p.name] = 1; });
      return typeItems(schema, function (x) { return names[x.name]; });
    }
    if (!f.type) return [];
    var fields = (f.type.fields || []).map(function (fd) {
      var item = fieldItem(fd);
      if ((fd.args || []).some(isRequired)) { item.insert = fd.name + '()'; item.back = 1; item.reopen = true; }
      return item;
    });
    fields.push(fieldItem(TYPENAME_FIELD));
    if (f.type === schema.queryType) fields.push(fieldItem(SCHEMA_FIELD), fieldItem(TYPE_FIELD));
    return fields;
  }
  if (f.k === 'args' || f.k === 'obj') {
    if (f.expect === 'name') {
      var defs = f.k === 'args' ? f.defs : (f.type && f.type.inputFields) || [];
      return defs.filter(function (a) { return !f.used[a.name]; }).map(function (a) {
        var item = fieldItem(a, 'arg');
        item.insert = a.name + ': ';
        item.reopen = true;
        if (a.defaultValue != null) item.detail += ' = ' + a.defaultValue;
        return item;
      });
    }
    if (f.expect === 'value') return f.cur ? valueItems(schema, ctx, f.cur.type) : [];
    return [];
  }
  if (f.k === 'list') return f.ref ? valueItems(schema, ctx, f.ref) : [];
  return [];
}

// Ranks items against what was typed: prefix, then case-insensitive prefix, substring, subsequence.
function rankItems(items, prefix) {
  var p = prefix.toLowerCase(), out = [];
  items.forEach(function (item, index) {
    var label = item.label, low = label.toLowerCase(), key = low.charAt(0) === '@' || low.charAt(0) === '$' ? low.slice(1) : low;
    var q = p.charAt(0) === '$' ? p.slice(1) : p, score = -1, marks = null;
    if (!q) score = 0;
    else if (key.indexOf(q) === 0) { score = label.indexOf(prefix.replace(/^\$/, '')) >= 0 ? 0 : 1; marks = indices(low.length - key.length, low.length - key.length + q.length); }
    else if (key.indexOf(q) > 0) { score = 2; var at = low.length - key.length + key.indexOf(q); marks = indices(at, at + q.length); }
    else {
      var j = 0, hits = [];
      for (var i = 0; i < key.length && j < q.length; i++) if (key[i] === q[j]) { hits.push(i + low.length - key.length); j++; }
      if (j === q.length) { score = 3; marks = hits; }
    }
    if (score >= 0) out.push({ item: item, score: score + (item.deprecated ? 4 : 0), index: index, marks: marks });
  });
  out.sort(function (a, b) { return a.score - b.score || a.index - b.index; });
  return out;
}

// ---------------------------------------------------------------- Completion popup
function Completer(editor, getSchema, onPick) {
  this.editor = editor;
  this.getSchema = getSchema;
  this.onPick = onPick;
  this.el = h('div', 'completion');
  this.el.hidden = true;
  this.el.setAttribute('role', 'listbox');
  this.list = h('ul');
  this.info = h('div', 'info');
  this.el.appendChild(this.list);
  this.el.appendChild(this.info);
  editor.body.appendChild(this.el);
  this.ranked = [];
  this.active = 0;
  var self = this;
  this.el.addEventListener('mousedown', function (e) {
    e.preventDefault();
    var li = e.target.closest('li');
    if (li) { self.active = +li.dataset.index; self.accept(); }
  });
}
Completer.prototype.isOpen = function () { return !this.el.hidden; };
Completer.prototype.close = function () { this.el.hidden = true; this.ranked = []; };

// Shows the completions at the caret; `forced` shows them even before anything is typed.
Completer.prototype.update = function (forced) {
  var schema = this.getSchema(), ta = this.editor.ta;
  if (!schema || ta.selectionStart !== ta.selectionEnd) { this.close(); return; }
  var found = completionsAt(schema, ta.value, ta.selectionStart);
  if (!found || !found.items.length) { this.close(); return; }
  var ranked = rankItems(found.items, found.prefix);
  if (!ranked.length || (!forced && ranked.length === 1 && ranked[0].item.label === found.prefix)) { this.close(); return; }
  this.found = found;
  this.ranked = ranked.slice(0, 200);
  this.active = 0;
  this.renderList();
  var at = this.editor.caretCoords(found.from);
  this.el.hidden = false;
  var bodyH = this.editor.body.clientHeight, bodyW = this.editor.body.clientWidth;
  var popH = this.el.offsetHeight, popW = this.el.offsetWidth;
  var top = at.top + 2;
  if (top + popH > bodyH && at.top - at.lineHeight - popH - 2 > 0) top = at.top - at.lineHeight - popH - 2;
  this.el.style.top = Math.max(0, top) + 'px';
  this.el.style.left = Math.max(0, Math.min(at.left - 4, bodyW - popW - 4)) + 'px';
};

Completer.prototype.renderList = function () {
  var self = this;
  this.list.textContent = '';
  this.ranked.forEach(function (r, i) {
    var item = r.item, li = h('li');
    li.dataset.index = i;
    li.setAttribute('role', 'option');
    if (item.deprecated) li.classList.add('deprecated');
    var kind = h('span', 'kind kind-' + item.kind, item.kind.charAt(0).toUpperCase());
    kind.title = item.kind;
    var label = h('span', 'label');
    label.innerHTML = markChars(item.label, r.marks);
    li.appendChild(kind);
    li.appendChild(label);
    if (item.detail) li.appendChild(h('span', 'detail', item.detail));
    self.list.appendChild(li);
  });
  this.select(0);
};

function markChars(label, marks) {
  if (!marks) return escapeHTML(label);
  var out = '';
  for (var i = 0; i < label.length; i++) {
    out += marks.indexOf(i) >= 0 ? '<b>' + escapeHTML(label[i]) + '</b>' : escapeHTML(label[i]);
  }
  return out;
}

Completer.prototype.select = function (index) {
  var n = this.ranked.length;
  if (!n) return;
  this.active = (index + n) % n;
  var items = this.list.children;
  for (var i = 0; i < items.length; i++) items[i].classList.toggle('active', i === this.active);
  var li = items[this.active];
  if (li) {
    li.setAttribute('aria-selected', 'true');
    var top = li.offsetTop, bottom = top + li.offsetHeight;
    if (top < this.list.scrollTop) this.list.scrollTop = top - 4;
    else if (bottom > this.list.scrollTop + this.list.clientHeight) this.list.scrollTop = bottom - this.list.clientHeight + 4;
  }
  var item = this.ranked[this.active].item, text = item.doc || '';
  if (item.deprecated) text = 'Deprecated' + (item.reason ? ': ' + item.reason : '') + (text ? '\n' + text : '');
  this.info.textContent = text;
  this.info.hidden = !text;
};

Completer.prototype.accept = function () {
  var r = this.ranked[this.active];
  if (!r) return;
  var item = r.item, found = this.found;
  var insert = item.insert != null ? item.insert : item.label;
  this.close();
  var caret = found.from + insert.length - (item.back || 0);
  this.editor.replace(found.from, found.to, insert, caret);
  if (this.onPick) this.onPick(item);
  if (item.reopen) this.update(true);
};

// Keys while the popup is open; returns true when the key was used.
Completer.prototype.onKey = function (e) {
  if ((e.ctrlKey || e.metaKey) && (e.key === ' ' || e.code === 'Space')) { this.update(true); return true; }
  if (!this.isOpen()) return false;
  if (e.key === 'ArrowDown') { this.select(this.active + 1); return true; }
  if (e.key === 'ArrowUp') { this.select(this.active - 1); return true; }
  if (e.key === 'PageDown') { this.select(Math.min(this.active + 8, this.ranked.length - 1)); return true; }
  if (e.key === 'PageUp') { this.select(Math.max(this.active - 8, 0)); return true; }
  if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === 'Tab') { this.accept(); return true; }
  if (e.key === 'Escape') { this.close(); return true; }
  return false;
};
