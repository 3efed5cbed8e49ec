// Report pages: the period picker shows the year and type for a named term, the two dates for a range; the
// narrative form posts the periodic report's text as JSON (with the CSRF header) and downloads the DOCX it returns.
(function () {
  'use strict';

  function picker() {
    var term = document.getElementById('term');
    if (!term) {
      return;
    }
    var apply = function () {
      var range = term.value === 'RANGE';
      document.querySelectorAll('#period-picker .named-only').forEach(function (el) { el.hidden = range; });
      document.querySelectorAll('#period-picker .range-only').forEach(function (el) { el.hidden = !range; });
    };
    term.addEventListener('change', apply);
    apply();
  }

  function csrfHeaders(headers) {
    var token = document.querySelector('meta[name=_csrf]');
    var header = document.querySelector('meta[name=_csrf_header]');
    if (token && header) {
      headers[header.getAttribute('content')] = token.getAttribute('content');
    }
    return headers;
  }

  function fileName(response, fallback) {
    var disposition = response.headers.get('Content-Disposition') || '';
    var star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (star) {
      return decodeURIComponent(star[1]);
    }
    var plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : fallback;
  }

  function problem(response) {
    var fallback = response.status === 404
      ? 'Máy chủ chưa hỗ trợ tạo báo cáo định kỳ (lỗi 404).'
      : 'Không tạo được báo cáo (lỗi ' + response.status + ').';
    return response.text().then(function (text) {
      try {
        var body = JSON.parse(text);
        if (response.status !== 404 && body && body.detail) {
          return body.detail;
        }
      } catch (e) {
        // not JSON: keep the fallback
      }
      return fallback;
    }, function () { return fallback; });
  }

  function narrative() {
    var form = document.getElementById('narrative');
    if (!form) {
      return;
    }
    var button = form.querySelector('button[type=submit]');
    var status = document.getElementById('narrative-status');
    button.disabled = false;
    var value = function (name) {
      var text = form.elements[name].value.trim();
      return text === '' ? null : text;
    };
    var say = function (text, kind) {
      status.textContent = text;
      status.className = kind ? 'alert ' + kind : 'muted';
    };
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.tagName === 'TEXTAREA') {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {
        number: value('number'),
        difficulties: value('difficulties'),
        proposals: value('proposals'),
        nextTasks: value('nextTasks'),
        signerTitle: value('signerTitle'),
        signerName: value('signerName'),
        recipients: form.elements.recipients.value.split('\n').map(function (line) { return line.trim(); })
          .filter(function (line) { return line !== ''; })
      };
      button.disabled = true;
      say('Đang tạo báo cáo…');
      fetch(form.getAttribute('data-endpoint'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: csrfHeaders({
          'Content-Type': 'application/json',
          'Accept': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/problem+json'
        }),
        body: JSON.stringify(body)
      }).then(function (response) {
        if (!response.ok) {
          return problem(response).then(function (message) { throw new Error(message); });
        }
        var name = fileName(response, form.getAttribute('data-file'));
        return response.blob().then(function (blob) {
          var link = document.createElement('a');
          link.href = URL.createObjectURL(blob);
          link.download = name;
          document.body.appendChild(link);
          link.click();
          setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
          say('Đã tạo báo cáo: ' + name, 'ok');
        });
      }).catch(function (error) {
        say(error && error.message ? error.message : 'Không kết nối được máy chủ.', 'error');
      }).then(function () {
        button.disabled = false;
      });
    });
  }

  function start() {
    picker();
    narrative();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
