// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
