// What both parts of the patient page share: the API with the session's XSRF token, and building elements from text
// (never from HTML, so nothing a unit wrote can become markup).

export function xsrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('PATIENT-XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('PATIENT-XSRF-TOKEN='.length)) : '';
}

export async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-XSRF-TOKEN': xsrfToken(), ...(options.headers || {}) }
  });
  if (response.status === 401) {
    window.location.assign('/patient/login');
    throw new Error('inte inloggad');
  }
  return response;
}

export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else if (value !== false && value !== undefined && value !== null) {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat().forEach((child) => node.append(child));
  return node;
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });

export function dueText(due) {
  return due ? `Fyll i senast ${dateFormat.format(new Date(`${due}T12:00:00`))}` : 'Inget sista datum';
}

export function sentText(sentAt) {
  return dateFormat.format(new Date(sentAt));
}
