// The portal's only script: htmx, for live checks and autosave. Every page works without it.
import 'htmx.org';
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
