// faqbot web page: the history entry of an answered question, and suggestions while typing (progressive enhancement; the page
// works the same without this file). The typed text is POSTed, never put in a URL, and what
// comes back is inserted with textContent only.
"use strict";
(function () {
  // A page that answered a POST (a question) names a GET address that shows the same outcome
  // without the patient's words: put it in the history, so Back to this page shows it again
  // instead of "Confirm Form Resubmission", and the question never enters a URL.
  var here = document.body.getAttribute("data-here");
  if (here && here.charAt(0) === "/" && window.history && history.replaceState) {
    history.replaceState(null, "", here);
  }
})();
(function () {
  var box = document.getElementById("q");
  var area = document.getElementById("suggestions");
  if (!box || !area || !window.fetch) { return; }
  var timer = null;
  var latest = 0;

  function clear() { while (area.firstChild) { area.removeChild(area.firstChild); } }

  function pickForm(item) {
    var form = document.createElement("form");
    form.method = "post";
    form.action = "/pick";
    var button = document.createElement("button");
    button.type = "submit";
    button.name = "id";
    button.value = item.id;
    button.className = "choice suggestion";
    button.textContent = item.question;
    form.appendChild(button);
    return form;
  }

  function show(data) {
    clear();
    if (data.urgent) {
      var hint = document.createElement("p");
      hint.className = "urgent-hint";
      hint.textContent = data.urgent;
      area.appendChild(hint);
      return;
    }
    if (!data.suggestions || !data.suggestions.length) { return; }
    var heading = document.createElement("h2");
    heading.textContent = "Questions like yours";
    heading.id = "suggestions-heading";
    area.appendChild(heading);
    var list = document.createElement("ul");
    list.className = "suggestions-list";
    list.setAttribute("aria-labelledby", "suggestions-heading");
    data.suggestions.forEach(function (item) {
      var li = document.createElement("li");
      li.appendChild(pickForm(item));
      list.appendChild(li);
    });
    area.appendChild(list);
  }

  function ask() {
    var text = box.value;
    var mine = ++latest;
    if (!text.trim()) { clear(); return; }
    fetch("/suggest", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ q: text }).toString(),
      credentials: "omit",
      cache: "no-store",
      referrerPolicy: "no-referrer"
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (data && mine === latest) { show(data); }
    }).catch(function () { /* suggestions are a convenience; the Ask button still works */ });
  }

  box.addEventListener("input", function () {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(ask, 200);
  });
})();
