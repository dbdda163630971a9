// "Wat kost het lidmaatschap?" on "Lid worden": the indication follows the wage sum as it
// is typed. The server works it out and sends the live region's content as HTML, so the
// arithmetic and the Dutch formatting live in one place (members.fee_indication). Without
// JavaScript the form is sent and the page comes back with the same result.
(function () {
    "use strict";
    var form = document.querySelector("form[data-fee-indication]");
    var result = form && document.getElementById(form.getAttribute("data-result"));
    if (!form || !result || !window.fetch || !window.AbortController) {
        return;
    }
    var field = form.elements.loonsom;
    var url = form.getAttribute("data-fee-indication");
    var helpId = field.id + "_helptext";
    var errorId = field.id + "_error";
    var timer = null;
    var pending = null;

    // The field describes itself by its help and, when there is one, its error, which
    // stands in the live region.
    function markField() {
        var invalid = document.getElementById(errorId) !== null;
        field.setAttribute("aria-describedby", invalid ? helpId + " " + errorId : helpId);
        if (invalid) {
            field.setAttribute("aria-invalid", "true");
        } else {
            field.removeAttribute("aria-invalid");
        }
    }

    function update() {
        window.clearTimeout(timer);
        if (pending) {
            pending.abort();
        }
        var value = field.value.trim();
        if (!value) {
            result.innerHTML = "";
            markField();
            return;
        }
        pending = new AbortController();
        fetch(url + "?" + new URLSearchParams({ loonsom: value }), {
            signal: pending.signal,
            headers: { Accept: "text/html" }
        })
            .then(function (response) {
                return response.ok ? response.text() : Promise.reject(response.status);
            })
            .then(function (html) {
                result.innerHTML = html;
                markField();
            })
            .catch(function () {
                // Aborted by newer input, or the server is away: the form still sends.
            });
    }

    field.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(update, 300);
    });
    // Sending would reload the page and empty what the visitor typed in the application
    // form below; the result comes in place instead.
    form.addEventListener("submit", function (event) {
        event.preventDefault();
        update();
    });
})();
