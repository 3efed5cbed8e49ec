// A form that asks before it is sent: <form data-confirm="Xoá bản ghi này?">. Kept out of the markup so that the
// Content-Security-Policy can forbid inline scripts and event handlers.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
}, true);
