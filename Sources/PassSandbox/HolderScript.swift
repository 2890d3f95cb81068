/// The holder page's one script, served from the sandbox (the page's
/// Content-Security-Policy allows no inline script). It moves the request
/// id from the link's fragment into the query, then polls the sandbox
/// once a second: the time left, each file's state and its link, and a
/// reload when the status changes (accepted or declined elsewhere, expired).
/// It writes text only with `textContent`.
enum HolderScript {
    static let text = #"""
        "use strict";
        (function () {
          var main = document.getElementById("main");
          if (!main) return;
          if (main.dataset.view === "opening") { openFromFragment(); return; }
          var poll = main.dataset.poll;
          if (poll) refresh();

          function openFromFragment() {
            var content = new URLSearchParams(location.hash.slice(1)).get("content");
            if (!content) {
              setText("opening-note", "This link names no request. Open the whole link the partner gave you.");
              return;
            }
            location.replace(location.pathname + "?content=" + encodeURIComponent(content));
          }

          function refresh() {
            fetch(poll, { cache: "no-store", credentials: "same-origin" })
              .then(function (answer) { return answer.ok ? answer.json() : null; })
              .then(function (status) { if (status) apply(status); })
              .catch(function () {})
              .then(function () { setTimeout(refresh, 1000); });
          }

          function apply(status) {
            if (status.status !== main.dataset.status) { location.reload(); return; }
            setText("time-left", status.time_left);
            setText("files-summary", status.files_summary);
            var rows = document.querySelectorAll("li.file");
            (status.files || []).forEach(function (file) {
              rows.forEach(function (row) { if (row.dataset.asset === file.asset_id) update(row, file); });
            });
          }

          function update(row, file) {
            if (row.dataset.state !== file.state) row.dataset.state = file.state;
            var state = row.querySelector(".file-state");
            if (state && state.textContent !== file.text) state.textContent = file.text;
            var link = row.querySelector(".file-open");
            if (!link) return;
            if (typeof file.href === "string" && file.href.charAt(0) === "/" && file.href.charAt(1) !== "/") {
              link.setAttribute("href", file.href);
              link.hidden = false;
            } else {
              link.hidden = true;
            }
          }

          function setText(id, text) {
            var element = document.getElementById(id);
            if (element && typeof text === "string" && element.textContent !== text) element.textContent = text;
          }
        })();

        """#
}
