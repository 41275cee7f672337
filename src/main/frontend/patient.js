// The patient page: the patient's open tasks, and each task's Camunda Form rendered with form-js 1.8.7, the same
// renderer (and version) as Camunda 7.24 Tasklist. The server checks every answer again; its field errors are shown.
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';

const app = document.getElementById('app');
const dateFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' });

function xsrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('PATIENT-XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('PATIENT-XSRF-TOKEN='.length)) : '';
}

async function api(path, options = {}) {
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

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name.startsWith('on')) {
      node.addEventListener(name.substring(2), value);
    } else {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => node.append(child));
  return node;
}

function dueText(due) {
  return due ? `Fyll i senast ${dateFormat.format(new Date(`${due}T12:00:00`))}` : 'Inget sista datum';
}

async function showTasks(notice) {
  const response = await api('/api/patient/tasks');
  const { patientName, tasks } = await response.json();
  document.getElementById('greeting').textContent = `Hej ${patientName}!`;
  app.replaceChildren(
    notice || '',
    element('h2', {}, 'Att fylla i'),
    tasks.length === 0
      ? element('p', { class: 'message' }, 'Du har inga formulär att fylla i just nu.')
      : element('ul', { class: 'tasks' }, tasks.map((task) => element('li', { class: 'task' },
        element('h3', {}, task.name),
        element('p', {}, `Från ${task.unit}. ${dueText(task.due)}.`),
        element('button', { type: 'button', onclick: () => showTask(task.id) }, 'Öppna')
      )))
  );
}

/** form-js keeps its errors by component id; the server names fields by key. */
function componentIdsByKey(components, ids = {}) {
  (components || []).forEach((component) => {
    if (component.key) {
      ids[component.key] = component.id;
    }
    componentIdsByKey(component.components, ids);
  });
  return ids;
}

async function showTask(taskId) {
  const response = await api(`/api/patient/tasks/${encodeURIComponent(taskId)}`);
  if (response.status === 404) {
    await showTasks(element('p', { class: 'message error' }, 'Formuläret finns inte längre. Det kan redan vara ifyllt.'));
    return;
  }
  const task = await response.json();
  const errorBox = element('div', { class: 'message error', id: 'server-errors', hidden: '' });
  const container = element('div', { class: 'form-card' });
  const send = element('button', { type: 'button', id: 'send' }, 'Skicka');
  app.replaceChildren(
    element('button', { type: 'button', class: 'back', onclick: () => showTasks() }, '← Tillbaka till listan'),
    element('h2', {}, task.name),
    element('p', { class: 'hint' }, `Från ${task.unit}. ${dueText(task.due)}.`),
    errorBox,
    container,
    element('p', {}, send)
  );
  const form = new Form({ container });
  await form.importSchema(task.form, task.data || {});
  const labels = {};
  const ids = componentIdsByKey(task.form.components);
  send.addEventListener('click', async () => {
    // also with errors the browser found: the server's answer is the one that counts, and it names every field
    const { data } = form.submit();
    send.disabled = true;
    const submit = await api(`/api/patient/tasks/${encodeURIComponent(taskId)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data)
    }).finally(() => { send.disabled = false; });
    if (submit.status === 204) {
      await showTasks(element('p', { class: 'message done', id: 'confirmation' },
        `Tack! Dina svar på ”${task.name}” är skickade till ${task.unit}.`));
      window.scrollTo(0, 0);
      return;
    }
    const problem = await submit.json().catch(() => ({}));
    // as every problem of the project's API: errors by field name, a Swedish message each
    const errors = Object.entries(problem.errors || {}).map(([field, message]) => ({ field, message }));
    const fieldErrors = {};
    errors.forEach(({ field, message }) => {
      const id = ids[field];
      if (id) {
        fieldErrors[id] = [...(fieldErrors[id] || []), message];
      }
    });
    form._setState({ errors: { ...form._getState().errors, ...fieldErrors } });
    (task.form.components || []).forEach((c) => { if (c.key) labels[c.key] = c.label || c.key; });
    errorBox.replaceChildren(
      element('p', {}, problem.detail || 'Något gick fel. Försök igen.'),
      element('ul', { class: 'errors' }, errors.map(({ field, message }) => element('li', {}, `${labels[field] || field}: ${message}`)))
    );
    errorBox.hidden = false;
    errorBox.scrollIntoView();
  });
}

document.getElementById('logout-csrf').value = xsrfToken();
showTasks().catch(() => {
  app.replaceChildren(element('p', { class: 'message error' }, 'Sidan kunde inte hämta dina uppgifter. Försök igen om en stund.'));
});
