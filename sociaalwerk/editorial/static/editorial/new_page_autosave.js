// A new page is not autosaved until the editor has saved it once.
//
// Wagtail autosaves a new page as soon as the editor types, but a new article cannot be
// saved before its theme is chosen (the empty theme row it starts with is validated even
// for a draft), so every attempt ends in "Autosave paused – validation errors" while the
// editor is still busy with the title. Turning autosave off for every page
// (WAGTAIL_AUTOSAVE_INTERVAL = 0) would lose it where it works: once the page has been
// saved, its editor autosaves as usual, and until then leaving the page still asks to
// confirm that unsaved changes will be lost.
for (const form of document.querySelectorAll('form[data-edit-form][data-controller~="w-autosave"]')) {
  if (new URL(form.action, document.baseURI).pathname.includes("/pages/add/")) {
    form.setAttribute("data-w-autosave-active-value", "false");
  }
}
