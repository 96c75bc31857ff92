// Pelita: htmx sends the CSRF token; an expired session during an htmx call goes to the login page;
// the navbar toggle works without Bootstrap's JavaScript bundle.
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });
  document.body.addEventListener('htmx:responseError', function (e) {
    if (e.detail.xhr.status === 401) { window.location.href = '/masuk'; }
  });
  document.querySelectorAll('[data-pelita-toggle]').forEach(function (b) {
    b.addEventListener('click', function () {
      var t = document.getElementById(b.getAttribute('data-pelita-toggle'));
      var buka = t.classList.toggle('show');
      b.setAttribute('aria-expanded', buka ? 'true' : 'false');
    });
  });
});
