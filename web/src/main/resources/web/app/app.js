// Every page's behaviour lives here, bundled: the pages carry no inline script (their CSP forbids it).
import htmx from 'htmx.org';
import './app.css';

window.htmx = htmx;

// Forms that change something final ask first; the question is in the markup (data-confirm), in Chinese.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);

// After a partial update, move focus to the new content so keyboard and screen-reader users follow it.
document.addEventListener('htmx:afterSwap', (event) => {
  const target = event.detail.target;
  if (target && target.dataset.focusAfterSwap !== undefined) {
    target.focus();
  }
});

// Long work (a scheduling run) shows that it runs: the button is disabled and the form says so, in Chinese.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.running !== undefined && !event.defaultPrevented) {
    form.setAttribute('aria-busy', 'true');
    form.querySelectorAll('button[type="submit"]').forEach((button) => { button.disabled = true; });
    form.querySelectorAll('[data-running-status]').forEach((status) => { status.hidden = false; });
  }
});

// Coming back to a page from the history shows its forms ready again, not still running.
window.addEventListener('pageshow', () => {
  document.querySelectorAll('form[data-running]').forEach((form) => {
    form.removeAttribute('aria-busy');
    form.querySelectorAll('button[type="submit"]').forEach((button) => { button.disabled = false; });
    form.querySelectorAll('[data-running-status]').forEach((status) => { status.hidden = true; });
  });
});
