// Keyboard help on dossier forms: Ctrl+Enter (or Cmd+Enter) in a text area submits its form.
document.addEventListener('keydown', function (event) {
  var target = event.target;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && target && target.tagName === 'TEXTAREA' && target.form) {
    event.preventDefault();
    if (typeof target.form.requestSubmit === 'function') {
      target.form.requestSubmit();
    } else {
      target.form.submit();
    }
  }
});
