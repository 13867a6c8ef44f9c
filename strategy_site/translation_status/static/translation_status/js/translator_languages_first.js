// A translator's edit form opens on their own languages: wagtail-modeltranslation's locale
// picker shows only Dutch fields at first, so switch on each language the server wrote on
// the read-only fields (data-translator-languages). Dutch, the source, stays shown.
(function () {
  var marked = document.querySelector("[data-translator-languages]");
  if (!marked) return;
  var languages = marked.getAttribute("data-translator-languages").split(" ");
  var attempts = 0;

  function showOwnLanguages() {
    var toggles = document.querySelectorAll("button.locale-toggle");
    if (!toggles.length && attempts++ < 40) {
      window.setTimeout(showOwnLanguages, 50);
      return;
    }
    Array.prototype.forEach.call(toggles, function (button) {
      var code = button.textContent.trim();
      if (languages.indexOf(code) !== -1 && !button.classList.contains("showing-locale")) {
        button.click();
      }
    });
  }

  window.addEventListener("load", showOwnLanguages);
})();
