// The KPI dashboard: the figures of GET /api/kpi/{area} (the same JSON as the API and the CSV) drawn with Chart.js,
// for a period and unit picked on the page. The server decides which units the signed-in staff member may see.
import Chart from 'chart.js/auto';

const palette = ['#1d5b79', '#e07a1f', '#4c956c', '#b23a48', '#7d5ba6', '#468faf', '#c9a227', '#6c757d'];
const charts = {};
const form = document.getElementById('picker');
const fromInput = document.getElementById('from');
const toInput = document.getElementById('to');
const unitSelect = document.getElementById('unit');
const status = document.getElementById('status');
// unit id -> the name staff know (GET /api/kpi/units): legends, the picker and the figures say names, not ids
const unitNames = new Map();

function monthsBefore(months) {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return date.toISOString().substring(0, 7);
}

function query() {
  const params = new URLSearchParams({ from: fromInput.value, to: toInput.value });
  if (unitSelect.value) {
    params.set('unitId', unitSelect.value);
  }
  return params.toString();
}

async function load(area, withPeriod = true) {
  const response = await fetch(withPeriod ? `/api/kpi/${area}?${query()}` : `/api/kpi/${area}`, { headers: { Accept: 'application/json' } });
  if (response.status === 401) {
    // the staff session has ended: log in again
    window.location.assign('/kpi/login');
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `Kunde inte hämta ${area} (${response.status})`);
  }
  return response.json();
}

function months(table) {
  const all = [];
  for (let month = table.from; month <= table.to; ) {
    all.push(month);
    const [year, number] = month.split('-').map(Number);
    month = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  }
  return all;
}

/** One dataset per unit: the column's value for each month (counts 0, statistics null: no line, where the unit had nothing). */
function perUnit(table, column, missing = 0) {
  const units = [...new Set(table.rows.map((row) => row.unitId))].sort();
  return units.map((unit, i) => ({
    label: unitNames.get(unit) || unit,
    data: months(table).map((month) => {
      const row = table.rows.find((r) => r.unitId === unit && r.month === month);
      return row ? row[column] : missing;
    }),
    backgroundColor: palette[i % palette.length],
    borderColor: palette[i % palette.length]
  }));
}

/** One dataset per column, summed over the units shown. */
function perColumn(table, columns) {
  return columns.map((column, i) => ({
    label: table.columns.find((c) => c.key === column).heading,
    data: months(table).map((month) => table.rows.filter((r) => r.month === month)
      .reduce((sum, row) => sum + (row[column] || 0), 0)),
    backgroundColor: palette[i % palette.length],
    borderColor: palette[i % palette.length]
  }));
}

/** A statistic (median, percentile) per unit, only for units that have a value in the period, in their own colours. */
function statistic(table, column, label, firstColour) {
  return perUnit(table, column, null).filter((set) => set.data.some((value) => value !== null))
    .map((set, i) => ({ ...set, label: `${set.label}: ${label}`, borderColor: palette[(firstColour + i) % palette.length],
      backgroundColor: palette[(firstColour + i) % palette.length] }));
}

/**
 * Draws one chart and writes its figures as a table under it (for screen readers, and for reading exact values).
 * A single month is drawn as bars, since a line through one point shows nothing; points stay visible on lines.
 */
function draw(id, type, labels, datasets, { percent = false } = {}) {
  if (charts[id]) {
    charts[id].destroy();
  }
  const single = labels.length === 1;
  const sets = datasets.map((set) => ({
    ...set,
    ...(single && (set.type === 'line' || (!set.type && type === 'line')) ? { type: 'bar' } : {}),
    pointRadius: 4,
    maxBarThickness: 56
  }));
  charts[id] = new Chart(document.getElementById(id), {
    type: single ? 'bar' : type,
    data: { labels, datasets: sets },
    options: {
      animation: false,
      responsive: true,
      scales: { y: percent ? { min: 0, max: 100, ticks: { callback: (value) => `${value} %` } }
        : { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  figures(id, labels, datasets, percent);
}

function figures(id, labels, datasets, percent) {
  const canvas = document.getElementById(id);
  let details = canvas.parentElement.querySelector('details.figures');
  if (!details) {
    details = document.createElement('details');
    details.className = 'figures';
    details.innerHTML = '<summary>Visa siffrorna</summary><table><thead></thead><tbody></tbody></table>';
    canvas.after(details);
  }
  const head = document.createElement('tr');
  ['', ...labels].forEach((label) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    head.append(th);
  });
  details.querySelector('thead').replaceChildren(head);
  details.querySelector('tbody').replaceChildren(...(datasets.length ? datasets : [{ label: 'Inga uppgifter i perioden', data: [] }])
    .map((set) => {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = set.label;
      row.append(th, ...labels.map((label, i) => {
        const td = document.createElement('td');
        const value = set.data[i];
        td.textContent = value === null || value === undefined ? '–' : `${String(value).replace('.', ',')}${percent ? ' %' : ''}`;
        return td;
      }));
      return row;
    }));
}

function offerUnits(units) {
  const chosen = unitSelect.value;
  unitSelect.replaceChildren(new Option('Alla enheter jag får se', ''),
    ...units.map((unit) => new Option(unit.name, unit.id)));
  unitSelect.value = chosen;
}

async function show() {
  status.textContent = 'Hämtar nyckeltal …';
  try {
    if (unitNames.size === 0) {
      const units = await load('units', false);
      units.forEach((unit) => unitNames.set(unit.id, unit.name));
      offerUnits(units);
    }
    const [chats, referrals, sip, triage] = await Promise.all([load('chats'), load('referrals'), load('sip'), load('triage')]);
    draw('chats-started', 'bar', months(chats), perUnit(chats, 'started'));
    draw('chats-open', 'line', months(chats), perUnit(chats, 'openAtMonthEnd'));
    draw('referrals', 'bar', months(referrals),
      perColumn(referrals, ['sentToPsychiatry', 'sentToPrimaryCare', 'received', 'returned', 'jointConsultations']));
    draw('referral-days', 'line', months(referrals), perUnit(referrals, 'medianDaysToAcceptance', null));
    draw('triage-contacts', 'bar', months(triage), perUnit(triage, 'contacts'));
    draw('care-guarantee', 'line', months(triage), perUnit(triage, 'shareWithinCareGuarantee', null)
      .filter((set) => set.data.some((value) => value !== null)), { percent: true });
    draw('pst-waiting', 'line', months(triage), [
      ...statistic(triage, 'medianDaysToPstAssessment', 'median', 0),
      ...statistic(triage, 'p90DaysToPstAssessment', '90:e percentil', 4).map((set) => ({ ...set, borderDash: [6, 4] }))
    ]);
    draw('groups', 'bar', months(triage), [
      ...perColumn(triage, ['groupsStarted']),
      ...statistic(triage, 'medianPatientsPerGroup', 'median patienter per grupp', 1),
      ...statistic(triage, 'medianDaysWaitingForGroup', 'median dagar i kö', 3).map((set) => ({ ...set, type: 'line' }))
    ]);
    draw('sip', 'bar', months(sip),
      perColumn(sip, ['requested', 'consented', 'meetingsHeld', 'meetingsHeldWithinDeadline', 'activePlansAtMonthEnd']));
    document.querySelectorAll('a.csv').forEach((link) => {
      link.href = `/api/kpi/${link.dataset.area}.csv?${query()}`;
    });
    status.textContent = `Period ${chats.from} – ${chats.to}.`;
    document.body.dataset.loaded = 'true';
  } catch (error) {
    status.textContent = error.message;
  }
}

const params = new URLSearchParams(window.location.search);
fromInput.value = params.get('from') || monthsBefore(11);
toInput.value = params.get('to') || monthsBefore(0);
if (params.get('unitId')) {
  // until the names are loaded; offerUnits keeps the choice
  unitSelect.add(new Option(params.get('unitId'), params.get('unitId')));
  unitSelect.value = params.get('unitId');
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  show();
});
show();
