// One task's Camunda Form in the patient page, rendered with form-js 1.8.7 as Tasklist renders it. The server checks
// every answer again; a refused answer gets a short summary at the top that links to each field it names.
import { Form } from '@bpmn-io/form-js';
import { api, element, dueText } from './page.js';

/** form-js's styles, before the form is drawn, so that it does not first appear unstyled. */
function loadStyles() {
  if (document.getElementById('form-styles')) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const link = element('link', { rel: 'stylesheet', href: '/patient/form-js.css', id: 'form-styles' });
    link.addEventListener('load', resolve);
    link.addEventListener('error', resolve);
    document.head.append(link);
  });
}

/** The form's components by key (the server names fields by key; form-js keeps errors by component id). */
function componentsByKey(components, byKey = {}) {
  (components || []).forEach((component) => {
    if (component.key) {
      byKey[component.key] = component;
    }
    componentsByKey(component.components, byKey);
  });
  return byKey;
}

/** The page's heading names the task; the form's own opening heading saying the same is left out below it. */
function withoutTitle(schema, title) {
  const [first, ...rest] = schema.components || [];
  if (!first || first.type !== 'text' || typeof first.text !== 'string') {
    return schema;
  }
  const [line, ...more] = first.text.split('\n');
  if (line.replace(/^#+\s*/, '').trim() !== title) {
    return schema;
  }
  return { ...schema, components: [{ ...first, text: more.join('\n') }, ...rest] };
}

/** "1. Lite intresse eller glädje …" is "fråga 1"; other labels as they are, cut short. */
function shortName(component, field) {
  const label = (component && component.label) || field;
  const numbered = /^(\d+)[.)]\s/.exec(label);
  if (numbered) {
    return `fråga ${numbered[1]}`;
  }
  return label.length > 40 ? `${label.substring(0, 38).trim()} …` : label;
}

/** The input of a field: its own id, or its first option's (radio groups and checklists number their options). */
function inputOf(container, componentId) {
  return container.querySelector(`[id$="-${CSS.escape(componentId)}"], [id$="-${CSS.escape(componentId)}-0"]`);
}

function summary(container, problem, errors, byKey) {
  const byMessage = new Map();
  errors.forEach(({ field, message }) => byMessage.set(message, [...(byMessage.get(message) || []), field]));
  const link = (field) => {
    const component = byKey[field];
    const input = component && inputOf(container, component.id);
    const name = shortName(component, field);
    if (!input) {
      return name;
    }
    return element('a', {
      href: `#${input.id}`,
      onclick: (event) => {
        event.preventDefault();
        (input.closest('.fjs-form-field') || input).scrollIntoView({ block: 'start' });
        input.focus({ preventScroll: true });
      }
    }, name);
  };
  return [
    element('h3', {}, problem.title || 'Formuläret är inte rätt ifyllt'),
    element('ul', { class: 'errors' }, [...byMessage.entries()].map(([message, fields]) => element('li', {},
      `${message.replace(/\.$/, '')}: `,
      fields.flatMap((field, i) => (i === 0 ? [link(field)] : [', ', link(field)])))))
  ];
}

export async function showForm(app, task, { back, done }) {
  await loadStyles();
  const errorBox = element('div', { class: 'error-summary', id: 'server-errors', tabindex: '-1', hidden: true });
  const container = element('div', { class: 'form-card' });
  const send = element('button', { type: 'button', id: 'send' }, 'Skicka');
  app.replaceChildren(
    element('button', { type: 'button', class: 'back', onclick: back }, '← Tillbaka till listan'),
    element('h2', {}, task.name),
    element('p', { class: 'hint' }, `Från ${task.unit}. ${dueText(task.due)}.`),
    errorBox,
    container,
    element('p', {}, send)
  );
  const form = new Form({ container });
  await form.importSchema(withoutTitle(task.form, task.name), task.data || {});
  const byKey = componentsByKey(task.form.components);
  send.addEventListener('click', async () => {
    // also with errors the browser found: the server's answer is the one that counts, and it names every field
    const { data } = form.submit();
    send.disabled = true;
    const submit = await api(`/api/patient/tasks/${encodeURIComponent(task.id)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(data)
    }).finally(() => { send.disabled = false; });
    if (submit.status === 204) {
      await done();
      return;
    }
    const problem = await submit.json().catch(() => ({}));
    // as every problem of the project's API: errors by field name, a Swedish message each
    const errors = Object.entries(problem.errors || {}).map(([field, message]) => ({ field, message }));
    const fieldErrors = {};
    errors.forEach(({ field, message }) => {
      const component = byKey[field];
      if (component) {
        fieldErrors[component.id] = [message];
      }
    });
    form._setState({ errors: { ...form._getState().errors, ...fieldErrors } });
    errorBox.replaceChildren(...(errors.length > 0 ? summary(container, problem, errors, byKey)
      : [element('p', {}, problem.detail || 'Något gick fel. Försök igen.')]));
    errorBox.hidden = false;
    errorBox.scrollIntoView();
    errorBox.focus({ preventScroll: true });
  });
}
