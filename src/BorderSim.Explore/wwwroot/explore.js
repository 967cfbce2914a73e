// bordersim explore: the page's controls, runs and URL. No libraries; everything comes from this server.
'use strict';

(() => {
  const page = { scenario: null, controls: new Map(), order: [], values: new Map(), extras: [], replicates: 20, chart: 'stranded' };
  const run = { seq: 0, controller: null, started: 0, shown: null };
  // A random id for this page: its newer run cancels its older on the server.
  const pageId = (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2)).replace(/[^A-Za-z0-9-]/g, '').slice(0, 64);
  const $ = (id) => document.getElementById(id);
  let idCounter = 0;

  // ---------- state <-> URL ----------

  /** Key paths in the server's form: policies.2.end -> policies[2].end. */
  function normalizePath(path) {
    return path.trim().replace(/\[(\d+)\]/g, '.$1').split('.').filter((p) => p.length > 0)
      .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
  }

  function sameValue(control, a, b) {
    if (control.kind === 'number' || control.kind === 'whole') {
      const x = Number(a); const y = Number(b);
      if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x === y;
    }
    return a.trim() === b.trim();
  }

  /** The --set texts of the current state: every control whose value differs from the scenario's, in the file's order, then any the URL gave that no control shows. */
  function setList() {
    const list = [];
    for (const path of page.order) {
      const control = page.controls.get(path);
      const value = page.values.get(path);
      if (!sameValue(control, value, control.value)) list.push(`${path}=${value.trim()}`);
    }
    return list.concat(page.extras);
  }

  function query(includeChart) {
    const params = new URLSearchParams();
    for (const s of setList()) params.append('set', s);
    if (page.replicates !== page.scenario.defaultReplicates) params.set('replicates', String(page.replicates));
    if (includeChart && page.chart !== 'stranded') params.set('chart', page.chart);
    return params.toString();
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const text of params.getAll('set')) {
      const eq = text.indexOf('=');
      const path = eq > 0 ? normalizePath(text.slice(0, eq)) : '';
      if (path && page.controls.has(path)) {
        page.values.set(path, text.slice(eq + 1).trim());
      } else {
        page.extras.push(text);
      }
    }
    const replicates = params.get('replicates');
    if (replicates !== null) page.replicates = /^\d+$/.test(replicates) ? Number(replicates) : replicates;
    const chart = params.get('chart');
    if (chart && page.scenario.charts.some((c) => c.name === chart)) page.chart = chart;
  }

  // ---------- controls ----------

  function formatNumber(x, step) {
    const decimals = Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-9)));
    return String(Number(x.toFixed(decimals)));
  }

  function dayNumber(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : null;
  }

  function isoDay(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }

  function help(control) {
    const parts = [control.meaning];
    if (control.plausible) parts.push(`plausible ${control.plausible}`);
    if (control.limits) parts.push(`allowed ${control.limits}`);
    if (control.source && control.source !== '–') parts.push(`source: ${control.source}`);
    return parts.join(' · ');
  }

  function element(tag, attributes, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attributes || {})) {
      if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : String(v));
    }
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function buildControls() {
    const groups = $('groups');
    groups.textContent = '';
    const runGroup = page.scenario.groups.find((g) => g.id === 'run');
    for (const group of page.scenario.groups) {
      const details = element('details', { class: 'group', 'data-group': group.id, open: group.id === 'run' || group.id === 'behaviour' || group.id.startsWith('policies') });
      details.append(element('summary', {}, group.title));
      const fieldset = element('fieldset');
      fieldset.append(element('legend', {}, group.title));
      if (group.note) fieldset.append(element('p', { class: 'policy-note' }, group.note));
      if (group === runGroup) fieldset.append(replicatesControl());
      for (const control of group.controls) fieldset.append(buildControl(control, group));
      details.append(fieldset);
      groups.append(details);
    }
  }

  function replicatesControl() {
    const id = `c${++idCounter}`;
    const box = element('div', { class: 'control', 'data-path': 'replicates' });
    const row = element('div', { class: 'row' });
    row.append(element('label', { for: id, class: 'name' }, 'Replicates (runs)'));
    const input = element('input', { id, class: 'value', type: 'text', inputmode: 'numeric', 'aria-describedby': `${id}-help ${id}-error`, value: String(page.replicates) });
    input.addEventListener('change', () => {
      const n = input.value.trim();
      page.replicates = /^\d+$/.test(n) ? Number(n) : n;
      changed(performance.now());
    });
    row.append(input);
    box.append(row,
      element('p', { class: 'help', id: `${id}-help` }, `Each run is one draw of chance; the figures are the median of the runs with their 90% interval. 1 to ${page.scenario.maxReplicates}; default ${page.scenario.defaultReplicates}.`),
      element('p', { class: 'error', id: `${id}-error`, hidden: true }));
    page.replicatesInput = input;
    return box;
  }

  function buildControl(control, group) {
    const id = `c${++idCounter}`;
    const entry = { control, id, group, inputs: [] };
    page.controls.set(control.path, entry.control);
    page.order.push(control.path);
    page.values.set(control.path, control.value);
    page.entries = page.entries || new Map();
    page.entries.set(control.path, entry);
    const box = element('div', { class: 'control', 'data-path': control.path });
    entry.box = box;
    const describedBy = `${id}-help ${id}-error`;
    const row = element('div', { class: 'row' });

    if (control.kind === 'boolean') {
      const label = element('label', { class: 'switch' });
      const input = element('input', { id, type: 'checkbox', role: control.role === 'switch' ? 'switch' : null, 'aria-describedby': describedBy });
      input.addEventListener('change', () => set(control.path, input.checked ? 'true' : 'false'));
      label.append(input, document.createTextNode(control.label));
      row.append(label);
      entry.inputs.push(input);
      entry.show = (v) => { input.checked = v.trim() === 'true'; };
    } else {
      row.append(element('label', { for: id, class: 'name', id: `${id}-label` }, control.label));
      if (control.unit) row.append(element('span', { class: 'unit' }, control.unit));
      if (control.kind === 'date') {
        const input = element('input', { id, type: 'date', 'aria-describedby': describedBy });
        input.addEventListener('change', () => set(control.path, input.value));
        row.append(input);
        entry.inputs.push(input);
        entry.show = (v) => { input.value = v; };
      } else if (control.kind === 'choice') {
        const input = element('select', { id, 'aria-describedby': describedBy });
        for (const choice of control.choices) input.append(element('option', { value: choice }, choice.replace(/_/g, ' ')));
        input.addEventListener('change', () => set(control.path, input.value));
        row.append(input);
        entry.inputs.push(input);
        entry.show = (v) => { input.value = v; };
      } else {
        buildNumber(control, entry, row, id, describedBy);
      }
    }

    const reset = element('button', { type: 'button', class: 'reset', hidden: true, 'aria-label': `Reset ${control.label} to ${control.value || 'the scenario’s value'}` }, 'reset');
    reset.addEventListener('click', () => { set(control.path, control.value); entry.inputs[0].focus(); });
    row.append(reset);
    entry.reset = reset;
    box.append(row, element('p', { class: 'help', id: `${id}-help` }, help(control)), element('p', { class: 'error', id: `${id}-error`, hidden: true }));
    entry.error = box.querySelector('.error');
    entry.show(control.value);
    return box;
  }

  function buildNumber(control, entry, row, id, describedBy) {
    const slider = control.slider;
    let range = null;
    if (slider) {
      range = element('input', {
        id: `${id}-range`, type: 'range', min: slider.min, max: slider.max, step: slider.step,
        'aria-labelledby': `${id}-label`, 'aria-describedby': describedBy,
      });
      range.addEventListener('input', () => {
        const value = formatNumber(Number(range.value), slider.step);
        page.values.set(control.path, value);
        box.value = value;
        markChanged(control.path);
        pending(performance.now(), 150); // while dragging: a run once the hand rests
      });
      range.addEventListener('change', () => set(control.path, formatNumber(Number(range.value), slider.step)));
      row.append(range);
      entry.inputs.push(range);
    }
    const box = element('input', { id, class: 'value', type: 'text', inputmode: control.kind === 'whole' ? 'numeric' : 'decimal', 'aria-describedby': describedBy, autocomplete: 'off' });
    box.addEventListener('change', () => set(control.path, box.value));
    row.append(box);
    entry.inputs.unshift(box);
    entry.show = (v) => {
      box.value = v;
      if (range && v.trim() !== '' && Number.isFinite(Number(v))) range.value = v;
    };

    if (control.role === 'duration') {
      // The file gives this policy a number of days; its last day is shown (and may be set) as a date.
      const lastId = `${id}-last`;
      const last = element('input', { id: lastId, type: 'date', 'aria-describedby': describedBy });
      const lastLabel = element('label', { for: lastId, class: 'unit' }, 'last day');
      last.addEventListener('change', () => {
        const start = dayNumber(page.values.get(control.path.replace(/duration_days$/, 'start')));
        const end = dayNumber(last.value);
        if (start !== null && end !== null) set(control.path, String(end - start + 1));
      });
      row.append(lastLabel, last);
      entry.inputs.push(last);
      const show = entry.show;
      entry.show = (v) => {
        show(v);
        const start = dayNumber(page.values.get(control.path.replace(/duration_days$/, 'start')));
        last.value = start !== null && /^\d+$/.test(v.trim()) ? isoDay(start + Number(v) - 1) : '';
      };
    }
  }

  function set(path, value) {
    page.values.set(path, value);
    showValue(path);
    if (/\.start$/.test(path)) showValue(path.replace(/start$/, 'duration_days'));
    changed(performance.now());
  }

  function showValue(path) {
    const entry = page.entries.get(path);
    if (!entry) return;
    entry.show(page.values.get(path));
    markChanged(path);
  }

  function markChanged(path) {
    const entry = page.entries.get(path);
    const differs = !sameValue(entry.control, page.values.get(path), entry.control.value);
    entry.box.classList.toggle('changed', differs);
    entry.reset.hidden = !differs;
  }

  function filterControls() {
    const words = $('filter').value.toLowerCase().split(/\s+/).filter((w) => w);
    for (const details of document.querySelectorAll('details.group')) {
      let any = false;
      for (const box of details.querySelectorAll('.control')) {
        const text = box.textContent.toLowerCase() + ' ' + (box.dataset.path || '');
        const match = words.every((w) => text.includes(w.replace(/ /g, '_')) || text.includes(w));
        box.hidden = !match;
        any = any || match;
      }
      details.hidden = !any;
      if (words.length && any) details.open = true;
    }
  }

  // ---------- runs ----------

  let debounce = null;

  function pending(started, delay) {
    clearTimeout(debounce);
    markBusy();
    debounce = setTimeout(() => changed(started), delay);
  }

  function changed(started) {
    clearTimeout(debounce);
    const q = query(true);
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
    showChanges();
    send(started);
  }

  function markBusy() {
    $('results').setAttribute('aria-busy', 'true');
    $('results').dataset.state = 'updating';
    $('status').textContent = 'Updating for the new values…';
  }

  function send(started) {
    if (run.controller) run.controller.abort();
    const controller = new AbortController();
    run.controller = controller;
    const seq = ++run.seq;
    const set = setList();
    const replicates = page.replicates;
    markBusy();
    const params = new URLSearchParams();
    for (const s of set) params.append('set', s);
    params.set('replicates', String(replicates));
    params.set('chart', page.chart);
    fetch(`/api/run?${params}`, { headers: { 'X-Explore-Page': pageId }, signal: controller.signal, cache: 'no-store' })
      .then(async (response) => ({ status: response.status, body: await response.json() }))
      .then(({ status, body }) => {
        if (seq !== run.seq) return; // a newer change is on its way
        // The server cancels a page's older request when a newer one arrives, by arrival: when requests overtake each
        // other on the way, the page's newest can be the one cancelled (409). Ask again: it is then the newest to arrive.
        if (status === 409) { send(started); return; }
        if (status === 200) {
          if (sameState(body, set, replicates)) show(body, started, seq);
        } else if (status === 400) showProblems(body);
        else failure(body && body.message ? body.message : `the server answered ${status}`);
      })
      .catch((e) => {
        if (e.name === 'AbortError' || seq !== run.seq) return;
        failure(`cannot reach bordersim explore (${e.message}): is it still running? Start it again and reload the page.`);
      });
  }

  /** Whether an answer is for what the controls say now: the page never shows the result of other values. */
  function sameState(body, set, replicates) {
    const current = setList();
    return Array.isArray(body.set) && body.set.length === current.length && body.set.every((s, i) => s === current[i])
      && set.length === current.length && String(replicates) === String(page.replicates)
      && (body.replicates === undefined || body.replicates === 0 || String(body.replicates) === String(page.replicates));
  }

  function show(body, started, seq) {
    clearErrors();
    const results = $('results');
    results.classList.remove('invalid');
    $('problems').hidden = true;
    drawChart(body.chart);
    drawFigures(body);
    $('peak-dates').textContent = body.peakDates || '';
    $('command').textContent = body.command;
    const q = query(false);
    const download = $('download');
    download.href = `/api/download${q ? `?${q}` : ''}`;
    download.removeAttribute('aria-disabled');
    requestAnimationFrame(() => {
      const elapsed = Math.round(performance.now() - started);
      results.dataset.latencyMs = String(elapsed);
      results.dataset.state = 'current';
      results.dataset.query = q;
      results.dataset.version = String(seq); // tests wait for this: the answer to the newest change is drawn
      results.setAttribute('aria-busy', 'false');
      const peak = body.figures[0];
      $('status').textContent = `Updated in ${elapsed} ms: ${body.replicates} runs, seed ${body.seed}, tick ${body.tick}. ${peak.label}: ${peak.value.medianText}` +
        (body.overrides.length ? ` (unmodified ${peak.unmodified.medianText}).` : '.');
      $('headline').textContent = `${peak.label}: ${peak.value.medianText}` + (body.overrides.length ? ` (was ${peak.unmodified.medianText})` : '');
    });
  }

  function drawChart(chart) {
    const svg = new DOMParser().parseFromString(chart.svg, 'image/svg+xml').documentElement;
    const target = $('chart');
    if (svg.nodeName.toLowerCase() !== 'svg') {
      target.textContent = 'The chart could not be read.';
      return;
    }
    target.replaceChildren(document.importNode(svg, true));
    target.dataset.chart = chart.name;
    const definition = page.scenario.charts.find((c) => c.name === chart.name);
    $('chart-caption').textContent = definition ? definition.caption : '';
  }

  function drawFigures(body) {
    const tbody = $('figures').querySelector('tbody');
    tbody.textContent = '';
    $('figures-caption').textContent = `Key figures: the median of ${body.replicates} runs with the 90% interval of the runs; beside each, the unmodified scenario and the difference of the medians.`;
    for (const [i, f] of body.figures.entries()) {
      const tr = element('tr', {
        'data-figure': f.name, 'data-text': f.value.text, 'data-unmodified': f.unmodified.text,
        'data-median': f.value.median, 'data-p5': f.value.p5, 'data-p95': f.value.p95, class: i < 2 ? 'headline-row' : null });
      tr.append(element('th', { scope: 'row' }, `${f.label}`));
      const value = element('td', {}, f.value.medianText);
      value.append(element('span', { class: 'interval' }, `90%: ${f.value.intervalText} ${f.unit}`));
      const unmodified = element('td', {}, f.unmodified.medianText);
      unmodified.append(element('span', { class: 'interval' }, `90%: ${f.unmodified.intervalText}`));
      const diff = element('td', { class: f.difference > 0 ? 'diff-up' : f.difference < 0 ? 'diff-down' : null }, f.differenceText);
      tr.append(value, unmodified, diff);
      tbody.append(tr);
    }
  }

  function clearErrors() {
    for (const entry of page.entries.values()) {
      entry.error.hidden = true;
      entry.error.textContent = '';
      entry.box.classList.remove('invalid');
      for (const input of entry.inputs) input.removeAttribute('aria-invalid');
    }
    const replicates = page.replicatesInput;
    replicates.removeAttribute('aria-invalid');
    replicates.closest('.control').querySelector('.error').hidden = true;
  }

  function showProblems(body) {
    clearErrors();
    const results = $('results');
    results.classList.add('invalid');
    results.setAttribute('aria-busy', 'false');
    results.dataset.state = 'invalid';
    const problems = $('problems');
    problems.textContent = '';
    problems.append(element('p', {}, `${body.message} The chart and figures are hidden until the values marked in the controls are fixed:`));
    const list = element('ul');
    const errors = body.errors && body.errors.length ? body.errors : [{ path: 'replicates', message: body.message, text: body.message }];
    for (const error of errors) {
      const item = element('li');
      item.append(element('code', {}, error.text));
      list.append(item);
      const entry = page.entries.get(error.path) || (error.path && page.entries.get(error.path.replace(/\.end$/, '.duration_days')));
      if (entry) {
        entry.error.textContent = error.message;
        entry.error.hidden = false;
        entry.box.classList.add('invalid');
        for (const input of entry.inputs) input.setAttribute('aria-invalid', 'true');
        entry.box.closest('details').open = true;
      } else if (error.path === 'replicates' || /^replicates/.test(body.message)) {
        const box = page.replicatesInput.closest('.control');
        box.querySelector('.error').textContent = body.message;
        box.querySelector('.error').hidden = false;
        page.replicatesInput.setAttribute('aria-invalid', 'true');
      }
    }
    problems.append(list);
    problems.hidden = false;
    $('status').textContent = 'Not run: the values marked below are not valid.';
    $('download').setAttribute('aria-disabled', 'true');
    $('headline').textContent = 'Not run: fix the value marked in red.';
  }

  function failure(message) {
    const results = $('results');
    results.classList.add('invalid');
    results.setAttribute('aria-busy', 'false');
    results.dataset.state = 'failed';
    const problems = $('problems');
    problems.textContent = '';
    problems.append(element('p', {}, message));
    problems.hidden = false;
    $('status').textContent = 'Not run.';
  }

  function showChanges() {
    const list = setList();
    const lines = $('set-lines');
    lines.textContent = list.map((s) => `--set '${s}'`).join('\n');
    lines.hidden = list.length === 0;
    $('no-changes').hidden = list.length > 0;
    $('share').value = location.href;
    const unchanged = `bordersim run ${page.scenario.file} --replicates ${page.replicates}`;
    if (!list.length) $('command').textContent = unchanged;
  }

  // ---------- tabs ----------

  function buildTabs() {
    const tabs = $('chart-tabs');
    for (const chart of page.scenario.charts) {
      const button = element('button', { type: 'button', role: 'tab', id: `tab-${chart.name}`, 'aria-controls': 'chart-panel', 'data-chart': chart.name }, chart.title);
      button.addEventListener('click', () => selectChart(chart.name, true));
      button.addEventListener('keydown', (e) => {
        const names = page.scenario.charts.map((c) => c.name);
        const i = names.indexOf(chart.name);
        const next = e.key === 'ArrowRight' ? names[(i + 1) % names.length] : e.key === 'ArrowLeft' ? names[(i + names.length - 1) % names.length] : null;
        if (next) { e.preventDefault(); selectChart(next, true); $(`tab-${next}`).focus(); }
      });
      tabs.append(button);
    }
    selectChart(page.chart, false);
  }

  function selectChart(name, runNow) {
    page.chart = name;
    for (const button of document.querySelectorAll('#chart-tabs button')) {
      const selected = button.dataset.chart === name;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    $('chart-panel').setAttribute('aria-labelledby', `tab-${name}`);
    if (runNow) changed(performance.now());
  }

  // ---------- start ----------

  async function start() {
    const response = await fetch('/api/scenario', { cache: 'no-store' });
    page.scenario = await response.json();
    page.replicates = page.scenario.defaultReplicates;
    $('scenario-name').textContent = page.scenario.name;
    $('scenario-file').textContent = `${page.scenario.file} · seed ${page.scenario.seed} · tick ${page.scenario.tick} · ${page.scenario.windowStart} to ${page.scenario.windowEnd}`;
    $('scenario-description').textContent = page.scenario.description;
    $('ranges-origin').textContent = `Ranges from ${page.scenario.rangesOrigin}.`;
    $('download-help').textContent = `Keep the downloaded file in the folder of ${page.scenario.file}: its observations path is relative to the file.`;
    document.title = `BorderSim explore: ${page.scenario.name}`;
    buildControls();
    readUrl();
    for (const path of page.order) showValue(path);
    page.replicatesInput.value = String(page.replicates);
    buildTabs();
    $('filter').addEventListener('input', filterControls);
    $('controls').addEventListener('submit', (e) => e.preventDefault());
    $('reset-all').addEventListener('click', () => {
      page.extras = [];
      for (const path of page.order) { page.values.set(path, page.controls.get(path).value); showValue(path); }
      page.replicates = page.scenario.defaultReplicates;
      page.replicatesInput.value = String(page.replicates);
      changed(performance.now());
    });
    $('copy').addEventListener('click', async () => {
      const share = $('share');
      share.select();
      try { await navigator.clipboard.writeText(share.value); $('copy').textContent = 'Copied'; } catch { $('copy').textContent = 'Select and copy'; }
      setTimeout(() => { $('copy').textContent = 'Copy link'; }, 2000);
    });
    document.body.dataset.ready = 'true';
    changed(performance.now());
  }

  start().catch((e) => failure(`the page could not load the scenario (${e.message}): is bordersim explore still running?`));
})();
