// Loaded before the page is drawn (not deferred), so that a phone never shows the open
// menu first and then folds it away (a layout shift). menu.js, deferred, shows the
// button that opens it. Without JavaScript neither runs and the menu stays open.
document.documentElement.classList.add("has-menu-toggle");
