// The JSON API from the pages: same origin, the session cookie sent along; an error answer becomes an
// ApiError carrying the API's own message, which the pages show as it is.
import { el, show } from './dom.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** GETs or POSTs JSON; resolves with the parsed body, rejects with an ApiError. */
export async function api(path, { method = 'GET', body, csrfToken } = {}) {
  const headers = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (err) {
    throw new ApiError(0, `the server could not be reached (${err.message})`);
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data?.error?.message ?? `the server answered ${response.status}`);
  return data;
}

/** Who is signed in ({login, id, csrfToken}); null when nobody is (401). Shows it in the header. */
export async function loadMe() {
  const account = document.getElementById('account');
  try {
    const me = await api('/api/me');
    show(account, signedIn(me));
    return me;
  } catch (err) {
    if (err.status !== 401) throw err;
    show(account, el('a', { class: 'button', href: '/login' }, 'Sign in with GitHub'));
    return null;
  }
}

// The login and a sign-out form (POST /logout wants the CSRF token as a form field).
function signedIn(me) {
  return el(
    'form',
    { method: 'post', action: '/logout', class: 'signout' },
    el('span', {}, 'Signed in as ', el('strong', {}, me.login)),
    el('input', { type: 'hidden', name: '_csrf', value: me.csrfToken }),
    el('button', { type: 'submit', class: 'link-button' }, 'Sign out'),
  );
}

/** Shows an error in the page's alert area, with a way to sign in when that is the problem. */
export function showError(err) {
  const box = document.getElementById('error');
  const message = err instanceof ApiError ? err.message : `something went wrong in this page (${err.message})`;
  show(box, el('p', {}, message), err.status === 401 ? el('p', {}, el('a', { href: '/login' }, 'Sign in with GitHub')) : null);
  box.hidden = false;
}

/** Clears the page's alert area. */
export function clearError() {
  const box = document.getElementById('error');
  show(box);
  box.hidden = true;
}
