// The control plan editor: the plan's texts and its appendix as one table of section rows and task rows. Rows are
// added, removed and moved with buttons or the keyboard (Alt+↑/↓ move the row being edited — a section moves with
// its tasks —, Alt+Enter adds a task below, Alt+Delete removes the row). Saving sends the plan to the REST API
// (POST a new plan, PUT with If-Match an existing one) and shows the refusals beside the fields.
(function () {
  'use strict';

  var editor = document.getElementById('plan-editor');
  if (!editor) {
    return;
  }
  var planId = editor.getAttribute('data-plan-id');
  var agency = editor.getAttribute('data-agency');
  var year = parseInt(editor.getAttribute('data-year'), 10);
  var version = null;
  var replaces = null;
  var tbody = document.querySelector('#plan-table tbody');
  var errorsBox = document.getElementById('plan-errors');
  var status = document.getElementById('save-status');

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { e.appendChild(c); });
    return e;
  }

  function field(tag, cls, value, label, extra) {
    var f = el(tag, Object.assign({ 'class': cls, 'aria-label': label }, extra || {}));
    if (tag === 'textarea') { f.rows = 2; }
    f.value = value == null ? '' : value;
    return f;
  }

  function buttons(kind) {
    var td = el('td', { 'class': 'row-actions' });
    if (kind === 'section') {
      td.appendChild(el('button', { type: 'button', 'class': 'add-task', text: '+ Nhiệm vụ', 'aria-label': 'Thêm nhiệm vụ vào mục' }));
    }
    td.appendChild(el('button', { type: 'button', 'class': 'up', text: '↑', 'aria-label': 'Chuyển lên' }));
    td.appendChild(el('button', { type: 'button', 'class': 'down', text: '↓', 'aria-label': 'Chuyển xuống' }));
    td.appendChild(el('button', { type: 'button', 'class': 'remove', text: '✕', 'aria-label': 'Xoá dòng' }));
    return td;
  }

  function sectionRow(s) {
    var tr = el('tr', { 'class': 'section-row' });
    if (s.id) { tr.dataset.id = s.id; }
    var title = el('td', { colspan: '6' }, [field('input', 's-title', s.title, 'Tên mục')]);
    tr.appendChild(el('td', {}, [field('input', 's-number', s.number, 'Số mục', { size: '4' })]));
    tr.appendChild(title);
    tr.appendChild(buttons('section'));
    return tr;
  }

  function taskRow(t) {
    var tr = el('tr', { 'class': 'task-row' });
    if (t.id) { tr.dataset.id = t.id; }
    tr.appendChild(el('td', { 'class': 't-number' }));
    tr.appendChild(el('td', {}, [field('textarea', 't-content', t.content, 'Nội dung công việc')]));
    tr.appendChild(el('td', {}, [field('input', 't-lead', t.leadUnit, 'Đơn vị chủ trì', { list: 'units' })]));
    tr.appendChild(el('td', {}, [field('input', 't-coord', (t.coordinatingUnits || []).join('; '),
        'Đơn vị phối hợp (ngăn bằng ;)', { list: 'units' })]));
    tr.appendChild(el('td', {}, [field('textarea', 't-result', t.expectedResult, 'Kết quả, sản phẩm')]));
    tr.appendChild(el('td', {}, [field('input', 't-time', t.timeFrame, 'Thời gian thực hiện')]));
    tr.appendChild(el('td', {}, [field('input', 't-note', t.note, 'Ghi chú')]));
    tr.appendChild(buttons('task'));
    return tr;
  }

  function renumber() {
    var n = 0;
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      if (tr.classList.contains('section-row')) {
        n = 0;
      } else {
        n++;
        tr.querySelector('.t-number').textContent = String(n);
      }
    });
  }

  /** A section row and its task rows. */
  function block(sectionTr) {
    var rows = [sectionTr];
    var next = sectionTr.nextElementSibling;
    while (next && next.classList.contains('task-row')) {
      rows.push(next);
      next = next.nextElementSibling;
    }
    return rows;
  }

  function previousSection(tr) {
    var p = tr.previousElementSibling;
    while (p && !p.classList.contains('section-row')) { p = p.previousElementSibling; }
    return p;
  }

  function move(tr, up) {
    var focused = document.activeElement;
    if (tr.classList.contains('task-row')) {
      if (up) {
        var prev = tr.previousElementSibling;
        if (prev && (prev.classList.contains('task-row') || previousSection(prev))) {
          tbody.insertBefore(tr, prev);
        }
      } else {
        var next = tr.nextElementSibling;
        if (next) { tbody.insertBefore(next, tr); }
      }
    } else {
      var rows = block(tr);
      if (up) {
        var before = previousSection(tr);
        if (before) { rows.forEach(function (r) { tbody.insertBefore(r, before); }); }
      } else {
        var after = rows[rows.length - 1].nextElementSibling;
        if (after) {
          var other = block(after);
          var anchor = other[other.length - 1].nextElementSibling;
          rows.forEach(function (r) { tbody.insertBefore(r, anchor); });
        }
      }
    }
    renumber();
    if (focused && focused.focus) { focused.focus(); }
  }

  function remove(tr) {
    var target = tr.nextElementSibling || tr.previousElementSibling;
    if (tr.classList.contains('section-row')) {
      var rows = block(tr);
      target = rows[rows.length - 1].nextElementSibling || tr.previousElementSibling;
      rows.forEach(function (r) { r.remove(); });
    } else {
      tr.remove();
    }
    renumber();
    if (target) {
      var f = target.querySelector('textarea, input');
      if (f) { f.focus(); }
    } else {
      document.getElementById('add-section').focus();
    }
  }

  function addTaskAfter(tr) {
    var row = taskRow({});
    tbody.insertBefore(row, tr.nextElementSibling);
    renumber();
    row.querySelector('.t-content').focus();
    return row;
  }

  function nextSectionNumber() {
    var roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV',
      'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
    var count = tbody.querySelectorAll('.section-row').length;
    return roman[count] || String(count + 1);
  }

  tbody.addEventListener('click', function (e) {
    var b = e.target.closest('button');
    if (!b) { return; }
    var tr = b.closest('tr');
    if (b.classList.contains('up')) { move(tr, true); b.focus(); }
    else if (b.classList.contains('down')) { move(tr, false); b.focus(); }
    else if (b.classList.contains('remove')) { remove(tr); }
    else if (b.classList.contains('add-task')) { var rows = block(tr); addTaskAfter(rows[rows.length - 1]); }
  });

  tbody.addEventListener('keydown', function (e) {
    var tr = e.target.closest('tr');
    if (!tr || !e.altKey) { return; }
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      move(tr, e.key === 'ArrowUp');
    } else if (e.key === 'Enter') {
      e.preventDefault();
      addTaskAfter(tr.classList.contains('section-row') ? tr : tr);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      remove(tr);
    }
  });

  document.getElementById('add-section').addEventListener('click', function () {
    var row = sectionRow({ number: nextSectionNumber(), title: '' });
    tbody.appendChild(row);
    row.querySelector('.s-title').focus();
  });

  document.getElementById('add-task').addEventListener('click', function () {
    if (!tbody.querySelector('.section-row')) {
      tbody.appendChild(sectionRow({ number: nextSectionNumber(), title: '' }));
    }
    addTaskAfter(tbody.lastElementChild);
  });

  function lines(id) {
    return document.getElementById(id).value.split('\n').map(function (s) { return s.trim(); })
        .filter(function (s) { return s.length > 0; });
  }

  function blankToNull(v) {
    v = (v || '').trim();
    return v.length ? v : null;
  }

  function isoDate(text) {
    var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text || '').trim());
    if (!m) { return (text || '').trim() ? 'invalid' : null; }
    return m[3] + '-' + ('0' + m[2]).slice(-2) + '-' + ('0' + m[1]).slice(-2);
  }

  function collect() {
    var sections = [];
    var current = null;
    Array.prototype.forEach.call(tbody.rows, function (tr) {
      if (tr.classList.contains('section-row')) {
        current = { id: tr.dataset.id ? Number(tr.dataset.id) : null, number: tr.querySelector('.s-number').value.trim(),
          title: tr.querySelector('.s-title').value.trim(), tasks: [] };
        sections.push(current);
      } else if (current) {
        current.tasks.push({ id: tr.dataset.id ? Number(tr.dataset.id) : null,
          content: tr.querySelector('.t-content').value.trim(),
          leadUnit: blankToNull(tr.querySelector('.t-lead').value),
          coordinatingUnits: tr.querySelector('.t-coord').value.split(';').map(function (s) { return s.trim(); })
              .filter(function (s) { return s.length; }),
          expectedResult: blankToNull(tr.querySelector('.t-result').value),
          timeFrame: tr.querySelector('.t-time').value.trim(),
          note: blankToNull(tr.querySelector('.t-note').value) });
      }
    });
    var issued = isoDate(document.getElementById('p-issuedOn').value);
    return {
      agencyCode: agency, year: year,
      number: document.getElementById('p-number').value.trim(),
      issuedOn: issued === 'invalid' ? null : issued,
      title: document.getElementById('p-title').value.trim(),
      signer: blankToNull(document.getElementById('p-signer').value),
      signerTitle: blankToNull(document.getElementById('p-signerTitle').value),
      basis: lines('p-basis'), purpose: lines('p-purpose'), requirements: lines('p-requirements'),
      organisation: lines('p-organisation'),
      replacesPlanId: document.getElementById('p-replaces').value ? Number(document.getElementById('p-replaces').value) : null,
      sections: sections
    };
  }

  /** The element a problem's field names: "sections[1].tasks[0].timeFrame", "number", … */
  function elementFor(name) {
    var m = /^sections\[(\d+)\](?:\.tasks\[(\d+)\])?\.?(\w*)/.exec(name);
    if (!m) {
      return document.getElementById('p-' + name);
    }
    var sectionRows = tbody.querySelectorAll('.section-row');
    var s = sectionRows[Number(m[1])];
    if (!s) { return null; }
    if (m[2] === undefined) {
      return s.querySelector(m[3] === 'title' ? '.s-title' : '.s-number');
    }
    var t = block(s)[Number(m[2]) + 1];
    if (!t) { return null; }
    var map = { content: '.t-content', timeFrame: '.t-time', leadUnit: '.t-lead', coordinatingUnits: '.t-coord',
      expectedResult: '.t-result', note: '.t-note' };
    return t.querySelector(map[m[3]] || '.t-content');
  }

  function showProblem(problem) {
    document.querySelectorAll('[aria-invalid=true]').forEach(function (f) { f.removeAttribute('aria-invalid'); });
    errorsBox.innerHTML = '';
    errorsBox.appendChild(el('p', { text: problem.detail || 'Không lưu được kế hoạch.' }));
    var list = el('ul');
    (problem.errors || []).forEach(function (err) {
      list.appendChild(el('li', { text: err.message }));
      var f = elementFor(err.field);
      if (f) { f.setAttribute('aria-invalid', 'true'); f.setAttribute('title', err.message); }
    });
    if (list.children.length) { errorsBox.appendChild(list); }
    errorsBox.hidden = false;
    var first = document.querySelector('[aria-invalid=true]');
    (first || errorsBox).focus && (first || errorsBox).focus();
  }

  function csrf(headers) {
    var token = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]');
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  document.getElementById('save-plan').addEventListener('click', function () {
    var plan = collect();
    if (isoDate(document.getElementById('p-issuedOn').value) === 'invalid') {
      showProblem({ detail: 'Ngày ban hành phải ghi dạng dd/mm/yyyy.', errors: [{ field: 'issuedOn', message: 'Ngày ban hành phải ghi dạng dd/mm/yyyy' }] });
      return;
    }
    var headers = csrf({ 'Content-Type': 'application/json', 'Accept': 'application/json' });
    if (planId) { headers['If-Match'] = '"' + version + '"'; }
    status.textContent = 'Đang lưu…';
    fetch(planId ? '/api/v1/control/plans/' + planId : '/api/v1/control/plans', {
      method: planId ? 'PUT' : 'POST', headers: headers, body: JSON.stringify(plan), credentials: 'same-origin'
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (result.ok) {
        status.textContent = 'Đã lưu kế hoạch.';
        window.location.href = '/kiem-soat/ke-hoach/' + result.body.id;
      } else {
        status.textContent = '';
        showProblem(result.body);
      }
    }).catch(function () {
      status.textContent = '';
      showProblem({ detail: 'Không kết nối được máy chủ; kế hoạch chưa được lưu.' });
    });
  });

  function fill(plan) {
    version = plan.version;
    replaces = plan.replacesPlanId;
    document.getElementById('p-number').value = plan.number || '';
    var d = plan.issuedOn;
    document.getElementById('p-issuedOn').value = d ? d.slice(8, 10) + '/' + d.slice(5, 7) + '/' + d.slice(0, 4) : '';
    document.getElementById('p-title').value = plan.title || '';
    document.getElementById('p-signer').value = plan.signer || '';
    document.getElementById('p-signerTitle').value = plan.signerTitle || '';
    document.getElementById('p-replaces').value = replaces || '';
    document.getElementById('p-replaces').disabled = true;
    ['basis', 'purpose', 'requirements', 'organisation'].forEach(function (k) {
      document.getElementById('p-' + k).value = (plan[k] || []).join('\n');
    });
    (plan.sections || []).forEach(function (s) {
      tbody.appendChild(sectionRow(s));
      (s.tasks || []).forEach(function (t) { tbody.appendChild(taskRow(t)); });
    });
    renumber();
    editor.setAttribute('data-loaded', 'true');
  }

  if (planId) {
    fetch('/api/v1/control/plans/' + planId, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (r) { return r.json(); }).then(fill);
  } else {
    fill({ version: null, title: 'Kiểm soát thủ tục hành chính năm ' + year,
      sections: [{ number: 'I', title: 'Công tác chỉ đạo, điều hành', tasks: [{}] }] });
  }
}());
