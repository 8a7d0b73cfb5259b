// The sign-in page.
import { api } from './api.js';
import { h, replaceChildren } from './dom.js';

export function showLogin(main, onSignedIn) {
  const username = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true,
    attrs: { 'aria-label': 'User name' } });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true,
    attrs: { 'aria-label': 'Password' } });
  const error = h('p', { className: 'login-error', attrs: { role: 'alert' } });
  const button = h('button', { type: 'submit', className: 'primary' }, 'Sign in');
  const form = h('form', { className: 'login', id: 'login-form' },
    h('h1', {}, 'Verbatim'),
    h('p', { className: 'muted' }, 'Sign in to code this project.'),
    h('label', {}, 'User name', username),
    h('label', {}, 'Password', password),
    button, error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    button.disabled = true;
    try {
      const user = await api.login(username.value.trim(), password.value);
      password.value = '';
      onSignedIn(user);
    } catch (err) {
      error.textContent = err.status === 401 || err.status === 403
        ? 'Wrong user name or password.'
        : err.status === 429 ? 'Too many attempts; wait a minute and try again.' : err.message;
    } finally {
      button.disabled = false;
    }
  });
  replaceChildren(main, h('div', { className: 'login-page' }, form));
  username.focus();
}
