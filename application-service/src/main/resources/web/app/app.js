// The portal's only script: htmx, for live checks and autosave. Every page works without it.
import htmx from 'htmx.org';
import './app.css';

// A step sent with its button carries the draft's version, and so does an autosave: sent side by
// side, one of the two is refused as a conflict and the person stays on the step with an error.
// So a button pressed while an autosave is on its way waits for its answer (which brings the new
// version) and is then sent; once the page is being left, htmx sends nothing more. Coming back to
// the page (the browser's back button) allows it again.
const inFlight = new Set();
let leaving = false;
let waiting = null;

function sendWaitingForm() {
  if (waiting && inFlight.size === 0) {
    const { form, submitter, timer } = waiting;
    clearTimeout(timer);
    waiting = null;
    form.requestSubmit(submitter);
  }
}

document.addEventListener('submit', (event) => {
  // A submission htmx itself sends (it prevents the browser's) does not leave the page.
  if (event.defaultPrevented) {
    return;
  }
  if (inFlight.size > 0) {
    event.preventDefault();
    if (!waiting) {
      // An answer that never comes does not keep the person on the page: the server still refuses a stale version.
      const timer = setTimeout(() => { inFlight.clear(); sendWaitingForm(); }, 5000);
      waiting = { form: event.target, submitter: event.submitter, timer };
    }
    return;
  }
  leaving = true;
});
document.addEventListener('htmx:beforeRequest', (event) => {
  if (leaving || waiting) {
    event.preventDefault();
  }
});
document.addEventListener('htmx:beforeSend', (event) => inFlight.add(event.detail.xhr));
// htmx raises it once the answer is in the page (the new version included), and also on errors and aborts.
document.addEventListener('htmx:afterRequest', (event) => {
  inFlight.delete(event.detail.xhr);
  sendWaitingForm();
});
window.addEventListener('pageshow', () => {
  leaving = false;
});

// What is typed on a draft's step is never lost. It is kept in this browser (localStorage, keyed by the
// draft and the step, with the saved values it was typed over) until the server has it. An autosave
// refused because the session has ended (499, PortalScriptRequests) says so and stops; once the person
// has signed in again, the step's page puts back what was not saved and saves it. An autosave refused
// because another tab saved the draft meanwhile (409, answered with the step as now saved) takes the
// other tab's answers where this tab changed nothing, keeps this tab's, and saves again on that version.
const KEPT = 'acte:saisie:';
const form = document.querySelector('form[data-draft]');
let base = null;
let sessionEnded = false;
const sent = new Map();

/** The step's values: as typed, or (`saved`) as the server wrote them into the page. */
function valuesOf(of, saved = false) {
  const values = {};
  for (const field of of.elements) {
    if (!field.name || ['hidden', 'submit', 'button', 'file'].includes(field.type) || field.tagName === 'BUTTON') {
      continue;
    }
    const checked = saved ? field.defaultChecked : field.checked;
    if (field.type === 'radio') {
      values[field.name] = checked ? field.value : (values[field.name] ?? '');
    } else if (field.type === 'checkbox') {
      values[field.name] = checked ? field.value : '';
    } else if (saved && field.tagName === 'SELECT') {
      const option = [...field.options].find((o) => o.defaultSelected) ?? field.options[0];
      values[field.name] = option ? option.value : '';
    } else {
      values[field.name] = saved ? field.defaultValue : field.value;
    }
  }
  return values;
}

function fill(values) {
  for (const [name, value] of Object.entries(values)) {
    for (const field of form.querySelectorAll(`[name="${CSS.escape(name)}"]`)) {
      if (field.type === 'radio' || field.type === 'checkbox') {
        field.checked = field.value === value;
      } else {
        field.value = value;
      }
    }
  }
}

function same(one, other) {
  return Object.keys({ ...one, ...other }).every((name) => (one[name] ?? '') === (other[name] ?? ''));
}

/** Three-way: what this tab changed since `from` is kept over `latest`; `both` names what the two changed alike. */
function merge(from, mine, latest) {
  const merged = { ...latest };
  const both = [];
  for (const name of Object.keys(mine)) {
    const before = from[name] ?? '';
    const here = mine[name] ?? '';
    const there = latest[name] ?? '';
    if (here !== before && here !== there) {
      merged[name] = here;
      if (there !== before) {
        both.push({ name, there });
      }
    }
  }
  return { merged, both };
}

function labelOf(name) {
  const field = form.querySelector(`[name="${CSS.escape(name)}"]`);
  let label = field.type === 'radio' ? field.closest('fieldset')?.querySelector('legend')
    : (field.labels && field.labels[0]);
  if (!label) {
    return name;
  }
  label = label.cloneNode(true);
  label.querySelectorAll('.hint, input').forEach((part) => part.remove());
  return label.textContent.replace(/\s+/g, ' ').trim();
}

function describe(both) {
  return both.map(({ name, there }) => `${labelOf(name)} (l'autre version : « ${there || 'vide'} »)`).join(' ; ');
}

function keep(submitted) {
  const version = form.querySelector('#version').value;
  localStorage.setItem(KEPT + form.dataset.draft, JSON.stringify({ version, base, values: valuesOf(form), submitted }));
}

function forget() {
  localStorage.removeItem(KEPT + form.dataset.draft);
}

function tell(text) {
  document.getElementById('draft-notice').textContent = text;
}

function autosave() {
  htmx.trigger(form, 'change');
}

/**
 * On the step's page: what this browser kept and the server does not have yet (the session ended, the
 * page was left before its autosave) goes back into the fields and is saved. Run once htmx has set the
 * page up (it does so on DOMContentLoaded too, registered first), so that the autosave is sent.
 */
function restoreKept() {
  const [draft] = form.dataset.draft.split(':');
  // A step sent with its button and then shown on another step was saved: what it kept is no longer needed.
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key.startsWith(`${KEPT}${draft}:`) && key !== KEPT + form.dataset.draft
        && JSON.parse(localStorage.getItem(key)).submitted) {
      localStorage.removeItem(key);
    }
  }
  const kept = JSON.parse(localStorage.getItem(KEPT + form.dataset.draft) || 'null');
  if (!kept) {
    return;
  }
  const { merged, both } = merge(kept.base, kept.values, base);
  if (same(merged, base)) {
    forget();
    return;
  }
  fill(merged);
  keep(false);
  tell('Des réponses tapées sur cet appareil et pas encore enregistrées ont été remises dans le formulaire ; '
    + 'elles sont enregistrées maintenant.'
    + (both.length ? ` Modifié aussi ailleurs entre-temps, votre saisie est gardée : ${describe(both)}.` : ''));
  autosave();
}

if (form) {
  // What the server has: the page as written, whatever the browser put back into its fields on a reload.
  base = valuesOf(form, true);
  document.addEventListener('DOMContentLoaded', restoreKept);
  form.addEventListener('input', () => keep(false));
  form.addEventListener('change', () => keep(false));
  form.addEventListener('submit', () => keep(true));

  document.addEventListener('htmx:beforeRequest', (event) => {
    if (sessionEnded && event.detail.elt === form) {
      event.preventDefault();
    }
  });
  document.addEventListener('htmx:beforeSend', (event) => {
    if (event.detail.elt === form) {
      sent.set(event.detail.xhr, valuesOf(form));
    }
  });
  document.addEventListener('htmx:afterRequest', (event) => {
    const values = sent.get(event.detail.xhr);
    sent.delete(event.detail.xhr);
    if (values && event.detail.successful && document.querySelector('#autosave .saved')) {
      base = values;
      if (same(values, valuesOf(form))) {
        forget();
      } else {
        keep(false);
      }
    }
  });
  document.addEventListener('htmx:responseError', (event) => {
    if (event.detail.elt !== form) {
      return;
    }
    const { status, responseText } = event.detail.xhr;
    if (status === 499 || status === 401) {
      sessionEnded = true;
      keep(false);
      const saveStatus = document.getElementById('autosave');
      saveStatus.textContent = 'Votre session a pris fin : vos réponses sont gardées sur cet appareil. ';
      const signIn = document.createElement('a');
      signIn.href = window.location.pathname;
      signIn.textContent = 'Reconnectez-vous pour les enregistrer';
      saveStatus.append(signIn, '.');
    } else if (status === 409) {
      const latestForm = new DOMParser().parseFromString(responseText, 'text/html')
        .querySelector(`form[data-draft="${CSS.escape(form.dataset.draft)}"]`);
      if (!latestForm) {
        return;
      }
      const latest = valuesOf(latestForm, true);
      const { merged, both } = merge(base, valuesOf(form), latest);
      fill(merged);
      base = latest;
      form.querySelector('#version').value = latestForm.querySelector('#version').value;
      keep(false);
      tell(`Ce dossier a été modifié dans un autre onglet à ${latestForm.dataset.savedAt}. Ses réponses sont `
        + 'reprises ici là où vous n\'aviez rien changé, les vôtres sont gardées.'
        + (both.length ? ` Modifié dans les deux onglets, votre saisie est gardée : ${describe(both)}.` : '')
        + ' L\'ensemble est enregistré sur cette dernière version.');
      autosave();
    }
  });
}
