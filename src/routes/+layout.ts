// Every page is prerendered to static files; `…/index.html` works on any static host.
export const prerender = true;
export const trailingSlash = 'always';
