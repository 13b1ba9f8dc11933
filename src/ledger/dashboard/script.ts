// The dashboard's browser script, served as /dashboard.js (plain ES2017, no dependencies). Data
// goes into the page with textContent and SVG attributes only, never as HTML.
export const DASHBOARD_SCRIPT = `'use strict';
(function () {
  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 720, HEIGHT = 260, LEFT = 44, RIGHT = 12, TOP = 12, BOTTOM = 28;
  var form = document.getElementById('login');
  var status = document.getElementById('status');
  var token = sessionStorage.getItem('consentry-ledger-token') || '';

  function element(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, String(attributes[key])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function html(name, text, className) {
    var node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  async function api(path) {
    var response = await fetch(path, { headers: { Authorization: 'Bearer ' + token } });
    var body = await response.json();
    if (!response.ok) throw new Error(body.error || 'HTTP ' + response.status);
    return body;
  }

  function drawChart(buckets) {
    var chart = document.getElementById('chart');
    var legend = document.getElementById('legend');
    chart.replaceChildren();
    legend.replaceChildren();
    var names = [];
    buckets.forEach(function (bucket) {
      Object.keys(bucket.categories).forEach(function (name) {
        if (names.indexOf(name) < 0 && name !== 'necessary') names.push(name);
      });
    });
    var svg = element('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img', 'aria-label': 'Grant rate per category over time' });
    var plotWidth = WIDTH - LEFT - RIGHT, plotHeight = HEIGHT - TOP - BOTTOM;
    var x = function (i) { return LEFT + (buckets.length < 2 ? plotWidth / 2 : (i * plotWidth) / (buckets.length - 1)); };
    var y = function (rate) { return TOP + plotHeight * (1 - rate); };
    [0, 0.25, 0.5, 0.75, 1].forEach(function (rate) {
      svg.appendChild(element('line', { x1: LEFT, x2: WIDTH - RIGHT, y1: y(rate), y2: y(rate), class: 'grid' }));
      svg.appendChild(element('text', { x: LEFT - 6, y: y(rate) + 4, 'text-anchor': 'end', class: 'axis' }, Math.round(rate * 100) + '%'));
    });
    var lines = svg.appendChild(element('g', {}));
    var dots = svg.appendChild(element('g', {}));
    var step = Math.max(1, Math.ceil(buckets.length / 8));
    buckets.forEach(function (bucket, i) {
      if (i % step !== 0) return;
      svg.appendChild(element('text', { x: x(i), y: HEIGHT - 8, 'text-anchor': 'middle', class: 'axis' }, bucket.start.slice(5, 10)));
    });
    names.forEach(function (name, index) {
      var colour = 'c' + (index % 6);
      var points = [];
      buckets.forEach(function (bucket, i) {
        var counts = bucket.categories[name];
        if (!counts || counts.total === 0) return;
        var rate = counts.granted / counts.total;
        points.push(x(i) + ',' + y(rate));
        var dot = element('circle', { cx: x(i), cy: y(rate), r: 3.5, class: colour });
        dot.appendChild(element('title', {}, name + ' ' + bucket.start.slice(0, 10) + ': ' + Math.round(rate * 100) + '% of ' + counts.total));
        dots.appendChild(dot);
      });
      lines.appendChild(element('polyline', { points: points.join(' '), class: 'series ' + colour }));
      var item = html('li', undefined);
      item.appendChild(html('span', undefined, colour));
      item.appendChild(document.createTextNode(name));
      legend.appendChild(item);
    });
    chart.appendChild(svg);
  }

  function fillTable(records) {
    var body = document.getElementById('latest');
    body.replaceChildren();
    records.forEach(function (record) {
      var names = Object.keys(record.categories);
      var row = document.createElement('tr');
      row.appendChild(html('td', record.timestamp.replace('T', ' ').slice(0, 16), 'nowrap'));
      row.appendChild(html('td', record.id, 'id'));
      row.appendChild(html('td', record.method, 'nowrap'));
      row.appendChild(html('td', names.filter(function (n) { return record.categories[n]; }).join(', ')));
      row.appendChild(html('td', names.filter(function (n) { return !record.categories[n]; }).join(', ')));
      row.appendChild(html('td', record.language));
      body.appendChild(row);
    });
  }

  async function load() {
    var days = Number(document.getElementById('days').value);
    var from = new Date(Date.now() - days * 86400000).toISOString();
    say('Loading…');
    try {
      var results = await Promise.all([api('stats?interval=day&from=' + encodeURIComponent(from)), api('consent?limit=15')]);
      var total = results[0].buckets.reduce(function (sum, bucket) { return sum + bucket.decisions; }, 0);
      drawChart(results[0].buckets);
      fillTable(results[1].records);
      document.getElementById('content').hidden = false;
      say(total + ' decisions in the last ' + days + ' days.');
    } catch (error) {
      say('Could not load: ' + error.message, true);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    token = document.getElementById('token').value;
    sessionStorage.setItem('consentry-ledger-token', token);
    load();
  });
  if (token) load();
})();
`
