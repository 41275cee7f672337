// Vårdflöde's logout for Tasklist, Cockpit, Admin and the profile page (each app's config.js loads it as a custom
// script). The menu's "Logga ut" ends the one staff session, which also opens /kpi and /api, and the identity
// provider's session where staff log in there: the server answers with where to go (its end-session endpoint), and the
// browser goes there as a link would; without an identity provider it goes back to this app's login page. The webapps'
// own logout request would end the session too but leave the browser on the login form of an app that has none.
// Unsubmitted form drafts (camunda-form:<taskId> in localStorage) are cleared first: staff PCs are shared.
function clearDrafts() {
  Object.keys(window.localStorage)
    .filter((key) => key.startsWith('camunda-form:'))
    .forEach((key) => window.localStorage.removeItem(key));
}

function engine() {
  const match = /\/app\/[^/]+\/([^/]+)\//.exec(window.location.pathname);
  return match ? match[1] : 'default';
}

function logOut(event) {
  const link = event.target.closest('li.logout a, .logout a');
  if (!link) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  clearDrafts();
  const appRoot = document.querySelector('base').getAttribute('app-root');
  const appPage = window.location.pathname.replace(/(\/app\/[^/]+\/).*/, '$1');
  fetch(appRoot + '/api/admin/auth/user/' + engine() + '/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  })
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}))
    .then((answer) => window.location.assign(answer.location || appPage));
}

document.addEventListener('click', logOut, true);

// No default export: the webapps take a custom script's default export for a plugin.
export {};
