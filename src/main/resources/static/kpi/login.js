// The login page's messages; a file of its own because the page's Content-Security-Policy allows no inline script.
document.getElementById('login-error').hidden = !/[?&]fel/.test(location.search);
document.getElementById('logged-out').hidden = !/[?&]utloggad/.test(location.search);
