// The periodic report composer: Ctrl+Enter (or Cmd+Enter) in a text area saves the draft.
(function () {
  'use strict';
  var form = document.getElementById('composer');
  if (!form) {
    return;
  }
  form.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.tagName === 'TEXTAREA') {
      event.preventDefault();
      form.requestSubmit();
    }
  });
})();
