// The translation status view links to a field as "edit/#id_intro_fr". The locale picker of
// wagtail-modeltranslation shows only Dutch fields at first, so show the field's language,
// then bring the field into view and focus it.
(function () {
  var match = /^#id_(\w+)_([a-z]{2})$/.exec(window.location.hash);
  if (!match) return;
  var language = match[2];
  var attempts = 0;

  function reveal() {
    var toggle = Array.prototype.find.call(
      document.querySelectorAll("button.locale-toggle"),
      function (button) { return button.textContent.trim() === language; }
    );
    if (!toggle && attempts++ < 40) {
      window.setTimeout(reveal, 50);
      return;
    }
    if (toggle && !toggle.classList.contains("showing-locale")) toggle.click();
    var field = document.getElementById(window.location.hash.slice(1));
    if (field) {
      field.scrollIntoView({ block: "center" });
      field.focus({ preventScroll: true });
    }
  }

  window.addEventListener("load", reveal);
})();
