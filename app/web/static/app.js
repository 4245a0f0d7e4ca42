// rdsa: save questionnaire answers as they change. Without this script the page's
// buttons save the same form; nothing here is needed to answer.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) return;
  var status = form.querySelector("[data-autosave-status]");
  var progress = document.querySelector("[data-progress]");
  var progressText = document.querySelector("[data-progress-text]");
  var optionalText = document.querySelector("[data-progress-optional]");
  var timer = null, busy = false, again = false, changes = 0;

  function say(name) {
    if (status) status.textContent = form.getAttribute("data-msg-" + name) || "";
  }

  function showErrors(errors) {
    var slots = form.querySelectorAll("[data-error-for]");
    for (var i = 0; i < slots.length; i++) {
      var id = slots[i].getAttribute("data-error-for");
      var message = errors[id] || "";
      slots[i].textContent = message;
      slots[i].hidden = !message;
      var box = document.getElementById("q-" + id);
      if (box) box.classList.toggle("invalid", !!message);
    }
  }

  function showProgress(data) {
    if (progress) { progress.max = data.required || 1; progress.value = data.required_answered; }
    if (progressText) {
      progressText.textContent = (progressText.getAttribute("data-template") || "")
        .replace("{answered}", data.required_answered).replace("{required}", data.required);
    }
    if (optionalText) {
      optionalText.textContent = (optionalText.getAttribute("data-template") || "")
        .replace("{answered}", data.optional_answered).replace("{optional}", data.optional);
    }
  }

  function save() {
    if (busy) { again = true; return; }
    busy = true;
    var sent = changes;
    say("saving");
    fetch(form.action, {
      method: "POST",
      body: new URLSearchParams(new FormData(form)),
      headers: { "Accept": "application/json", "X-Autosave": "1" },
      credentials: "same-origin",
      redirect: "error"
    }).then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    }).then(function (data) {
      // A reply that a newer change has overtaken decides nothing: showing the page again
      // now would drop that change; the save that follows it will decide.
      if (data.reload && sent === changes && !Object.keys(data.errors || {}).length) {
        // Other questions now apply on this page (or no longer do): show the page again.
        var more = data.reload === "more" ? "?more=true" : "";
        window.location.replace(window.location.pathname + more);
        return;
      }
      showErrors(data.errors || {});
      showProgress(data);
      say(data.saved ? "saved" : "problem");
    }).catch(function () {
      say("failed");
    }).then(function () {
      busy = false;
      if (again) { again = false; save(); }
    });
  }

  form.addEventListener("change", function () {
    changes++;
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  });
})();
