// The login page's script, a file of its own: the page's Content-Security-Policy allows no inline script.
// Spring Security's PATIENT-XSRF-TOKEN cookie goes back with the form
var token = document.cookie.split('; ').find(function (c) { return c.indexOf('PATIENT-XSRF-TOKEN=') === 0; });
document.getElementById('csrf').value = token ? decodeURIComponent(token.substring('PATIENT-XSRF-TOKEN='.length)) : '';
document.getElementById('login-error').hidden = !/[?&]fel/.test(location.search);
document.getElementById('logged-out').hidden = !/[?&]utloggad/.test(location.search);
fetch('/patient/login/options').then(function (r) { return r.json(); }).then(function (options) {
  if (options.eLegitimation) {
    document.querySelector('#e-legitimation a').href = options.eLegitimation;
    document.getElementById('e-legitimation').hidden = false;
  }
});
