// Filters and keyboard navigation; no network, no server.
(function () {
  "use strict";
  var body = document.body;
  var langs = (body.getAttribute("data-langs") || "").split(" ");
  function toggle(id, cls) {
    var box = document.getElementById(id);
    box.addEventListener("change", function () { body.classList.toggle(cls, box.checked); });
  }
  toggle("only-findings", "only-findings");
  toggle("only-low", "only-low");
  var pair = document.getElementById("pair");
  var pairStyle = document.getElementById("pair-style");
  pair.addEventListener("change", function () {
    var keep = pair.value ? pair.value.split("-") : langs;
    var hidden = langs.filter(function (l) { return keep.indexOf(l) < 0; });
    pairStyle.textContent = hidden.length
      ? hidden.map(function (l) { return ".l-" + l; }).join(",") + "{display:none}"
      : "";
  });
  var last = null;
  function targets() {
    return Array.prototype.filter.call(document.querySelectorAll("[data-finding]"),
      function (el) { return el.offsetParent !== null; });
  }
  function show(el) {
    var old = document.querySelectorAll(".current");
    for (var i = 0; i < old.length; i++) old[i].classList.remove("current");
    var box = el.closest("tr") || el;
    box.classList.add("current");
    box.scrollIntoView({ block: "center" });
    last = el;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest && e.target.closest("input, select, textarea")) return;
    if (e.key !== "n" && e.key !== "p") return;
    var list = targets();
    if (!list.length) return;
    var at = list.indexOf(last);
    var next = e.key === "n" ? at + 1 : (at < 0 ? list.length - 1 : at - 1);
    show(list[(next + list.length) % list.length]);
    e.preventDefault();
  });
})();
