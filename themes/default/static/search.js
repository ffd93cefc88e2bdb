// Search page of a district: loads the district's index (built by Sapha with ICU word
// segmentation) and matches the words of the query, segmented here with the browser's
// Intl.Segmenter, which splits Thai the same way. Every word of the query must match
// the start of a word in the document. No other host is contacted; without JavaScript
// the page shows links to the lists instead.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) return;
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var lang = document.documentElement.lang || "th";
  var index = null;
  var terms = null;

  function normalise(word) {
    return word.toLowerCase().replace(/[\u0E50-\u0E59]/g, function (d) {
      return String.fromCharCode(d.charCodeAt(0) - 0x0E50 + 48);
    });
  }

  function words(text) {
    var out = [];
    if (window.Intl && Intl.Segmenter) {
      var segments = new Intl.Segmenter(lang, { granularity: "word" }).segment(text);
      for (var it = segments[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
        if (s.value.isWordLike) out.push(normalise(s.value.segment));
      }
    } else {
      text.split(/[\s.,;:!?()"'\u0E2F\u0E46]+/).forEach(function (w) { if (w) out.push(normalise(w)); });
    }
    return out;
  }

  // Documents containing a word that starts with `word`.
  function matching(word) {
    var found = {};
    for (var i = 0; i < terms.length; i++) {
      if (terms[i].lastIndexOf(word, 0) === 0) {
        index.terms[terms[i]].forEach(function (d) { found[d] = true; });
      }
    }
    return found;
  }

  function show(query) {
    list.textContent = "";
    var query_words = words(query);
    if (!query_words.length) { status.textContent = ""; return; }
    var result = null;
    query_words.forEach(function (w) {
      var docs = matching(w);
      if (result === null) { result = docs; return; }
      Object.keys(result).forEach(function (d) { if (!docs[d]) delete result[d]; });
    });
    var hits = Object.keys(result).map(Number).sort(function (a, b) { return a - b; });
    status.textContent = hits.length
      ? form.getAttribute("data-count").replace("{count}", hits.length)
      : form.getAttribute("data-none");
    hits.slice(0, 100).forEach(function (d) {
      var doc = index.docs[d];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = doc[0];
      a.textContent = doc[1];
      var meta = document.createElement("span");
      meta.className = "muted";
      meta.textContent = " · " + form.getAttribute("data-kind-" + doc[2]) + " · " + doc[3];
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  function run() {
    var query = input.value;
    if (index) { show(query); return; }
    status.textContent = form.getAttribute("data-loading");
    fetch(form.getAttribute("data-index"))
      .then(function (r) { return r.json(); })
      .then(function (data) { index = data; terms = Object.keys(data.terms); show(input.value); })
      .catch(function () { status.textContent = form.getAttribute("data-none"); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (window.history && history.replaceState) {
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    }
    run();
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
