// The portal's only script: htmx, for live checks and autosave. Every page works without it.
import 'htmx.org';
import './app.css';
