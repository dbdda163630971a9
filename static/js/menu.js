// Main menu on small screens: folded behind a "Menu" button. Without JavaScript the
// menu simply stays open, so nothing depends on this file.
(function () {
    "use strict";
    var button = document.querySelector(".menu-toggle");
    var menu = document.getElementById(button ? button.getAttribute("aria-controls") : "");
    if (!button || !menu) {
        // menu-early.js folded the menu; without a button it must stay open.
        document.documentElement.classList.remove("has-menu-toggle");
        return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", String(open));
        menu.classList.toggle("is-open", open);
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            button.setAttribute("aria-expanded", "false");
            menu.classList.remove("is-open");
            button.focus();
        }
    });
})();
