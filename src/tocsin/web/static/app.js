// tocsin: the only script besides htmx. No inline scripts anywhere (the CSP forbids them).
(function () {
  "use strict";
  // Upload progress: htmx reports XHR progress events on the form.
  document.addEventListener("htmx:xhr:progress", function (evt) {
    var bar = document.getElementById("upload-progress");
    if (bar && evt.detail && evt.detail.lengthComputable) {
      bar.value = Math.round((evt.detail.loaded / evt.detail.total) * 100);
    }
  });
  document.addEventListener("htmx:beforeRequest", function (evt) {
    var bar = document.getElementById("upload-progress");
    if (bar && evt.detail.elt && evt.detail.elt.id === "upload-form") { bar.value = 0; }
  });
  // Errors from htmx requests: show them instead of failing silently.
  document.addEventListener("htmx:responseError", function (evt) {
    var box = document.getElementById("htmx-error");
    if (!box) {
      box = document.createElement("p");
      box.id = "htmx-error";
      box.className = "alert";
      box.setAttribute("role", "alert");
      var main = document.getElementById("main");
      if (main) { main.insertBefore(box, main.firstChild); }
    }
    var msg = "Error " + evt.detail.xhr.status;
    try {
      var body = JSON.parse(evt.detail.xhr.responseText);
      if (body && body.error) { msg = body.error.message; }
    } catch (e) { /* an HTML error page */ }
    box.textContent = msg;
  });
})();
