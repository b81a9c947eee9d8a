// newsgraph viewer: draws NEWSGRAPH_DATA (build_view.py) with Cytoscape.js and wires the
// search box, the filters and the evidence panel. Text from the articles only ever goes
// into the page through textContent, never as HTML.
'use strict';

(function () {
  const data = NEWSGRAPH_DATA;
  const styles = NEWSGRAPH_STYLE;
  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));

  const nodeStyle = (type) => styles.nodes[type] || styles.unknown_node;
  const edgeStyle = (type) => styles.edges[type] || styles.unknown_edge;
  const abridge = (text, limit) => {
    const flat = (text || '').replace(/\s+/g, ' ').trim();
    return flat.length <= limit ? flat : flat.slice(0, limit - 1).trimEnd() + '…';
  };
  const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const fold = (text) => (text || '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

  function element(tag, attributes, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'className') el.className = value;
      else if (name === 'onclick') el.addEventListener('click', value);
      else if (name === 'style') el.style.cssText = value;
      else el.setAttribute(name, value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === '') continue;
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return el;
  }

  // ---- the graph ----

  // Start every node on a spiral, in graph order, so that the force-directed layout
  // (which starts from these positions) draws the same picture on every load.
  const spiral = (i) => ({ x: 12 * Math.sqrt(i) * Math.cos(i * 2.39996), y: 12 * Math.sqrt(i) * Math.sin(i * 2.39996) });
  const elements = [];
  data.nodes.forEach((n, i) => {
    const label = n.type === 'STATEMENT' ? '“' + abridge(n.quote, 40) + '”' : n.name;
    elements.push({ group: 'nodes', data: { id: n.id, label, type: n.type }, position: spiral(i) });
  });
  for (const e of data.edges) {
    elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, type: e.type } });
  }

  const cytoscapeStyle = [
    { selector: 'node', style: {
      'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-wrap': 'ellipsis', 'text-max-width': 140, 'width': 22, 'height': 22,
      'border-width': 1, 'border-color': '#555', 'min-zoomed-font-size': 6 } },
    { selector: 'edge', style: {
      'width': 1.5, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8,
      'label': 'data(type)', 'font-size': 7, 'text-rotation': 'autorotate', 'min-zoomed-font-size': 9,
      'text-background-color': '#fff', 'text-background-opacity': 0.7 } },
    { selector: 'edge.negated', style: { 'line-style': 'dashed' } },
    { selector: 'edge.uncertain', style: { 'line-style': 'dotted' } },
    { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none' } },
    { selector: '.hidden', style: { 'display': 'none' } },
    { selector: '.faded', style: { 'opacity': 0.15 } },
    { selector: 'node.found', style: { 'border-width': 4, 'border-color': '#d62728', 'width': 32, 'height': 32,
      'font-weight': 'bold', 'font-size': 13 } },
    { selector: 'edge.chosen', style: { 'width': 5, 'z-index': 10 } },
    { selector: 'node.chosen', style: { 'border-width': 4, 'border-color': '#1565c0' } },
  ];
  for (const [type, s] of Object.entries(styles.nodes)) {
    cytoscapeStyle.splice(2, 0, { selector: `node[type = "${type}"]`, style: { 'background-color': s.color, 'shape': s.shape } });
  }
  for (const [type, s] of Object.entries(styles.edges)) {
    cytoscapeStyle.splice(2, 0, { selector: `edge[type = "${type}"]`,
      style: { 'line-color': s.color, 'target-arrow-color': s.color, 'color': s.color } });
  }

  const cy = cytoscape({
    container: document.getElementById('graph'), elements, style: cytoscapeStyle,
    wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 5,
  });
  cy.edges().forEach((edge) => {
    const e = edgeById.get(edge.id());
    if (e.negated) edge.addClass('negated');
    else if (e.modality && e.modality !== 'asserted') edge.addClass('uncertain');
    if (e.type === 'MET') edge.addClass('undirected');
  });

  function runLayout(name) {
    const options = { name, animate: false, fit: true, padding: 30 };
    if (name === 'cose') Object.assign(options, { nodeRepulsion: () => 8000, idealEdgeLength: () => 60, randomize: false });
    if (name === 'concentric') Object.assign(options, { concentric: (n) => n.degree(), levelWidth: () => 2, minNodeSpacing: 20 });
    cy.elements(':visible').layout(options).run();
  }
  const initialLayout = data.nodes.length > 1500 ? 'concentric' : 'cose';
  document.getElementById('layout').value = initialLayout;
  runLayout(initialLayout);

  // ---- filters ----

  const relationTypes = [...new Set(data.edges.map((e) => e.type))].sort();
  const nodeTypes = [...new Set(data.nodes.map((n) => n.type))].sort();
  const shownRelations = new Set(relationTypes);
  const shownNodeTypes = new Set(nodeTypes);
  const dateFrom = document.getElementById('date-from');
  const dateTo = document.getElementById('date-to');

  function countBy(items, key) {
    const counts = new Map();
    for (const item of items) counts.set(item[key], (counts.get(item[key]) || 0) + 1);
    return counts;
  }

  function checkbox(id, shownSet, value, swatch, label, count) {
    const input = element('input', { type: 'checkbox', id });
    input.checked = true;
    input.addEventListener('change', () => {
      if (input.checked) shownSet.add(value); else shownSet.delete(value);
      applyFilters();
    });
    return element('label', { className: 'filter', for: id }, input, swatch, label, element('span', { className: 'count' }, count));
  }

  const relationCounts = countBy(data.edges, 'type');
  const relationBox = document.getElementById('relation-filters');
  for (const type of relationTypes) {
    const swatch = element('span', { className: 'line', style: `border-color: ${edgeStyle(type).color}` });
    relationBox.append(checkbox(`relation-${type}`, shownRelations, type, swatch, type, relationCounts.get(type)));
  }
  const nodeCounts = countBy(data.nodes, 'type');
  const legend = document.getElementById('legend');
  for (const type of nodeTypes) {
    const s = nodeStyle(type);
    const swatch = element('span', { className: 'swatch', style: `background: ${s.color}` });
    legend.append(checkbox(`entity-${type}`, shownNodeTypes, type, swatch, s.label, nodeCounts.get(type)));
  }

  function datedWithin(evidence, from, to) {
    return (evidence || []).some((ev) => ev.date && (!from || ev.date >= from) && (!to || ev.date <= to));
  }

  function applyFilters() {
    const from = dateFrom.value;
    const to = dateTo.value;
    const filtering = shownRelations.size < relationTypes.length || shownNodeTypes.size < nodeTypes.length || from || to;
    cy.batch(() => {
      cy.nodes().forEach((node) => node.toggleClass('hidden', !shownNodeTypes.has(node.data('type'))));
      cy.edges().forEach((edge) => {
        const e = edgeById.get(edge.id());
        const visible = shownRelations.has(e.type) && (!(from || to) || datedWithin(e.evidence, from, to)) &&
          !edge.source().hasClass('hidden') && !edge.target().hasClass('hidden');
        edge.toggleClass('hidden', !visible);
      });
      // Nodes left without a relation would only clutter a filtered view.
      if (filtering) {
        cy.nodes().forEach((node) => {
          if (!node.hasClass('hidden') && node.connectedEdges().filter((e) => !e.hasClass('hidden')).length === 0) {
            node.addClass('hidden');
          }
        });
      }
    });
    updateCounts();
  }

  function updateCounts() {
    const nodes = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
    const edges = cy.edges().filter((e) => !e.hasClass('hidden')).length;
    document.getElementById('counts').textContent = `${nodes} of ${cy.nodes().length} nodes, ${edges} of ${cy.edges().length} edges shown`;
  }

  dateFrom.addEventListener('change', applyFilters);
  dateTo.addEventListener('change', applyFilters);
  document.getElementById('layout').addEventListener('change', (event) => runLayout(event.target.value));

  // ---- search ----

  const datalist = document.getElementById('names');
  const entities = data.nodes.filter((n) => n.type !== 'STATEMENT');
  for (const n of entities) {
    for (const form of new Set([n.name, ...(n.aliases || [])])) datalist.append(element('option', { value: form }));
  }

  // Best matches first: an exact name, alias or id; then a surname; then any part of a name.
  function findEntities(query) {
    const wanted = fold(query);
    if (!wanted) return [];
    const exact = [], surname = [], partial = [];
    for (const n of entities) {
      const forms = [n.name, ...(n.aliases || [])].map(fold);
      if (forms.includes(wanted) || fold(n.id) === wanted) exact.push(n);
      else if (forms.some((f) => f.split(' ').pop() === wanted)) surname.push(n);
      else if (forms.some((f) => f.includes(wanted))) partial.push(n);
    }
    const byDegree = (a, b) => cy.getElementById(b.id).degree() - cy.getElementById(a.id).degree();
    return [...exact.sort(byDegree), ...surname.sort(byDegree), ...partial.sort(byDegree)];
  }

  function clearHighlight() {
    cy.elements().removeClass('faded found chosen');
  }

  function focusOn(collection) {
    const visible = collection.filter((x) => !x.hasClass('hidden'));
    cy.fit(visible.length ? visible : collection, 80);
    if (cy.zoom() > 1.6) { cy.zoom(1.6); cy.center(visible); }
  }

  function highlightNode(node) {
    clearHighlight();
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass('faded');
    node.addClass('found');
    focusOn(neighbourhood);
  }

  const searchStatus = document.getElementById('search-status');
  function search(query) {
    const found = findEntities(query);
    searchStatus.replaceChildren();
    if (!query.trim()) return null;
    if (!found.length) { searchStatus.textContent = `No entity matches “${query}”.`; return null; }
    const best = found[0];
    const node = cy.getElementById(best.id);
    highlightNode(node);
    showNode(best);
    if (found.length > 1) {
      searchStatus.append(`Also: `);
      found.slice(1, 6).forEach((n, i) => {
        if (i) searchStatus.append(', ');
        searchStatus.append(element('a', { className: 'jump', onclick: () => { highlightNode(cy.getElementById(n.id)); showNode(n); } }, n.name));
      });
    }
    return best.id;
  }
  const searchBox = document.getElementById('search');
  // While typing, wait for three letters: one or two match half the graph.
  searchBox.addEventListener('input', () => {
    const query = searchBox.value.trim();
    if (!query) { searchStatus.replaceChildren(); clearHighlight(); }
    if (query.length >= 3) search(query);
  });
  searchBox.addEventListener('keydown', (event) => { if (event.key === 'Enter') search(searchBox.value); });

  // ---- the details panel ----

  const details = document.getElementById('details-body');
  const detailsHint = [...details.childNodes];

  function documentLine(documentId, date) {
    const doc = data.documents[documentId] || {};
    const title = doc.title ? ` — ${abridge(doc.title, 90)}` : '';
    return `${date || doc.date || 'undated'} · ${documentId}${title}`;
  }

  function evidenceBlock(ev) {
    const why = [];
    if (ev.when) why.push(`when: ${ev.when}`);
    if (ev.where) why.push(`where: ${ev.where}`);
    if (ev.rule) why.push(`rule: ${ev.rule}`);
    if (ev.trigger) why.push(`trigger: “${ev.trigger}”`);
    return element('div', { className: 'evidence' },
      element('div', { className: 'source' }, documentLine(ev.document_id, ev.date)),
      element('div', { className: 'sentence' }, ev.sentence),
      why.length ? element('div', { className: 'why' }, why.join(' · ')) : null);
  }

  function typeTag(type) {
    return element('span', { className: 'tag', style: `background: ${nodeStyle(type).color}` }, type);
  }

  function nodeLink(id) {
    const n = nodeById.get(id);
    const text = n.type === 'STATEMENT' ? '“' + abridge(n.quote, 60) + '”' : n.name;
    return element('a', { className: 'jump', onclick: () => selectNode(id) }, text);
  }

  function edgeFlags(e) {
    const flags = [];
    if (e.negated) flags.push('negated (denied)');
    if (e.modality && e.modality !== 'asserted') flags.push(e.modality);
    if (e.type === 'REACTED' && e.polarity) flags.push(`polarity ${e.polarity}`);
    if (e.demand) flags.push('demand');
    if (e.former) flags.push('former');
    return flags.map((f) => element('span', { className: 'flag' }, f));
  }

  function showEdge(e) {
    const color = edgeStyle(e.type).color;
    details.replaceChildren(
      element('div', { className: 'title' }, nodeLink(e.source), ' ',
        element('span', { style: `color: ${color}` }, e.type === 'MET' ? `—${e.type}—` : `—${e.type}→`), ' ', nodeLink(e.target)),
      element('div', {}, ...edgeFlags(e)),
      element('h2', {}, `Evidence (${(e.evidence || []).length})`),
      ...(e.evidence || []).map(evidenceBlock));
  }

  function relationList(n) {
    const node = cy.getElementById(n.id);
    const list = element('ul', { className: 'relations' });
    node.connectedEdges().forEach((edge) => {
      const e = edgeById.get(edge.id());
      const outgoing = e.source === n.id;
      const other = outgoing ? e.target : e.source;
      const arrow = outgoing ? `${e.type} →` : `← ${e.type}`;
      list.append(element('li', {},
        element('a', { className: 'jump', onclick: () => selectEdge(e.id) }, arrow), ' ', nodeLink(other),
        element('span', { className: 'muted' }, ` (${(e.evidence || []).length})`)));
    });
    return list;
  }

  function showNode(n) {
    const parts = [];
    if (n.type === 'STATEMENT') {
      const incoming = data.edges.filter((e) => e.target === n.id && e.type === 'SAID');
      const outgoing = data.edges.filter((e) => e.source === n.id);
      const speakers = incoming.map((e) => nodeLink(e.source));
      parts.push(element('div', { className: 'title' }, 'Statement ', typeTag(n.type)),
        element('blockquote', {}, n.quote),
        element('div', {}, element('span', { className: 'flag' }, n.direct ? 'direct quote' : 'reported speech')),
        element('div', { className: 'muted' }, documentLine(n.document_id, n.date)));
      if (speakers.length) parts.push(element('div', {}, 'Said by ', ...speakers.flatMap((s, i) => (i ? [', ', s] : [s]))));
      for (const type of ['TOLD', 'ABOUT']) {
        const targets = outgoing.filter((e) => e.type === type).map((e) => nodeLink(e.target));
        if (targets.length) parts.push(element('div', {}, type === 'TOLD' ? 'Told ' : 'About ', ...targets.flatMap((s, i) => (i ? [', ', s] : [s]))));
      }
      parts.push(element('h2', {}, `Evidence (${(n.evidence || []).length})`), ...(n.evidence || []).map(evidenceBlock));
    } else {
      parts.push(element('div', { className: 'title' }, n.name), element('div', {}, typeTag(n.type),
        element('span', { className: 'muted' }, n.id)));
      const aliases = (n.aliases || []).filter((a) => a !== n.name);
      if (aliases.length) parts.push(element('div', {}, 'Also: ' + aliases.join(', ')));
      for (const [key, value] of Object.entries(n.attributes || {})) parts.push(element('div', { className: 'muted' }, `${key}: ${value}`));
      parts.push(element('div', { className: 'muted' },
        `${plural(n.mention_count, 'mention')} in ${plural(n.documents.length, 'document')}`));
      parts.push(element('h2', {}, 'Relations'), relationList(n));
    }
    details.replaceChildren(...parts);
  }

  function selectNode(id) {
    const node = cy.getElementById(id);
    clearHighlight();
    cy.elements().not(node.closedNeighborhood()).addClass('faded');
    node.addClass('chosen');
    showNode(nodeById.get(id));
  }

  function selectEdge(id) {
    const edge = cy.getElementById(id);
    clearHighlight();
    cy.elements().not(edge.union(edge.connectedNodes())).addClass('faded');
    edge.addClass('chosen');
    showEdge(edgeById.get(id));
  }

  cy.on('tap', 'node', (event) => selectNode(event.target.id()));
  cy.on('tap', 'edge', (event) => selectEdge(event.target.id()));
  cy.on('tap', (event) => { if (event.target === cy) clearHighlight(); });

  document.getElementById('reset').addEventListener('click', () => {
    searchBox.value = '';
    searchStatus.replaceChildren();
    dateFrom.value = '';
    dateTo.value = '';
    for (const input of document.querySelectorAll('#relation-filters input, #legend input')) input.checked = true;
    relationTypes.forEach((t) => shownRelations.add(t));
    nodeTypes.forEach((t) => shownNodeTypes.add(t));
    applyFilters();
    clearHighlight();
    details.replaceChildren(...detailsHint);
    cy.fit(undefined, 30);
  });

  updateCounts();
  // For scripts and tests driving the page.
  window.cy = cy;
  window.newsgraphView = { search, selectNode, selectEdge, applyFilters, findEntities };
  window.newsgraphReady = true;
})();
