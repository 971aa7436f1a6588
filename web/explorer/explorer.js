// claimgraph explorer: search an actor, draw its neighborhood, expand nodes, read the evidence of
// a relation, filter by relation type and publication date, find a path between two actors.
// Everything comes from this server's POST /graphql (the contract's nodes, neighborhood, node and
// relation queries); Cytoscape.js draws the graph. window.explorer exposes the graph and the
// state for the browser test and for the console.
(function () {
  'use strict';

  // Node kinds: Tableau 10 colours. Relation types: hostile reds, friendly greens, neutral greys.
  var KINDS = {
    PERSON: '#4e79a7', ORGANIZATION: '#f28e2b', GOVERNMENT: '#59a14f', COUNTRY: '#76b7b2',
    GROUP: '#9c9590', POLICY: '#edc948', CLAIM: '#b07aa1', ARTICLE: '#9c755f'
  };
  var TYPES = {
    OPPOSES: '#d62728', THREATENS: '#8c1c13', SANCTIONS: '#7b2d8b', DEMANDS: '#ff7f0e',
    OFFERS: '#17a2b8', SUPPORTS: '#2ca02c', CITES: '#7f8c9a', CLAIMS: '#4e79a7',
    MEMBER_OF: '#b8b23a', PART_OF: '#b3b9c4'
  };
  var ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'GOVERNMENT', 'COUNTRY', 'GROUP'];
  var SEARCH_KINDS = ACTOR_KINDS.concat(['POLICY']); // "Made in China 2025" is worth starting from too
  var NEIGHBOR_LIMIT = 80;   // nodes per expansion: enough for a hub's main ties, still readable
  var PATH_MAX_CALLS = 80;   // neighborhood calls a path search may make before giving up

  var $ = function (id) { return document.getElementById(id); };
  var state = {
    expanded: [],          // node IDs whose neighborhoods are drawn, in order
    center: null,          // the actor searched for
    types: Object.keys(TYPES).slice(),
    from: '', to: '',
    hideLocal: false,      // leave out the nodes local to one article, and their relations
    selectedEdge: null, selectedNode: null,
    loading: false,        // a redraw is under way
    pinned: { nodes: {}, edges: {} }, // a found path's elements, kept across redraws
    pathEdges: []
  };

  // A server started with --auth-token answers 401 without "Authorization: Bearer TOKEN": the
  // explorer then asks for the token once and keeps it for this tab (sessionStorage).
  var TOKEN_KEY = 'claimgraph-token';

  function gql(query, variables, retried) {
    var headers = { 'Content-Type': 'application/json' };
    var token = window.sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch('/graphql', {
      method: 'POST',
      headers: headers,
      body: JSON.stringify({ query: query, variables: variables || {} })
    }).then(function (res) {
      if (res.status === 401 && !retried) {
        var t = window.prompt('This server needs its access token (serve --auth-token):');
        if (t) {
          window.sessionStorage.setItem(TOKEN_KEY, t.trim());
          return { retry: true };
        }
      }
      return res.json();
    }).then(function (body) {
      if (body.retry) return gql(query, variables, true);
      if (body.errors && body.errors.length) {
        var err = new Error(body.errors.map(function (e) { return e.message; }).join('; '));
        err.errors = body.errors; // codes and candidates (extensions) for openRef
        throw err;
      }
      return body.data;
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else if (k === 'style') e.setAttribute('style', attrs[k]);
      else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function status(msg, error) {
    var s = $('status');
    s.textContent = msg || '';
    s.className = error ? 'status error' : 'status';
  }

  // ---- the graph ----
  var cy = cytoscape({
    container: $('graph'),
    minZoom: 0.15, maxZoom: 3, wheelSensitivity: 0.25,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', 'label': 'data(short)', 'font-size': 11, 'color': '#1d2430',
        'font-family': '"DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif',
        'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'wrap', 'text-max-width': 120,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        'text-background-shape': 'roundrectangle', 'width': 'data(size)', 'height': 'data(size)',
        'border-width': 1.5, 'border-color': '#ffffff'
      } },
      { selector: 'node[kind = "POLICY"], node[kind = "CLAIM"]', style: { 'shape': 'round-rectangle' } },
      // No bold on the canvas: Cytoscape measures wrapped labels in the regular weight and a bold
      // line comes out squeezed; size and an opaque backing mark the expanded nodes instead.
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2430', 'font-size': 13, 'text-background-opacity': 1 } },
      // A hub's label goes on the side its lines leave free (placeNew decides), or on the node.
      { selector: 'node[labelPos = "top"]', style: { 'text-valign': 'top', 'text-margin-y': -5 } },
      { selector: 'node[labelPos = "center"]', style: { 'text-valign': 'center', 'text-margin-y': 0 } },
      { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#0b5cad', 'font-size': 14 } },
      { selector: 'node:selected', style: { 'overlay-color': '#0b5cad', 'overlay-opacity': 0.15, 'overlay-padding': 6 } },
      { selector: 'edge', style: {
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9, 'curve-style': 'bezier', 'width': 'data(width)', 'opacity': 0.85,
        'label': '', 'font-size': 10, 'text-rotation': 'autorotate', 'color': '#1d2430',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': 2
      } },
      { selector: 'edge[?negated]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[?hedged]', style: { 'opacity': 0.45 } },
      { selector: 'edge:selected, edge.hover', style: { 'label': 'data(label)', 'opacity': 1, 'z-index': 10,
        'overlay-color': '#0b5cad', 'overlay-opacity': 0.12, 'overlay-padding': 5 } },
      { selector: 'edge.path', style: { 'line-color': '#e0a800', 'target-arrow-color': '#e0a800', 'width': 7, 'opacity': 1, 'z-index': 9 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e0a800' } }
    ]
  });

  // Canvas labels are shortened (claims and policies more than actors); the panel shows them whole.
  function shortLabel(s, max) { return s.length > max ? s.slice(0, max - 1).replace(/\s+\S*$/, '') + '…' : s; }

  function typeName(t) { return t.replace('_', ' '); }

  function edgeWidth(n) { return Math.min(12, 1.6 + 1.8 * Math.log2(1 + n)); }

  function nodeData(n) {
    var actor = ACTOR_KINDS.indexOf(n.kind) >= 0;
    return { id: n.id, label: n.label, short: shortLabel(n.label, actor ? 48 : 34), kind: n.kind,
      color: KINDS[n.kind] || '#999', size: actor ? 30 : 20 };
  }

  function edgeData(r) {
    var count = r.evidenceCount; // under a date range, the server counts the range's sentences
    return { id: r.id, source: r.source.id, target: r.target.id, type: r.type,
      label: (r.negated ? 'not ' : '') + r.type.replace('_', ' ').toLowerCase() + (count > 1 ? ' ×' + count : ''),
      color: TYPES[r.type] || '#999', width: edgeWidth(count), count: count,
      negated: r.negated, hedged: r.hedged };
  }

  var NEIGHBORHOOD = 'query Neighborhood($id: ID!, $types: [RelationType!], $limit: Int, $from: String, $to: String) {' +
    ' neighborhood(id: $id, depth: 1, types: $types, limit: $limit, from: $from, to: $to) {' +
    '  nodes { id kind label ... on Actor { local } ... on Policy { local } }' +
    '  relations { id type negated hedged confidence evidenceCount source { id } target { id } } } }';

  // neighborhood fetches one node's neighbors under the current filters. The server applies the
  // date range before the limit: the neighbors are chosen among the relations of those dates, and
  // each relation's evidenceCount counts the sentences of the range.
  function neighborhood(id) {
    return gql(NEIGHBORHOOD, { id: id, types: state.types, limit: NEIGHBOR_LIMIT,
      from: state.from || null, to: state.to || null }).then(function (d) { return d.neighborhood; });
  }

  // redraw fetches the neighborhoods of every expanded node and makes the graph show exactly them
  // (plus a found path), keeping the positions of nodes already drawn.
  function redraw() {
    if (!state.expanded.length) return Promise.resolve();
    if (!state.types.length) {
      // An empty types list means "all" to the API: no type ticked draws nothing instead.
      cy.elements().remove();
      status('Tick at least one relation type.', true);
      return Promise.resolve();
    }
    state.loading = true;
    status('Loading…');
    return Promise.all(state.expanded.map(neighborhood)).then(function (sgs) {
      var nodes = {}, edges = {};
      // A neighborhood that reached the node limit has more: say so rather than hide it.
      state.capped = [];
      sgs.forEach(function (sg, i) {
        if (sg.nodes.length >= NEIGHBOR_LIMIT) {
          var c = sg.nodes.filter(function (n) { return n.id === state.expanded[i]; })[0];
          state.capped.push(c ? c.label : state.expanded[i]);
        }
      });
      sgs.forEach(function (sg, i) {
        var center = state.expanded[i];
        sg.nodes.forEach(function (n) { if (n.id === center) nodes[n.id] = n; });
        // "Hide local nodes": a neighbor local to one article is left out with its relation
        // (the centre itself stays, as it was asked for).
        var local = {};
        sg.nodes.forEach(function (n) { if (n.local && n.id !== center) local[n.id] = true; });
        sg.relations.forEach(function (r) {
          if (r.source.id !== center && r.target.id !== center) return; // ties between neighbors come with their own expansion
          if (state.hideLocal && (local[r.source.id] || local[r.target.id])) return;
          edges[r.id] = r;
        });
        sg.nodes.forEach(function (n) { nodes[n.id] = nodes[n.id] || n; });
      });
      Object.keys(state.pinned.nodes).forEach(function (id) { nodes[id] = state.pinned.nodes[id]; });
      Object.keys(state.pinned.edges).forEach(function (id) { edges[id] = state.pinned.edges[id]; });
      // Keep only nodes an edge touches, and the expanded ones.
      var keep = {};
      state.expanded.forEach(function (id) { keep[id] = true; });
      Object.keys(edges).forEach(function (id) { keep[edges[id].source.id] = keep[edges[id].target.id] = true; });
      Object.keys(edges).forEach(function (id) {
        if (!nodes[edges[id].source.id] || !nodes[edges[id].target.id]) delete edges[id];
      });
      apply(nodes, edges, keep);
      state.loading = false;
    }).catch(function (err) { state.loading = false; status(err.message, true); });
  }

  function apply(nodes, edges, keep) {
    var added = [];
    cy.batch(function () {
      cy.elements().forEach(function (e) {
        if (e.isNode() ? !(keep[e.id()] && nodes[e.id()]) : !edges[e.id()]) cy.remove(e);
      });
      Object.keys(nodes).forEach(function (id) {
        if (!keep[id]) return;
        var d = nodeData(nodes[id]);
        var n = cy.getElementById(id);
        if (n.nonempty()) { n.data(d); return; }
        added.push(cy.add({ group: 'nodes', data: d }));
      });
      Object.keys(edges).forEach(function (id) {
        var d = edgeData(edges[id]);
        var e = cy.getElementById(id);
        if (e.nonempty()) e.data(d); else cy.add({ group: 'edges', data: d });
      });
      // Actors grow with the relations drawn, so hubs stand out.
      cy.nodes().forEach(function (n) {
        if (ACTOR_KINDS.indexOf(n.data('kind')) >= 0) n.data('size', Math.min(58, 26 + 5 * Math.sqrt(n.degree())));
      });
      cy.nodes().removeClass('expanded center');
      state.expanded.forEach(function (id) { cy.getElementById(id).addClass('expanded'); });
      if (state.center) cy.getElementById(state.center).addClass('center');
      cy.elements().removeClass('path');
      state.pathEdges.forEach(function (id) {
        var e = cy.getElementById(id);
        e.addClass('path'); e.connectedNodes().addClass('path');
      });
    });
    placeNew(added);
    // Show what was just drawn at a readable size: the last expanded node and its neighbors (or a
    // found path); the rest of the graph is a pan or a scroll away.
    var focus = state.pathEdges.length
      ? cy.collection(state.pathEdges.map(function (id) { return cy.getElementById(id); })).connectedNodes()
      : cy.getElementById(state.expanded[state.expanded.length - 1]).closedNeighborhood();
    if (focus.nonempty()) {
      cy.fit(focus, 40);
      if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, position: focus.boundingBox ? centerOf(focus) : undefined });
    }
    $('empty').hidden = cy.nodes().length > 0;
    var ne = cy.edges().length, nn = cy.nodes().length;
    status(nn + ' nodes · ' + ne + ' relations — click a node to expand it, a line to read the sentences' +
      (state.capped && state.capped.length ? ' · ' + state.capped.join(', ') + ': only the first ' + NEIGHBOR_LIMIT +
        ' neighbors are drawn (the downloads hold them all); narrow the relation types or dates to see others' : ''));
    updateDownloads();
    window.explorer.ready = true;
  }

  // placeNew puts new nodes on a ring around the node they hang from (the hub), grouped by
  // relation type so that colours cluster, with a radius that gives each about RING_SLOT pixels of
  // arc (labels do not collide). A hub drawn beside others gets an arc turned away from them
  // instead of a full ring, so expanding a node leaves the rest of the picture where it was.
  var RING_SLOT = 96, RING_FIRST = 150, RING_STAGGER = 80;
  function placeNew(added) {
    if (!added.length) return;
    var isNew = {};
    added.forEach(function (n) { isNew[n.id()] = true; });
    var old = cy.nodes().filter(function (n) { return !isNew[n.id()]; });
    var groups = {}, order = [];
    added.forEach(function (n) {
      var hub = n.neighborhood('node').filter(function (m) { return !isNew[m.id()]; })
        .max(function (m) { return state.expanded.indexOf(m.id()) >= 0 ? 1000 + m.degree() : m.degree(); }).ele;
      var key = hub ? hub.id() : '';
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(n);
    });
    var center = old.nonempty() ? centerOf(old) : { x: 0, y: 0 };
    order.forEach(function (key) {
      var hub = key ? cy.getElementById(key) : null;
      var nodes = groups[key];
      var edgeType = function (n) {
        var e = hub ? n.edgesWith(hub)[0] : null;
        return e ? e.data('type') : '';
      };
      nodes.sort(function (a, b) {
        var x = edgeType(a), y = edgeType(b);
        return x < y ? -1 : x > y ? 1 : a.data('label') < b.data('label') ? -1 : 1;
      });
      var c = hub ? hub.position() : center;
      if (!hub && old.empty()) {
        // The first drawing: the searched node in the middle, the rest around it.
        var mid = nodes.filter(function (n) { return n.id() === state.center; })[0] || nodes[0];
        mid.position({ x: 0, y: 0 });
        hub = mid; c = { x: 0, y: 0 };
        nodes = nodes.filter(function (n) { return n !== mid; });
      }
      // An arc of 220° facing away from the nodes already drawn, or a full ring.
      var span = 2 * Math.PI, from = 0;
      var others = old.filter(function (n) { return n !== hub; });
      if (others.nonempty()) {
        var o = centerOf(others);
        var away = Math.atan2(c.y - o.y, c.x - o.x);
        span = 220 * Math.PI / 180; from = away - span / 2;
        // Lines leave downwards (screen y grows down): the label goes on top, else below.
        if (hub) hub.data('labelPos', Math.sin(away) > 0 ? 'top' : 'bottom');
      } else if (hub && nodes.length > 2) {
        hub.data('labelPos', 'center');
      }
      // One staggered ring: every other node 80 px farther out, so neighbors' labels have twice
      // the room and every line from the hub passes between the inner nodes.
      var k = nodes.length;
      var radius = Math.max(RING_FIRST, k * RING_SLOT / 2 / span);
      for (var j = 0; j < k; j++) {
        var a = from + (j + 0.5) * span / k;
        var r = radius + (j % 2) * RING_STAGGER;
        nodes[j].position({ x: c.x + r * Math.cos(a), y: c.y + r * Math.sin(a) });
      }
    });
  }

  function centerOf(eles) {
    var b = eles.boundingBox();
    return { x: (b.x1 + b.x2) / 2, y: (b.y1 + b.y2) / 2 };
  }

  // ---- search boxes ----
  var SEARCH = 'query Search($q: String!, $kinds: [NodeKind!]) { nodes(search: $q, kinds: $kinds, first: 10) { nodes { id kind label } } }';

  function searchBox(input, list, onPick) {
    var timer = null, items = [], active = -1, seq = 0;
    function close() { list.hidden = true; active = -1; }
    function render() {
      list.innerHTML = '';
      if (!items.length) {
        list.appendChild(el('li', { class: 'none', text: 'No actor or policy matches “' + input.value.trim() + '”' }));
      }
      items.forEach(function (n, i) {
        list.appendChild(el('li', { role: 'option' }, [el('button', {
          type: 'button', class: i === active ? 'active' : '', 'data-id': n.id,
          onmousedown: function (ev) { ev.preventDefault(); pick(n); }
        }, [el('span', { class: 'dot', style: 'background:' + (KINDS[n.kind] || '#999') }), n.label,
          el('span', { class: 'chip', style: 'margin-left:auto', text: n.kind.toLowerCase() })])]));
      });
      list.hidden = false;
    }
    function pick(n) { close(); input.value = n.label; input.dataset.id = n.id; onPick(n); }
    function run() {
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      var my = ++seq;
      gql(SEARCH, { q: q, kinds: SEARCH_KINDS }).then(function (d) {
        if (my !== seq) return; // a later keystroke's answer wins
        items = d.nodes.nodes; active = items.length ? 0 : -1; render();
      }).catch(function (err) { status(err.message, true); });
    }
    input.addEventListener('input', function () { delete input.dataset.id; clearTimeout(timer); timer = setTimeout(run, 180); });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        if (!items.length) return;
        active = (active + (ev.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        render(); ev.preventDefault();
      } else if (ev.key === 'Enter') {
        ev.preventDefault();
        if (!list.hidden && items[active]) pick(items[active]);
        else { clearTimeout(timer); run(); }
      } else if (ev.key === 'Escape') close();
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  function open(n) {
    state.center = n.id; state.expanded = [n.id];
    state.pinned = { nodes: {}, edges: {} }; state.pathEdges = [];
    cy.elements().remove();
    return redraw().then(function () { return showNode(n.id); });
  }

  // openRef opens the node an address names (#node=…): by ID, or by a name or alias as a user
  // types it ("China", "Lu Kang"), resolved by the server's name lookup, the one every node
  // argument of the API uses (neighborhood(id:) with depth 0 answers the node itself). A name
  // several nodes answer to (AMBIGUOUS_NAME) opens the first of them with a note listing the
  // others to pick from; a name or ID no node has says so, with the near names the server
  // suggests, instead of drawing nothing (new-user trial 28, finding 10).
  var RESOLVE = 'query Resolve($id: ID!) { neighborhood(id: $id, depth: 0) { nodes { id kind label } } }';
  function openRef(ref) {
    return gql(RESOLVE, { id: ref }).then(function (d) {
      var n = d.neighborhood.nodes[0];
      if (!n) return notFound(ref, []);
      return open(n);
    }).catch(function (err) {
      var e = (err.errors || [])[0] || {};
      var code = e.extensions && e.extensions.code;
      var cands = (e.extensions && e.extensions.candidates) || [];
      if (code === 'AMBIGUOUS_NAME' && cands.length) {
        return open(cands[0]).then(function () { choiceNote(ref, cands); });
      }
      if (code === 'NOT_FOUND') return notFound(ref, cands);
      throw err;
    });
  }

  function candidateButton(n) {
    return el('li', {}, [el('button', { type: 'button', class: 'nodelink', 'data-id': n.id,
      onclick: function () { open(n); } }, [el('span', { class: 'dot', style: 'background:' + (KINDS[n.kind] || '#999') }),
      n.label + ' ', el('span', { class: 'chip', text: n.kind.toLowerCase() })])]);
  }

  // choiceNote puts above the panel the other nodes an ambiguous name answers to.
  function choiceNote(ref, cands) {
    var note = el('div', { class: 'ref-note', id: 'ref-note' }, [
      el('p', { text: '“' + ref + '” names ' + cands.length + ' nodes; this is the first, ' + cands[0].label + '. Pick another:' }),
      el('ul', { class: 'ref-choices' }, cands.slice(1).map(candidateButton))]);
    var p = $('panel');
    p.insertBefore(note, p.firstChild);
    status('“' + ref + '” names ' + cands.length + ' nodes: showing ' + cands[0].label + '; the others are listed on the right.');
  }

  // notFound says that no node has the name or ID an address gave, with the near names suggested.
  function notFound(ref, cands) {
    cy.elements().remove();
    state.center = null; state.expanded = [];
    $('empty').hidden = false;
    status('No node is named “' + ref + '”' + (cands.length ? ': pick one of the near names on the right, or search above.' : '; search an actor above.'), true);
    panel([el('div', { class: 'ref-note', id: 'ref-note' }, [
      el('h2', { text: 'Not found' }),
      el('p', { text: 'No node has the name or ID “' + ref + '”.' + (cands.length ? ' Names that contain it:' : '') }),
      cands.length ? el('ul', { class: 'ref-choices' }, cands.map(candidateButton)) : null])]);
    window.explorer.ready = true;
  }

  function expand(id) {
    if (state.expanded.indexOf(id) < 0) {
      state.expanded.push(id);
      return redraw();
    }
    return Promise.resolve();
  }

  // ---- the side panel ----
  function panel(children) {
    var p = $('panel');
    p.innerHTML = '';
    children.forEach(function (c) { if (c) p.appendChild(c); });
    p.scrollTop = 0;
  }

  function nodeButton(n) {
    return el('button', { type: 'button', class: 'nodelink', text: n.label,
      onclick: function () { focusNode(n.id); } });
  }

  function focusNode(id) {
    var n = cy.getElementById(id);
    cy.elements().unselect();
    if (n.nonempty()) { n.select(); cy.animate({ center: { eles: n } }, { duration: 250 }); }
    showNode(id);
  }

  var NODE = 'query Node($id: ID!) { node(id: $id) { id kind label' +
    ' ... on Actor { aliases roles { title organization { label } } }' +
    ' ... on Policy { aliases } ... on Claim { text direct }' +
    ' ... on Article { title url publishedAt outlet } } }';

  function showNode(id) {
    state.selectedNode = id; state.selectedEdge = null;
    return gql(NODE, { id: id }).then(function (d) {
      var n = d.node;
      if (!n) return;
      var parts = [el('h2', { text: n.kind.toLowerCase() }), el('h3', { text: n.label })];
      var facts = el('div', { class: 'facts' }, [el('span', { class: 'chip', style: 'background:' + KINDS[n.kind] + ';color:#fff', text: n.kind })]);
      parts.push(facts);
      if (n.roles && n.roles.length) {
        parts.push(el('p', { class: 'aliases' }, [n.roles.map(function (r) {
          return r.title + (r.organization ? ', ' + r.organization.label : '');
        }).join(' · ')]));
      }
      if (n.aliases && n.aliases.length > 1) {
        parts.push(el('p', { class: 'aliases' }, ['Also written: ' + n.aliases.filter(function (a) { return a !== n.label; }).join(', ')]));
      }
      if (n.text && n.text !== n.label) parts.push(el('p', { class: 'sentence', text: '“' + n.text + '”' }));
      parts.push(el('div', { class: 'actions' }, [
        state.expanded.indexOf(id) < 0 ? el('button', { type: 'button', text: 'Expand', onclick: function () { expand(id); } }) : null,
        el('button', { type: 'button', text: 'Start here', onclick: function () { open(n); } }),
        el('button', { type: 'button', text: 'Path from', onclick: function () { setPathEnd('path-from', n); } }),
        el('button', { type: 'button', text: 'Path to', onclick: function () { setPathEnd('path-to', n); } })
      ]));
      var node = cy.getElementById(id);
      var rels = node.nonempty() ? node.connectedEdges() : cy.collection();
      if (rels.length) {
        parts.push(el('h2', { class: 'section-label', text: 'Relations drawn (' + rels.length + ')' }));
        parts.push(el('ul', { class: 'rels' }, rels.sort(function (a, b) { return b.data('count') - a.data('count'); }).map(function (e) {
          var out = e.data('source') === id;
          var other = cy.getElementById(out ? e.data('target') : e.data('source'));
          return el('li', {}, [el('button', { type: 'button', onclick: function () { selectEdge(e.id()); } }, [
            el('span', { class: 'rel-type', style: 'background:' + TYPES[e.data('type')], text: (e.data('negated') ? 'NOT ' : '') + typeName(e.data('type')) }),
            el('span', { class: 'arrow', text: out ? '→' : '←' }), other.data('label') || '',
            el('span', { class: 'chip', style: 'margin-left:auto', text: String(e.data('count')) })
          ])]);
        })));
      }
      panel(parts);
    }).catch(function (err) { status(err.message, true); });
  }

  var RELATION = 'query Relation($id: ID!, $from: String, $to: String) { relation(id: $id) {' +
    ' id type negated hedged confidence evidenceCount cameo plover role' +
    ' source { id kind label } target { id kind label }' +
    ' evidence(from: $from, to: $to) { text cue cueStart cueEnd start sentence rule hedged' +
    '  article { id title url publishedAt outlet } } } }';

  function selectEdge(id) {
    var e = cy.getElementById(id);
    cy.elements().unselect();
    if (e.nonempty()) e.select();
    return showEdge(id);
  }

  // highlight splits a sentence around its cue: code-point offsets from the store when they fit,
  // else the first case-insensitive occurrence of the cue.
  function highlight(ev) {
    var chars = Array.from(ev.text);
    if (ev.cue && ev.cueStart != null && ev.cueEnd != null) {
      var s = ev.cueStart - ev.start, e = ev.cueEnd - ev.start;
      if (s >= 0 && e <= chars.length && s < e) {
        return [chars.slice(0, s).join(''), el('mark', { text: chars.slice(s, e).join('') }), chars.slice(e).join('')];
      }
    }
    if (ev.cue) {
      var i = ev.text.toLowerCase().indexOf(ev.cue.toLowerCase());
      if (i >= 0) {
        return [ev.text.slice(0, i), el('mark', { text: ev.text.slice(i, i + ev.cue.length) }), ev.text.slice(i + ev.cue.length)];
      }
    }
    return [ev.text];
  }

  function showEdge(id) {
    state.selectedEdge = id; state.selectedNode = null;
    return gql(RELATION, { id: id, from: state.from || null, to: state.to || null }).then(function (d) {
      var r = d.relation;
      if (!r) return;
      var evs = r.evidence.slice().sort(function (a, b) {
        var x = a.article.publishedAt || '9999', y = b.article.publishedAt || '9999';
        return x < y ? -1 : x > y ? 1 : 0;
      });
      var title = el('div', { class: 'rel-title' }, [nodeButton(r.source),
        el('span', { class: 'rel-type', style: 'background:' + TYPES[r.type], text: (r.negated ? 'NOT ' : '') + typeName(r.type) }),
        nodeButton(r.target)]);
      var facts = el('div', { class: 'facts' }, [
        el('span', { class: 'chip', text: evs.length + (evs.length === 1 ? ' sentence' : ' sentences') +
          (evs.length !== r.evidenceCount ? ' in range (of ' + r.evidenceCount + ')' : '') }),
        el('span', { class: 'chip', text: 'confidence ' + r.confidence.toFixed(2) }),
        r.negated ? el('span', { class: 'chip warn', text: 'denied' }) : null,
        r.hedged ? el('span', { class: 'chip warn', text: 'hedged' }) : null,
        r.role ? el('span', { class: 'chip', text: r.role }) : null,
        r.cameo ? el('span', { class: 'chip', title: 'CAMEO root code', text: 'CAMEO ' + r.cameo }) : null,
        r.plover ? el('span', { class: 'chip', title: 'PLOVER event category', text: r.plover }) : null
      ]);
      var list = el('ul', { class: 'evidence' }, evs.map(function (ev) {
        var a = ev.article;
        var name = a.title || a.url || a.id;
        // Only web addresses become links: an article's URL comes from the loaded file.
        var link = /^https?:\/\//i.test(a.url || '');
        var meta = [link ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer', text: name }) : el('strong', { text: name })];
        if (a.outlet) meta.push(' · ' + a.outlet);
        meta.push(' · ' + (a.publishedAt || 'undated'));
        return el('li', {}, [
          el('p', { class: 'sentence' }, highlight(ev)),
          el('div', { class: 'source' }, meta),
          el('div', { class: 'rule', text: 'sentence ' + (ev.sentence + 1) + ' · rule ' + (ev.rule || '—') + (ev.hedged ? ' · hedged' : '') })
        ]);
      }));
      panel([el('h2', { text: 'Evidence' }), title, facts, list]);
    }).catch(function (err) { status(err.message, true); });
  }

  // ---- filters ----
  function buildFilters() {
    var box = $('types');
    Object.keys(TYPES).forEach(function (t) {
      var cb = el('input', { type: 'checkbox', value: t });
      cb.checked = true;
      cb.addEventListener('change', readTypes);
      box.appendChild(el('label', {}, [cb, el('span', { class: 'swatch', style: 'background:' + TYPES[t] }), t.replace('_', ' ').toLowerCase()]));
    });
    $('types-all').addEventListener('click', function () { setAll(true); });
    $('types-none').addEventListener('click', function () { setAll(false); });
    $('hide-local').addEventListener('change', function () {
      state.hideLocal = $('hide-local').checked; clearPath(); redraw();
    });
    ['from', 'to'].forEach(function (k) {
      $(k).addEventListener('change', function () {
        state[k] = $(k).value; clearPath(); redraw();
        if (state.selectedEdge) showEdge(state.selectedEdge);
      });
    });
    var legend = $('legend');
    Object.keys(KINDS).forEach(function (k) {
      if (k === 'ARTICLE') return;
      legend.appendChild(el('li', {}, [el('span', { class: ACTOR_KINDS.indexOf(k) >= 0 ? 'dot' : 'dot square', style: 'background:' + KINDS[k] }), k.toLowerCase()]));
    });
  }
  function setAll(on) {
    Array.prototype.forEach.call($('types').querySelectorAll('input'), function (cb) { cb.checked = on; });
    readTypes();
  }
  function readTypes() {
    state.types = Array.prototype.filter.call($('types').querySelectorAll('input'), function (cb) { return cb.checked; })
      .map(function (cb) { return cb.value; });
    clearPath();
    redraw();
  }
  // A path found under other filters may use relations the new ones hide: it is dropped.
  function clearPath() { state.pinned = { nodes: {}, edges: {} }; state.pathEdges = []; }

  // updateDownloads points the download links at the current view, and the address at it too
  // (#node=ID&from=…&to=…&types=…&local=hide), so that a view can be bookmarked or sent.
  function updateDownloads() {
    var show = !!state.center;
    $('downloads').hidden = !show;
    if (!show) return;
    var h = new URLSearchParams({ node: state.center });
    if (state.from) h.set('from', state.from);
    if (state.to) h.set('to', state.to);
    if (state.types.length < Object.keys(TYPES).length) h.set('types', state.types.join(','));
    if (state.hideLocal) h.set('local', 'hide');
    history.replaceState(null, '', '#' + h.toString());
    ['gexf', 'graphml', 'csv', 'cytoscape'].forEach(function (f) {
      var q = new URLSearchParams({ format: f, around: state.center, depth: String(Math.min(Math.max(state.expanded.length, 1), 3)) });
      if (state.types.length < Object.keys(TYPES).length) q.set('types', state.types.join(','));
      if (state.from) q.set('from', state.from);
      if (state.to) q.set('to', state.to);
      $('dl-' + f).href = '/export?' + q.toString();
    });
  }

  // ---- path finder: breadth-first over neighborhood calls ----
  function setPathEnd(inputId, n) {
    var input = $(inputId);
    input.value = n.label; input.dataset.id = n.id;
  }

  function findPath(from, to, maxDepth) {
    var prev = {}; prev[from] = null;
    var frontier = [from], calls = 0, depth = 0, known = {};
    function reconstruct() {
      var steps = [], id = to;
      while (prev[id]) { steps.unshift(prev[id]); id = prev[id].from; }
      return steps;
    }
    function level() {
      if (!frontier.length || depth >= maxDepth) return Promise.resolve(null);
      depth++;
      var next = [];
      var chain = Promise.resolve(null);
      frontier.forEach(function (id) {
        chain = chain.then(function (found) {
          if (found) return found;
          if (++calls > PATH_MAX_CALLS) throw new Error('No path found within ' + PATH_MAX_CALLS + ' expansions; try fewer steps or fewer relation types.');
          return neighborhood(id).then(function (sg) {
            sg.nodes.forEach(function (n) { known[n.id] = n; });
            for (var i = 0; i < sg.relations.length; i++) {
              var r = sg.relations[i];
              if (r.source.id !== id && r.target.id !== id) continue;
              var other = r.source.id === id ? r.target.id : r.source.id;
              if (Object.prototype.hasOwnProperty.call(prev, other)) continue;
              prev[other] = { from: id, rel: r };
              if (other === to) return reconstruct();
              next.push(other);
            }
            return null;
          });
        });
      });
      return chain.then(function (found) {
        if (found) return found;
        frontier = next;
        return level();
      });
    }
    return level().then(function (steps) { return { steps: steps, known: known, calls: calls, source: 'neighborhood search' }; });
  }

  // shortestPath asks the server's path query when the schema has one and no date range is set
  // (the query does not filter by date), and searches over neighborhood calls otherwise, or when
  // the server's answer is an error (a path query of another shape, a search past its budget).
  var serverPath = null; // null: not asked yet; then true or false
  var PATH = 'query Path($from: ID!, $to: ID!, $maxDepth: Int, $types: [RelationType!]) {' +
    ' path(from: $from, to: $to, maxDepth: $maxDepth, types: $types) { nodes { id kind label }' +
    '  relations { id type negated hedged confidence evidenceCount source { id } target { id } } } }';
  function hasServerPath() {
    if (serverPath !== null) return Promise.resolve(serverPath);
    return gql('{ __type(name: "Query") { fields { name } } }').then(function (d) {
      serverPath = d.__type.fields.some(function (f) { return f.name === 'path'; });
      return serverPath;
    }).catch(function () { serverPath = false; return false; });
  }
  function shortestPath(a, b, max) {
    if (state.from || state.to) return findPath(a, b, max);
    return hasServerPath().then(function (yes) {
      if (!yes) return findPath(a, b, max);
      return gql(PATH, { from: a, to: b, maxDepth: max, types: state.types }).then(function (d) {
        var p = d.path[0];
        if (!p) return { steps: null, known: {}, calls: 0 };
        var known = {};
        p.nodes.forEach(function (n) { known[n.id] = n; });
        return { steps: p.relations.map(function (r) { return { rel: r }; }), known: known, calls: 0, source: 'path query' };
      }).catch(function () { return findPath(a, b, max); });
    });
  }

  function runPath() {
    var a = $('path-from').dataset.id, b = $('path-to').dataset.id;
    if (!a || !b) { status('Pick both actors of the path from the suggestions.', true); return; }
    var max = parseInt($('path-depth').value, 10);
    $('path-go').disabled = true;
    status('Searching for a path…');
    shortestPath(a, b, max).then(function (res) {
      $('path-go').disabled = false;
      if (!res.steps) {
        status('No path within ' + max + ' steps under the current filters' +
          (res.calls ? ' (' + res.calls + ' nodes searched).' : '.'), true);
        return;
      }
      state.pinned = { nodes: {}, edges: {} };
      state.pathEdges = [];
      state.pathSource = res.source;
      res.steps.forEach(function (s) {
        state.pinned.edges[s.rel.id] = s.rel;
        state.pathEdges.push(s.rel.id);
        [s.rel.source.id, s.rel.target.id].forEach(function (id) { state.pinned.nodes[id] = res.known[id]; });
      });
      if (state.expanded.indexOf(a) < 0) state.expanded.push(a);
      if (!state.center) state.center = a;
      return redraw().then(function () {
        panel([el('h2', { text: 'Path' }), el('h3', { text: res.known[a].label + ' → ' + res.known[b].label }),
          el('p', { class: 'aliases', text: res.steps.length + (res.steps.length === 1 ? ' step' : ' steps') +
            ' (found by the ' + res.source + '); click a step to read its sentences.' }),
          el('ol', { class: 'path-steps' }, res.steps.map(function (s, i) {
            var r = s.rel;
            return el('li', {}, [el('span', { class: 'step-n', text: String(i + 1) }), el('button', { type: 'button', class: 'nodelink', onclick: function () { selectEdge(r.id); } }, [
              res.known[r.source.id].label + ' ', el('span', { class: 'rel-type', style: 'background:' + TYPES[r.type], text: (r.negated ? 'NOT ' : '') + typeName(r.type) }),
              ' ' + res.known[r.target.id].label])]);
          }))]);
      });
    }).catch(function (err) { $('path-go').disabled = false; status(err.message, true); });
  }

  // ---- wiring ----
  cy.on('tap', 'node', function (evt) {
    var id = evt.target.id();
    expand(id).then(function () { showNode(id); });
  });
  cy.on('tap', 'edge', function (evt) { showEdge(evt.target.id()); });
  cy.on('mouseover', 'edge', function (evt) { evt.target.addClass('hover'); });
  cy.on('mouseout', 'edge', function (evt) { evt.target.removeClass('hover'); });

  window.explorer = { cy: cy, state: state, ready: false, open: open, expand: expand, showEdge: showEdge, findPath: findPath };

  buildFilters();
  searchBox($('search'), $('results'), open);
  document.querySelectorAll('.filters .search').forEach(function (box) {
    searchBox(box.querySelector('input'), box.querySelector('.results'), function () {});
  });
  $('path-go').addEventListener('click', runPath);

  var hash = new URLSearchParams(location.hash.slice(1));
  ['from', 'to'].forEach(function (k) {
    var v = hash.get(k) || '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) { state[k] = v; $(k).value = v; }
  });
  if (hash.get('types')) {
    var want = hash.get('types').split(',');
    Array.prototype.forEach.call($('types').querySelectorAll('input'), function (cb) { cb.checked = want.indexOf(cb.value) >= 0; });
    state.types = Object.keys(TYPES).filter(function (t) { return want.indexOf(t) >= 0; });
  }
  if (hash.get('local') === 'hide') { state.hideLocal = true; $('hide-local').checked = true; }
  if (hash.get('node')) {
    openRef(hash.get('node')).catch(function (err) { status(err.message, true); window.explorer.ready = true; });
  } else {
    window.explorer.ready = true;
  }
})();
