// The platform's behaviour on every page (Platform's README, "The design system"). No inline script anywhere: the
// content security policy allows scripts from this origin only. Each part works on what the server rendered and
// degrades to plain HTML without JavaScript.
(function () {
  'use strict';
  var doc = document;
  var zh = (doc.documentElement.lang || '').indexOf('zh') === 0;
  function each(selector, fn, root) { Array.prototype.forEach.call((root || doc).querySelectorAll(selector), fn); }
  function text(key) { var el = doc.getElementById('ui-text'); return el ? el.getAttribute('data-' + key) || '' : ''; }

  // Tabs: the tab named by the address (#claims) or the last one used on this page opens; a form that failed opens its own.
  function showTab(paneId) {
    var trigger = doc.querySelector('[data-bs-toggle="tab"][data-bs-target="#' + paneId + '"]');
    if (trigger && window.bootstrap) { window.bootstrap.Tab.getOrCreateInstance(trigger).show(); return true; }
    return false;
  }
  function revealPane(el) {
    var pane = el.closest('.tab-pane');
    if (pane) { showTab(pane.id); }
  }
  each('[data-bs-toggle="tab"]', function (trigger) {
    trigger.addEventListener('shown.bs.tab', function () {
      var id = trigger.getAttribute('data-bs-target').substring(1);
      try { sessionStorage.setItem('tab:' + location.pathname, id); } catch (e) { /* private mode */ }
      history.replaceState(null, '', '#' + id);
      each('.chart', function (c) { if (c._chart) { c._chart.resize(); } }, doc.getElementById(id));
    });
  });
  function openFromAddress() {
    var id = location.hash.substring(1);
    if (!id) { return false; }
    if (showTab(id)) { return true; }
    var target = doc.getElementById(id); // something inside a tab (#register on the creditors' page)
    if (target) { revealPane(target); }
    return !!target;
  }
  if (!openFromAddress()) {
    try { var last = sessionStorage.getItem('tab:' + location.pathname); if (last) { showTab(last); } } catch (e) { /* private mode */ }
  }

  // Field errors from the server's problem details, next to their fields, in the form that was sent.
  var errorsEl = doc.getElementById('field-errors');
  if (errorsEl) {
    var errors = JSON.parse(errorsEl.textContent || '{}');
    var handler = errorsEl.getAttribute('data-handler') || '';
    var forms = Array.prototype.filter.call(doc.querySelectorAll('form[method="post"]'), function (f) {
      var action = (f.getAttribute('action') || '').toLowerCase();
      var m = /[?&]handler=([^&]+)/.exec(action);
      return (m ? decodeURIComponent(m[1]) : '') === handler.toLowerCase() && !f.closest('header');
    });
    var form = null;
    Object.keys(errors).forEach(function (key) {
      forms.some(function (f) {
        var field = Array.prototype.find.call(f.elements, function (el) { return el.name && el.name.toLowerCase() === key.toLowerCase() && el.type !== 'hidden'; });
        if (!field) { return false; }
        form = form || f;
        field.classList.add('is-invalid');
        field.setAttribute('aria-invalid', 'true');
        var feedback = doc.createElement('div');
        feedback.className = 'invalid-feedback d-block';
        feedback.id = (field.id || field.name.replace(/\W/g, '-')) + '-error';
        feedback.textContent = errors[key].join(' ');
        (field.closest('.input-group') || field).insertAdjacentElement('afterend', feedback);
        field.setAttribute('aria-describedby', feedback.id);
        return true;
      });
    });
    form = form || (forms.length === 1 ? forms[0] : null);
    if (form) {
      revealPane(form);
      var modal = form.closest('.modal');
      if (modal && window.bootstrap) { window.bootstrap.Modal.getOrCreateInstance(modal).show(); }
    }
  }

  // Irreversible steps ask first: <form data-confirm="…">.
  var dialog = doc.getElementById('confirm-dialog');
  each('form[data-confirm]', function (form) {
    form.addEventListener('submit', function (event) {
      if (form._confirmed || !dialog || !window.bootstrap) { return; }
      event.preventDefault();
      dialog.querySelector('.modal-body').textContent = form.getAttribute('data-confirm');
      var modal = window.bootstrap.Modal.getOrCreateInstance(dialog);
      dialog.querySelector('[data-confirm-ok]').onclick = function () { form._confirmed = true; modal.hide(); form.requestSubmit(); };
      modal.show();
    });
  });

  // Success shows as a toast.
  each('.toast[data-autoshow]', function (el) { if (window.bootstrap) { window.bootstrap.Toast.getOrCreateInstance(el).show(); } });

  // Print buttons.
  each('[data-print]', function (b) { b.addEventListener('click', function () { window.print(); }); });

  // On a phone a table is a list of cards: each cell says which column it is.
  // The roles are set explicitly so a table shown as cards (display: block) stays a table to screen readers.
  each('table.table-cards', function (table) {
    table.setAttribute('role', 'table');
    each('thead, tbody', function (g) { g.setAttribute('role', 'rowgroup'); }, table);
    each('tr', function (r) { r.setAttribute('role', 'row'); }, table);
    each('thead th', function (c) { c.setAttribute('role', 'columnheader'); }, table);
    each('tbody th', function (c) { c.setAttribute('role', 'rowheader'); }, table);
    each('td', function (c) { c.setAttribute('role', 'cell'); }, table);
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
    each('tbody tr', function (row) {
      Array.prototype.forEach.call(row.children, function (cell, i) { if (heads[i] && !cell.hasAttribute('colspan')) { cell.setAttribute('data-label', heads[i]); } });
    }, table);
  });

  // Date fields are typed as yyyy-MM-dd; the button beside opens the browser's own calendar.
  each('input[data-date]', function (input) {
    if (input.type === 'hidden' || input.readOnly) { return; }
    var picker = doc.createElement('input');
    picker.type = 'date';
    picker.tabIndex = -1;
    picker.className = 'date-picker-native';
    picker.setAttribute('aria-hidden', 'true');
    var button = doc.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-outline-secondary date-picker';
    // A convenience for the mouse: the keyboard and screen readers type the date, so the button stays out of their way.
    button.tabIndex = -1;
    button.setAttribute('aria-hidden', 'true');
    button.title = text('pick-date');
    button.innerHTML = '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path fill="currentColor" d="M4 0h1v2h6V0h1v2h2a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1h2zM2 6v9h12V6zm1 1h2v2H3zm4 0h2v2H7zm4 0h2v2h-2zM3 11h2v2H3zm4 0h2v2H7z"/></svg>';
    button.addEventListener('click', function () {
      picker.value = /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? input.value : '';
      if (picker.showPicker) { try { picker.showPicker(); return; } catch (e) { /* not allowed: type instead */ } }
      input.focus();
    });
    picker.addEventListener('change', function () { input.value = picker.value; input.dispatchEvent(new Event('input', { bubbles: true })); });
    var group = doc.createElement('div');
    group.className = 'input-group date-group' + (input.classList.contains('form-control-sm') ? ' input-group-sm' : '');
    input.parentNode.insertBefore(group, input);
    group.appendChild(input);
    group.appendChild(button);
    group.appendChild(picker);
  });

  // Client-side hints that mirror the server (which stays the judge): a date not before another (data-not-before).
  each('input[data-not-before]', function (input) {
    var earliest = input.getAttribute('data-not-before');
    if (!earliest) { return; }
    input.setAttribute('title', text('not-before') + ' ' + earliest);
    input.addEventListener('input', function () {
      input.setCustomValidity(/^\d{4}-\d{2}-\d{2}$/.test(input.value) && input.value < earliest ? text('not-before') + ' ' + earliest : '');
    });
  });

  // Fields that only some choices need (data-show-when: the choosing select; data-show-for: the values, by prefix) are
  // hidden and disabled otherwise, so the form sends only what the chosen step takes.
  each('[data-show-when]', function (part) {
    var chooser = doc.querySelector(part.getAttribute('data-show-when'));
    if (!chooser) { return; }
    var values = part.getAttribute('data-show-for').split(' ');
    function apply() {
      var shown = values.some(function (v) { return chooser.value.indexOf(v) === 0; });
      part.hidden = !shown;
      part.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !shown; });
    }
    chooser.addEventListener('change', apply);
    apply();
  });

  // A dialog opened by a button that names a choice (data-field, data-value) opens with that choice made.
  each('.modal', function (modal) {
    modal.addEventListener('show.bs.modal', function (event) {
      var trigger = event.relatedTarget;
      if (!trigger || !trigger.hasAttribute('data-field')) { return; }
      var field = modal.querySelector('#' + trigger.getAttribute('data-field'));
      if (field) { field.value = trigger.getAttribute('data-value'); field.dispatchEvent(new Event('change', { bubbles: true })); }
    });
  });

  // Charts: ECharts (loaded only on a page that has a chart) draws what the table beside says.
  var palette = ['#9f1d20', '#1d4ed8', '#b45309', '#047857', '#6d28d9', '#0e7490', '#be185d', '#4b5563'];
  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    var unit = data.unit || '';
    var pie = data.kind === 'Pie';
    var option = {
      color: palette,
      textStyle: { fontFamily: getComputedStyle(doc.body).fontFamily },
      tooltip: { trigger: pie ? 'item' : 'axis', valueFormatter: function (v) { return v == null ? '—' : v + unit; } },
      legend: { show: data.series.length > 1 || pie, bottom: 0, type: 'scroll' },
      animation: false,
      aria: { enabled: true },
    };
    if (pie) {
      option.series = [{ type: 'pie', radius: ['35%', '62%'], name: data.series[0].name, label: { formatter: '{b}: {c}' },
        data: data.categories.map(function (c, i) { return { name: c, value: data.series[0].values[i] }; }) }];
    } else {
      option.grid = { left: 8, right: 16, top: 16, bottom: data.series.length > 1 ? 40 : 8, containLabel: true };
      option.xAxis = { type: 'category', data: data.categories, axisLabel: { interval: 0, hideOverlap: true } };
      option.yAxis = { type: 'value', minInterval: 1, axisLabel: { formatter: '{value}' + unit } };
      option.series = data.series.map(function (s) {
        return { type: data.kind === 'Line' ? 'line' : 'bar', name: s.name, data: s.values, stack: data.kind === 'StackedBar' ? 'all' : undefined, barMaxWidth: 36 };
      });
    }
    el._chart = window.echarts.init(el, null, { renderer: 'svg', locale: zh ? 'ZH' : 'EN' });
    el._chart.setOption(option);
    el.setAttribute('data-drawn', '');
    if (window.ResizeObserver) { new ResizeObserver(function () { el._chart.resize(); }).observe(el); }
  }
  var charts = doc.querySelectorAll('.chart[data-chart]');
  var self = doc.querySelector('script[data-echarts]');
  if (charts.length && self) {
    var lib = doc.createElement('script');
    lib.src = self.getAttribute('data-echarts');
    lib.onload = function () { Array.prototype.forEach.call(charts, draw); };
    doc.head.appendChild(lib);
  }
})();
