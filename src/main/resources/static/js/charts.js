// Draws the charts of the report pages with Chart.js (served from its webjar). Each chart is a
// <canvas data-chart='{"type":"bar","labels":[…],"datasets":[{"label":…,"data":[…]}],…}'>; the same figures are
// always in a table on the page, so a browser without scripts loses nothing but the picture.
// Options in the JSON: "horizontal" (bars along the x axis), "max" (top of the value axis), "unit" (tooltips),
// "stacked" (bars stacked); a dataset may carry its own "color".
(function () {
  'use strict';

  var PALETTE = ['#a3161a', '#1f5fa8', '#1e7b34', '#b06d00', '#6b4fa0', '#5b6473'];
  var MUTED = '#c9ced8';
  var number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

  function datasets(spec) {
    return spec.datasets.map(function (set, i) {
      var color = PALETTE[i % PALETTE.length];
      var out = { label: set.label, data: set.data };
      if (spec.type === 'doughnut' || spec.type === 'pie') {
        out.backgroundColor = set.data.map(function (_, j) { return PALETTE[j % PALETTE.length]; });
        out.borderColor = '#fff';
      } else if (spec.type === 'line') {
        out.borderColor = color;
        out.backgroundColor = color;
        out.tension = 0.2;
        out.spanGaps = false;
        out.pointRadius = 4;
      } else {
        // Bars: the first series in the brand colour, a "maximum" series behind it in grey.
        out.backgroundColor = i === 0 ? color : MUTED;
        out.borderRadius = 3;
      }
      if (set.color) {
        // a series may name its own colour (e.g. states: done on time, late, overdue)
        out.backgroundColor = set.color;
        out.borderColor = set.color;
      }
      return out;
    });
  }

  function options(spec) {
    var unit = spec.unit ? ' ' + spec.unit : '';
    var opts = {
      responsive: true,
      maintainAspectRatio: false,
      animation: window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 },
      locale: 'vi-VN',
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            label: function (ctx) {
              var value = ctx.parsed && typeof ctx.parsed === 'object'
                ? (spec.horizontal ? ctx.parsed.x : ctx.parsed.y) : ctx.parsed;
              return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') +
                (value === null || value === undefined ? 'không có dữ liệu' : number.format(value) + unit);
            }
          }
        }
      }
    };
    if (spec.type !== 'doughnut' && spec.type !== 'pie') {
      var valueAxis = { beginAtZero: true, ticks: { callback: function (v) { return number.format(v); } } };
      if (spec.max !== undefined) {
        valueAxis.max = spec.max;
      }
      opts.indexAxis = spec.horizontal ? 'y' : 'x';
      opts.scales = spec.horizontal ? { x: valueAxis } : { y: valueAxis };
      if (spec.stacked) {
        valueAxis.stacked = true;
        opts.scales[spec.horizontal ? 'y' : 'x'] = { stacked: true };
      }
    }
    return opts;
  }

  function draw(canvas) {
    var spec;
    try {
      spec = JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return;
    }
    if (!spec || !spec.datasets) {
      return;
    }
    if (spec.type === 'doughnut' && spec.datasets.every(function (s) {
      return s.data.every(function (v) { return !v; });
    })) {
      var empty = document.createElement('p');
      empty.className = 'muted chart-empty';
      empty.textContent = 'Không có hồ sơ để vẽ biểu đồ.';
      canvas.replaceWith(empty);
      return;
    }
    canvas.chart = new window.Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: datasets(spec) },
      options: options(spec) });
  }

  function start() {
    if (!window.Chart) {
      return;
    }
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    window.Chart.defaults.color = '#1d2330';
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
