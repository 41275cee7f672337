// The patient page: the patient's messages from her units (an inbox: read or unread, from which unit, when) and her
// open tasks. A task's form is rendered by form-js 1.8.7 (the renderer Camunda 7.24 Tasklist uses), loaded only when a
// task is opened (patient-form.js), so that the first page a phone loads is small.
import { api, element, dueText, sentText, xsrfToken } from './page.js';

const app = document.getElementById('app');

async function showStart(notice) {
  const [taskResponse, messageResponse] = await Promise.all([api('/api/patient/tasks'), api('/api/patient/messages')]);
  const { patientName, tasks } = await taskResponse.json();
  const inbox = await messageResponse.json();
  document.getElementById('greeting').textContent = `Hej ${patientName}!`;
  app.replaceChildren(
    notice || '',
    element('section', { 'aria-labelledby': 'messages-heading' },
      element('h2', { id: 'messages-heading' }, 'Meddelanden',
        inbox.unread > 0 ? element('span', { class: 'badge' }, inbox.unread === 1 ? '1 oläst' : `${inbox.unread} olästa`) : ''),
      inbox.messages.length === 0
        ? element('p', { class: 'message' }, 'Du har inga meddelanden.')
        : element('ul', { class: 'inbox' }, inbox.messages.map((message) => element('li', { class: message.read ? 'read' : 'unread' },
          element('a', { href: `#meddelande-${message.id}`, onclick: (event) => { event.preventDefault(); showMessage(message.id); } },
            message.read ? '' : element('span', { class: 'unread-marker' }, 'Oläst: '),
            element('span', { class: 'title' }, message.title)),
          element('p', {}, `Från ${message.unit}, ${sentText(message.sentAt)}`))))),
    element('section', { 'aria-labelledby': 'tasks-heading' },
      element('h2', { id: 'tasks-heading' }, 'Att fylla i'),
      tasks.length === 0
        ? element('p', { class: 'message' }, 'Du har inga formulär att fylla i just nu.')
        : element('ul', { class: 'tasks' }, tasks.map((task) => element('li', { class: 'task' },
          element('h3', {}, task.name),
          element('p', {}, `Från ${task.unit}. ${dueText(task.due)}.`),
          element('button', { type: 'button', 'aria-label': `Öppna ${task.name}`, onclick: () => showTask(task.id) }, 'Öppna')))))
  );
}

async function showMessage(messageId) {
  const response = await api(`/api/patient/messages/${encodeURIComponent(messageId)}`);
  if (response.status === 404) {
    await showStart(element('p', { class: 'message error' }, 'Meddelandet finns inte.'));
    return;
  }
  const message = await response.json();
  const heading = element('h2', { tabindex: '-1' }, message.title);
  app.replaceChildren(
    element('button', { type: 'button', class: 'back', onclick: () => showStart() }, '← Tillbaka'),
    element('article', { class: 'message-text' },
      heading,
      element('p', { class: 'hint' }, `Från ${message.unit}, ${sentText(message.sentAt)}`),
      message.body.split(/\n\s*\n/).map((paragraph) => element('p', {}, paragraph.trim())))
  );
  heading.focus();
  window.scrollTo(0, 0);
}

async function showTask(taskId) {
  const response = await api(`/api/patient/tasks/${encodeURIComponent(taskId)}`);
  if (response.status === 404) {
    await showStart(element('p', { class: 'message error' }, 'Formuläret finns inte längre. Det kan redan vara ifyllt.'));
    return;
  }
  const task = await response.json();
  const { showForm } = await import('./patient-form.js');
  await showForm(app, task, {
    back: () => showStart(),
    done: async () => {
      await showStart(element('p', { class: 'message done', id: 'confirmation', role: 'status' },
        `Tack! Dina svar på ”${task.name}” är skickade till ${task.unit}.`));
      window.scrollTo(0, 0);
    }
  });
}

document.getElementById('logout-csrf').value = xsrfToken();
showStart().catch(() => {
  app.replaceChildren(element('p', { class: 'message error' }, 'Sidan kunde inte hämta dina uppgifter. Försök igen om en stund.'));
});
