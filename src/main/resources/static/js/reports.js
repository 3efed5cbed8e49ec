// Report pages: the period picker shows the year and type for a named term, the two dates for a range.
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

  function start() {
    picker();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
