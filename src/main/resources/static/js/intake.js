// The desk's completeness checklist: when the officer picks a procedure, its published components are listed
// (from the public procedure API) to be ticked as the papers are checked. Without JavaScript the checklist
// appears when the form is shown again for the chosen procedure.
(function () {
  var procedure = document.getElementById('procedure');
  var fieldset = document.getElementById('checklist');
  if (!procedure || !fieldset) {
    return;
  }
  var items = document.getElementById('checklist-items');
  var marker = fieldset.querySelector('input[name=checklist]');
  // the checklist the page came with (after a refusal, with its ticks) belongs to the procedure typed in
  var shown = fieldset.hidden ? null : (procedure.value || '').trim().split(/[\s—–]+/)[0];

  function agency() {
    var select = document.getElementById('agency');
    return select ? select.value : fieldset.getAttribute('data-agency');
  }

  function text(tag, className, value) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    node.textContent = value;
    return node;
  }

  function render(documents) {
    items.textContent = '';
    documents.forEach(function (d) {
      var label = document.createElement('label');
      label.className = 'choice';
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'components';
      box.value = d.name;
      label.appendChild(box);
      label.appendChild(document.createTextNode(' '));
      label.appendChild(text('span', null, d.name));
      if (d.mandatory === true) {
        var star = text('span', 'required', ' *');
        star.title = 'bắt buộc';
        label.appendChild(star);
      }
      if (d.templateName) {
        label.appendChild(text('span', 'muted', ' – ' + d.templateName));
      }
      items.appendChild(label);
    });
    var empty = documents.length === 0;
    fieldset.hidden = empty;
    marker.disabled = empty;
  }

  function update() {
    var code = (procedure.value || '').trim().split(/[\s—–]+/)[0];
    if (!/^\d\.\d{6}$/.test(code)) {
      if (shown !== null) {
        shown = null;
        render([]);
      }
      return;
    }
    if (code === shown) {
      return;
    }
    shown = code;
    fetch('/api/v1/procedures/' + encodeURIComponent(code) + '?agency=' + encodeURIComponent(agency() || ''),
        {headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : {documents: []}; })
      .then(function (procedureJson) {
        if (shown === code) {
          render(procedureJson.documents || []);
        }
      })
      .catch(function () { render([]); });
  }

  procedure.addEventListener('change', update);
  procedure.addEventListener('input', update);
})();
