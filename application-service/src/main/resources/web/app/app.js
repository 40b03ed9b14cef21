// The portal's only script: htmx, for live checks and autosave. Every page works without it.
import 'htmx.org';
import './app.css';

// A step sent with its button carries the draft's version. An autosave still waiting for its delay
// would be sent with the same version once the button's request is under way, and one of the two
// refused as a conflict: the person would stay on the step with an error. Once the page is being
// left, htmx sends nothing more; coming back to it (the browser's back button) allows it again.
let leaving = false;
document.addEventListener('submit', (event) => {
  // A submission htmx itself sends (it prevents the browser's) does not leave the page.
  leaving = !event.defaultPrevented;
});
document.addEventListener('htmx:beforeRequest', (event) => {
  if (leaving) {
    event.preventDefault();
  }
});
window.addEventListener('pageshow', () => {
  leaving = false;
});
