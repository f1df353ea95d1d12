// The media library's upload: drop a file anywhere on the drop zone and it is sent at once.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form) {
    return;
  }
  var zone = form.querySelector(".drop-zone");
  var input = form.querySelector("input[type=file]");
  ["dragenter", "dragover"].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove("dragging"); });
  });
  zone.addEventListener("drop", function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  });
  document.querySelectorAll("form[data-confirm]").forEach(function (confirmForm) {
    confirmForm.addEventListener("submit", function (event) {
      if (!window.confirm(confirmForm.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
})();
