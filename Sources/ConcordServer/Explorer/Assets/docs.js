// ---------------------------------------------------------------- Documentation browser
// Descriptions are plain text with `code` and **bold**; everything else is escaped.
function renderDescription(text, cls) {
  if (!text) return '';
  var paragraphs = String(text).split(/\n\s*\n/).map(function (p) {
    return '<p>' + inlineMarkup(p.trim()).replace(/\n/g, '<br>') + '</p>';
  });
  return '<div class="' + (cls || 'doc-desc') + '">' + paragraphs.join('') + '</div>';
}
function inlineMarkup(text) {
  return escapeHTML(text)
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*\n]+)\*\*/g, '<strong>$1</strong>');
}
function typeLink(ref) {
  var s = typeString(ref), name = escapeHTML(s.replace(/[\[\]!]/g, ''));
  return escapeHTML(s).replace(name, '<a class="t" data-type="' + name + '">' + name + '</a>');
}
function typeNameLink(name) { return '<a class="t" data-type="' + escapeHTML(name) + '">' + escapeHTML(name) + '</a>'; }
function deprecationNote(item) {
  if (!item.isDeprecated) return '';
  return '<div class="doc-deprecation"><strong>Deprecated.</strong> ' + inlineMarkup(item.deprecationReason || 'No longer supported.') + '</div>';
}
function argsSignature(args) {
  if (!args || !args.length) return '';
  return '(' + args.map(function (a) {
    return '<span class="doc-arg">' + escapeHTML(a.name) + '</span>: ' + typeLink(a.type) + (a.defaultValue != null ? ' = ' + escapeHTML(a.defaultValue) : '');
  }).join(', ') + ')';
}
var KIND_LABELS = { OBJECT: 'Objects', INTERFACE: 'Interfaces', UNION: 'Unions', ENUM: 'Enums', INPUT_OBJECT: 'Input objects', SCALAR: 'Scalars' };
var KIND_NAMES = { OBJECT: 'type', INTERFACE: 'interface', UNION: 'union', ENUM: 'enum', INPUT_OBJECT: 'input', SCALAR: 'scalar' };

function Docs(getSchema, onShow) {
  this.getSchema = getSchema;
  this.onShow = onShow;
  this.stack = [{ kind: 'home' }];
  this.body = $('docs-body');
  this.search = $('docs-search');
  this.index = null;
  this.hits = [];
  this.active = 0;
  var self = this;
  this.body.addEventListener('click', function (e) {
    var a = e.target.closest('[data-type]');
    if (!a) return;
    e.preventDefault();
    if (a.dataset.field) self.open({ kind: 'field', type: a.dataset.type, field: a.dataset.field, arg: a.dataset.arg });
    else self.open({ kind: 'type', name: a.dataset.type });
  });
  $('docs-back').addEventListener('click', function () { self.back(); });
  this.search.addEventListener('input', function () { self.active = 0; self.render(); });
  this.search.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (self.hits.length) { self.active = (self.active + (e.key === 'ArrowDown' ? 1 : -1) + self.hits.length) % self.hits.length; self.markActive(); }
    } else if (e.key === 'Enter') {
      var hit = self.hits[self.active];
      if (hit) { e.preventDefault(); self.search.value = ''; self.open(hit.view); }
    } else if (e.key === 'Escape' && self.search.value) {
      e.stopPropagation(); self.search.value = ''; self.render();
    }
  });
}

// A (re)loaded schema: the search index is rebuilt, the page shown stays.
Docs.prototype.reset = function () { this.index = null; this.render(); };
Docs.prototype.open = function (view) {
  this.search.value = '';
  var cur = this.stack[this.stack.length - 1];
  if (JSON.stringify(cur) !== JSON.stringify(view)) this.stack.push(view);
  this.render();
  this.body.scrollTop = 0;
  if (this.onShow) this.onShow();
};
Docs.prototype.back = function () { if (this.stack.length > 1) this.stack.pop(); this.render(); };
Docs.prototype.title = function (view) {
  if (view.kind === 'type') return view.name;
  if (view.kind === 'field') return view.type + '.' + view.field;
  return 'Documentation';
};

Docs.prototype.render = function () {
  var schema = this.getSchema(), view = this.stack[this.stack.length - 1];
  $('docs-title').textContent = this.title(view);
  var back = $('docs-back');
  back.hidden = this.stack.length < 2;
  if (this.stack.length > 1) $('docs-back-label').textContent = this.title(this.stack[this.stack.length - 2]);
  if (!schema) {
    this.body.innerHTML = '<p class="doc-muted">' + (document.body.dataset.schema === 'error' ? 'The schema could not be loaded. Check the Authorization header, then click the schema status to retry.' : 'Loading the schema…') + '</p>';
    return;
  }
  var q = this.search.value.trim();
  if (q) { this.renderSearch(schema, q); return; }
  this.hits = [];
  if (view.kind === 'type') this.body.innerHTML = this.typeHTML(schema, schema.types[view.name], view.name);
  else if (view.kind === 'field') this.body.innerHTML = this.fieldHTML(schema, view);
  else this.body.innerHTML = this.homeHTML(schema);
};

Docs.prototype.homeHTML = function (schema) {
  var html = renderDescription(schema.description);
  html += '<div class="doc-section"><h4>Root types</h4>';
  [['query', schema.queryType], ['mutation', schema.mutationType], ['subscription', schema.subscriptionType]].forEach(function (r) {
    if (r[1]) html += '<div class="doc-item"><div class="doc-sig"><span class="t-keyword">' + r[0] + '</span>: ' + typeNameLink(r[1].name) + '</div>' + renderDescription(r[1].description) + '</div>';
  });
  html += '</div>';
  Object.keys(KIND_LABELS).forEach(function (kind) {
    var names = schema.typeList.filter(function (t) { return t.kind === kind && t.name.slice(0, 2) !== '__'; })
      .map(function (t) { return t.name; }).sort();
    if (!names.length) return;
    html += '<div class="doc-section"><h4>' + KIND_LABELS[kind] + ' · ' + names.length + '</h4><div class="doc-types">' + names.map(typeNameLink).join('') + '</div></div>';
  });
  return html;
};

Docs.prototype.typeHTML = function (schema, type, name) {
  if (!type) return '<p class="doc-muted">No type named ' + escapeHTML(name) + ' in the schema.</p>';
  var html = '<div class="doc-heading">' + escapeHTML(type.name) + '</div><span class="doc-kind">' + KIND_NAMES[type.kind] + '</span>';
  html += renderDescription(type.description);
  if (type.specifiedByURL) html += '<p class="doc-muted">Specified by <code>' + escapeHTML(type.specifiedByURL) + '</code></p>';
  if (type.interfaces && type.interfaces.length) html += '<div class="doc-section"><h4>Implements</h4>' + type.interfaces.map(function (i) { return typeNameLink(i.name); }).join(', ') + '</div>';
  var fields = (type.fields || []).slice();
  if (type === schema.queryType) fields.push(SCHEMA_FIELD, TYPE_FIELD);
  if (fields.length) {
    fields.sort(function (a, b) { return (a.isDeprecated ? 1 : 0) - (b.isDeprecated ? 1 : 0); });
    html += '<div class="doc-section"><h4>Fields · ' + fields.length + '</h4>' + fields.map(function (f) {
      return '<div class="doc-item' + (f.isDeprecated ? ' is-deprecated' : '') + '"><div class="doc-sig"><a class="f" data-type="' + escapeHTML(type.name) + '" data-field="' + escapeHTML(f.name) + '">' + escapeHTML(f.name) + '</a>' +
        argsSignature(f.args) + ': ' + typeLink(f.type) + (f.isDeprecated ? '<span class="deprecated-badge">deprecated</span>' : '') + '</div>' +
        renderDescription(f.description) + deprecationNote(f) + '</div>';
    }).join('') + '</div>';
  }
  if (type.inputFields && type.inputFields.length) {
    html += '<div class="doc-section"><h4>Input fields · ' + type.inputFields.length + '</h4>' + type.inputFields.map(function (f) {
      return '<div class="doc-item"><div class="doc-sig"><span class="doc-arg">' + escapeHTML(f.name) + '</span>: ' + typeLink(f.type) +
        (f.defaultValue != null ? ' = ' + escapeHTML(f.defaultValue) : '') + '</div>' + renderDescription(f.description) + '</div>';
    }).join('') + '</div>';
  }
  if (type.enumValues && type.enumValues.length) {
    html += '<div class="doc-section"><h4>Values · ' + type.enumValues.length + '</h4>' + type.enumValues.map(function (e) {
      return '<div class="doc-item' + (e.isDeprecated ? ' is-deprecated' : '') + '"><div class="doc-sig"><span class="t-enum">' + escapeHTML(e.name) + '</span>' +
        (e.isDeprecated ? '<span class="deprecated-badge">deprecated</span>' : '') + '</div>' + renderDescription(e.description) + deprecationNote(e) + '</div>';
    }).join('') + '</div>';
  }
  if (type.kind === 'UNION' || type.kind === 'INTERFACE') {
    var members = type.kind === 'UNION' ? (type.possibleTypes || []) : type.implementors;
    if (members.length) html += '<div class="doc-section"><h4>' + (type.kind === 'UNION' ? 'Possible types' : 'Implemented by') + '</h4>' + members.map(function (m) { return '<div class="doc-item">' + typeNameLink(m.name) + '</div>'; }).join('') + '</div>';
  }
  if (type.memberOf.length) html += '<div class="doc-section"><h4>Member of</h4>' + type.memberOf.map(function (m) { return typeNameLink(m.name); }).join(', ') + '</div>';
  return html;
};

Docs.prototype.fieldHTML = function (schema, view) {
  var type = schema.types[view.type], field = type ? schema.fieldDef(type, view.field) || type.inputMap[view.field] : null;
  if (!field) return '<p class="doc-muted">No field ' + escapeHTML(view.type + '.' + view.field) + ' in the schema.</p>';
  var html = '<div class="doc-heading">' + escapeHTML(field.name) + '</div><div class="doc-sig">' + typeNameLink(view.type) + '.' + escapeHTML(field.name) + ': ' + typeLink(field.type) + '</div>';
  html += deprecationNote(field);
  html += renderDescription(field.description) || '<p class="doc-muted">No description.</p>';
  if (field.args && field.args.length) {
    html += '<div class="doc-section"><h4>Arguments · ' + field.args.length + '</h4>' + field.args.map(function (a) {
      return '<div class="doc-item"' + (view.arg === a.name ? ' data-current="true"' : '') + '><div class="doc-sig"><span class="doc-arg">' + escapeHTML(a.name) + '</span>: ' + typeLink(a.type) +
        (a.defaultValue != null ? ' = ' + escapeHTML(a.defaultValue) : '') + (isRequired(a) ? ' <span class="doc-kind">required</span>' : '') + '</div>' + renderDescription(a.description) + deprecationNote(a) + '</div>';
    }).join('') + '</div>';
  }
  var target = schema.named(field.type);
  if (target) html += '<div class="doc-section"><h4>Type</h4><div class="doc-item"><div class="doc-sig">' + typeNameLink(target.name) + ' <span class="doc-kind">' + KIND_NAMES[target.kind] + '</span></div>' + renderDescription(target.description) + '</div></div>';
  return html;
};

// ---------------------------------------------------------------- Search
Docs.prototype.buildIndex = function (schema) {
  var entries = [];
  function add(name, where, kind, desc, view) { entries.push({ name: name, low: name.toLowerCase(), where: where, kind: kind, desc: (desc || '').toLowerCase(), view: view }); }
  schema.typeList.forEach(function (t) {
    if (t.name.slice(0, 2) === '__') return;
    add(t.name, KIND_NAMES[t.kind], 'type', t.description, { kind: 'type', name: t.name });
    (t.fields || []).forEach(function (f) {
      add(f.name, t.name, 'field', f.description, { kind: 'field', type: t.name, field: f.name });
      (f.args || []).forEach(function (a) { add(a.name, t.name + '.' + f.name + '(…)', 'arg', a.description, { kind: 'field', type: t.name, field: f.name, arg: a.name }); });
    });
    (t.inputFields || []).forEach(function (f) { add(f.name, t.name, 'input field', f.description, { kind: 'type', name: t.name }); });
    (t.enumValues || []).forEach(function (e) { add(e.name, t.name, 'enum value', e.description, { kind: 'type', name: t.name }); });
  });
  return entries;
};

Docs.prototype.renderSearch = function (schema, q) {
  if (!this.index || this.indexFor !== schema) { this.index = this.buildIndex(schema); this.indexFor = schema; }
  var low = q.toLowerCase(), hits = [];
  this.index.forEach(function (e, i) {
    var score = e.low === low ? 0 : e.low.indexOf(low) === 0 ? 1 : e.low.indexOf(low) > 0 ? 2 : e.desc.indexOf(low) >= 0 ? 4 : -1;
    if (score >= 0) hits.push({ e: e, score: score + (e.kind === 'type' ? 0 : 0.5), i: i });
  });
  hits.sort(function (a, b) { return a.score - b.score || a.e.name.length - b.e.name.length || a.i - b.i; });
  this.hits = hits.slice(0, 80).map(function (x) { return x.e; });
  if (this.active >= this.hits.length) this.active = 0;
  if (!this.hits.length) { this.body.innerHTML = '<p class="doc-muted">Nothing matches “' + escapeHTML(q) + '”.</p>'; return; }
  var self = this;
  this.body.innerHTML = '<div class="doc-section"><h4>' + hits.length + (hits.length === 1 ? ' result' : ' results') + '</h4>' + this.hits.map(function (e, i) {
    var at = e.low.indexOf(low), name = at >= 0 ? escapeHTML(e.name.slice(0, at)) + '<mark>' + escapeHTML(e.name.slice(at, at + q.length)) + '</mark>' + escapeHTML(e.name.slice(at + q.length)) : escapeHTML(e.name);
    var attrs = e.view.kind === 'field' ? ' data-type="' + escapeHTML(e.view.type) + '" data-field="' + escapeHTML(e.view.field) + '"' + (e.view.arg ? ' data-arg="' + escapeHTML(e.view.arg) + '"' : '') : ' data-type="' + escapeHTML(e.view.name) + '"';
    return '<a class="doc-hit' + (i === self.active ? ' active' : '') + '"' + attrs + '><span class="' + (e.kind === 'type' ? 't-type' : e.kind === 'arg' || e.kind === 'input field' ? 't-arg' : e.kind === 'enum value' ? 't-enum' : 't-def') + '">' + name + '</span><span class="where">' + escapeHTML(e.kind) + ' · ' + escapeHTML(e.where) + '</span></a>';
  }).join('') + '</div>';
};
Docs.prototype.markActive = function () {
  var links = this.body.querySelectorAll('.doc-hit');
  for (var i = 0; i < links.length; i++) links[i].classList.toggle('active', i === this.active);
  if (links[this.active]) links[this.active].scrollIntoView({ block: 'nearest' });
};
