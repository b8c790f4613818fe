/* textinsight insight view: draws the view model (textinsight/insight/view.py) with plotly.js.
 *
 * One file for both places it runs:
 *  - the report (textinsight report): the view is embedded in the page (#ti-view), and a spike's
 *    comments are the examples the view carries;
 *  - the dashboard (/dashboard): the page lists the tenant's streams and finished jobs, fetches a
 *    view from /v1 (the session cookie authenticates; same origin, GET only) and a spike's
 *    comments from /v1/streams/{name}/records.
 * Every text from the data goes into the page as text (textContent), never as HTML; strings
 * handed to plotly are entity-escaped, because plotly reads a little HTML in labels.
 */
(function () {
  "use strict";

  // The group kinds (the tabs) and their shown names come with each view from the server
  // (view.kinds: every registered label head's group, topic, channel, language, all); a view
  // written before views carried them: its groups' keys.
  var kindNames = {};
  var SHOWN_GROUPS = 8; // more groups than this start hidden (click the legend to show them)
  var PLOT_CONFIG = { displaylogo: false, responsive: true, displayModeBar: "hover", modeBarButtonsToRemove: ["select2d", "lasso2d"] };

  var config = readJson("ti-config") || { mode: "report" };
  var state = { view: null, kind: "touchpoint", source: null, topicLabels: {} };

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  // plotly renders <b>, <br>, <a href> ... in names and texts: data must not become markup
  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function fmtShare(x) { return (x === null || x === undefined || isNaN(x)) ? "–" : (100 * x).toFixed(1) + " %"; }

  function fmtP(p) {
    if (p === null || p === undefined || isNaN(p)) { return "–"; }
    return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
  }

  function fmtNum(x, digits) {
    return (x === null || x === undefined || isNaN(x)) ? "–" : Number(x).toFixed(digits);
  }

  function groupLabel(kind, group) {
    if (kind === "topic" && state.topicLabels[group]) { return group + " · " + state.topicLabels[group]; }
    return group;
  }

  function status(text) { var s = $("ti-status"); if (s) { s.textContent = text || ""; } }

  // ---- trends --------------------------------------------------------------------------------

  function viewKinds(view) {
    var kinds = view.kinds || Object.keys(view.groups || {}).map(function (k) { return { kind: k, name: k.replace(/_/g, " ") }; });
    kindNames = {};
    kinds.forEach(function (k) { kindNames[k.kind] = k.name || k.kind; });
    return kinds.map(function (k) { return k.kind; });
  }

  function kindName(kind) { return kindNames[kind] || kind; }

  function kindsWithRows(view) {
    return viewKinds(view).filter(function (k) { return view.groups && view.groups[k] && view.groups[k].length; });
  }

  function fillKinds(view) {
    var select = $("ti-kind");
    var kinds = kindsWithRows(view);
    clear(select);
    kinds.forEach(function (k) {
      var opt = el("option", null, kindName(k));
      opt.value = k;
      select.appendChild(opt);
    });
    if (kinds.indexOf(state.kind) < 0) { state.kind = kinds.indexOf("touchpoint") >= 0 ? "touchpoint" : (kinds[0] || "all"); }
    select.value = state.kind;
  }

  function seriesByGroup(rows) {
    var groups = {};
    var order = [];
    rows.forEach(function (r) {
      if (!groups[r.group]) { groups[r.group] = []; order.push(r.group); }
      groups[r.group].push(r);
    });
    order.forEach(function (g) {
      groups[g].sort(function (a, b) { return a.period_start < b.period_start ? -1 : 1; });
    });
    var total = function (g) { return groups[g].reduce(function (s, r) { return s + r.count; }, 0); };
    order.sort(function (a, b) { return total(b) - total(a) || (a < b ? -1 : 1); });
    return { groups: groups, order: order };
  }

  function drawTrends() {
    var view = state.view;
    var kind = state.kind;
    var rows = (view.groups && view.groups[kind]) || [];
    var s = seriesByGroup(rows);
    var volume = [];
    var negative = [];
    var spikeVol = { x: [], y: [], text: [], customdata: [] };
    var spikeNeg = { x: [], y: [], text: [], customdata: [] };
    s.order.forEach(function (g, i) {
      var rs = s.groups[g];
      var name = esc(groupLabel(kind, g));
      var visible = i < SHOWN_GROUPS ? true : "legendonly";
      var x = rs.map(function (r) { return r.period_start; });
      var periods = rs.map(function (r) { return esc(r.period); });
      volume.push({
        type: "scatter", mode: "lines+markers", name: name, legendgroup: g, visible: visible,
        x: x, y: rs.map(function (r) { return r.count; }), text: periods,
        meta: { kind: kind, group: g },
        hovertemplate: "%{text}: %{y} documents<extra>" + name + "</extra>"
      });
      negative.push({
        type: "scatter", mode: "lines+markers", name: name, legendgroup: g, visible: visible,
        showlegend: false, x: x,
        y: rs.map(function (r) { return r.count ? r.negative_share : null; }),
        // a share of 2 documents swings from 0 to 100 %: the marker's area shows the count
        marker: { size: rs.map(function (r) { return 3 + 2 * Math.sqrt(r.count); }), sizemode: "diameter" },
        customdata: rs.map(function (r) { return r.count; }),
        text: periods, meta: { kind: kind, group: g },
        hovertemplate: "%{text}: %{y:.1%} of %{customdata} negative<extra>" + name + "</extra>"
      });
      rs.forEach(function (r) {
        if (!r.spike) { return; }
        var idx = spikeIndex(r);
        var label = esc(groupLabel(kind, g) + " " + r.period + ": " + (r.spike_metric || "spike") + ", p=" + fmtP(r.spike_p));
        spikeVol.x.push(r.period_start); spikeVol.y.push(r.count); spikeVol.text.push(label); spikeVol.customdata.push(idx);
        spikeNeg.x.push(r.period_start); spikeNeg.y.push(r.negative_share); spikeNeg.text.push(label); spikeNeg.customdata.push(idx);
      });
    });
    var star = { symbol: "star", size: 16, color: "#d62728", line: { color: "#7f0000", width: 1 } };
    volume.push({ type: "scatter", mode: "markers", name: "spike", marker: star, x: spikeVol.x, y: spikeVol.y,
      text: spikeVol.text, customdata: spikeVol.customdata, meta: { spikes: true }, hovertemplate: "%{text}<extra></extra>" });
    negative.push({ type: "scatter", mode: "markers", name: "spike", marker: star, x: spikeNeg.x, y: spikeNeg.y,
      text: spikeNeg.text, customdata: spikeNeg.customdata, meta: { spikes: true }, showlegend: false,
      hovertemplate: "%{text}<extra></extra>" });
    var base = { margin: { l: 50, r: 10, t: 40, b: 40 }, hovermode: "closest", legend: { orientation: "h", y: -0.2 } };
    var kindLabel = esc(kindName(kind));
    Plotly.react($("ti-volume"), volume, Object.assign({}, base, {
      title: { x: 0, xanchor: "left", text: "Documents per " + esc(view.period) + " by " + kindLabel }, yaxis: { rangemode: "tozero" }
    }), PLOT_CONFIG);
    Plotly.react($("ti-negative"), negative, Object.assign({}, base, {
      title: { x: 0, xanchor: "left", text: "Share negative per " + esc(view.period) + " by " + kindLabel },
      yaxis: { tickformat: ".0%", rangemode: "tozero" }
    }), PLOT_CONFIG);
    [$("ti-volume"), $("ti-negative")].forEach(function (div) {
      if (div.removeAllListeners) { div.removeAllListeners("plotly_click"); }
      div.on("plotly_click", function (ev) {
        var pt = ev.points && ev.points[0];
        if (pt && pt.data.meta && pt.data.meta.spikes) { showSpike(pt.customdata); }
      });
    });
  }

  // ---- spikes and their comments ---------------------------------------------------------------

  function spikeIndex(row) {
    var spikes = state.view.spikes || [];
    for (var i = 0; i < spikes.length; i++) {
      var s = spikes[i];
      if (s.group_kind === row.group_kind && s.group === row.group && s.period_start === row.period_start) { return i; }
    }
    return -1;
  }

  function drawSpikes() {
    var list = $("ti-spikes");
    clear(list);
    var spikes = state.view.spikes || [];
    if (!spikes.length) {
      list.appendChild(el("li", "ti-muted", "No spikes: no period stood out against its group's own baseline."));
      return;
    }
    spikes.forEach(function (s, i) {
      var li = el("li", "ti-spike");
      var button = el("button", "ti-link", s.period + " · " + kindName(s.group_kind) + " " +
        groupLabel(s.group_kind, s.group));
      button.type = "button";
      button.setAttribute("data-spike", String(i));
      button.addEventListener("click", function () { showSpike(i); });
      li.appendChild(button);
      li.appendChild(el("span", "ti-muted", " " + s.count + " documents, " + fmtShare(s.negative_share) +
        " negative; " + (s.spike_metric || "") + " p=" + fmtP(s.spike_p)));
      list.appendChild(li);
    });
  }

  function commentItem(c) {
    var li = el("li", "ti-comment");
    var meta = [];
    if (c.date) { meta.push(c.date); }
    if (c.sentiment !== undefined && c.sentiment !== null) {
      meta.push(typeof c.sentiment === "object" ? (c.sentiment.label + " " + fmtNum(c.sentiment.score, 2)) : String(c.sentiment));
    }
    if (c.id !== undefined && c.id !== null) { meta.push("id " + c.id); }
    li.appendChild(el("p", "ti-text", c.text || ""));
    li.appendChild(el("p", "ti-muted", meta.join(" · ")));
    return li;
  }

  function listComments(title, comments) {
    $("ti-comments-title").textContent = title;
    var list = $("ti-comments");
    clear(list);
    if (!comments.length) { list.appendChild(el("li", "ti-muted", "No comments to show.")); }
    comments.forEach(function (c) { list.appendChild(commentItem(c)); });
    list.setAttribute("data-loaded", String(comments.length));
  }

  function showSpike(i) {
    var s = (state.view.spikes || [])[i];
    if (!s) { return; }
    var title = "Comments: " + s.period + " · " + groupLabel(s.group_kind, s.group);
    document.querySelectorAll(".ti-spike").forEach(function (n, j) { n.classList.toggle("ti-active", j === i); });
    if (config.mode === "dashboard" && state.source && state.source.type === "stream") {
      $("ti-comments").removeAttribute("data-loaded");
      var q = new URLSearchParams({ period: state.view.period, period_start: s.period_start, by: s.group_kind,
        group: s.group, limit: "20" });
      getJson(config.api + "/streams/" + encodeURIComponent(state.source.name) + "/records?" + q.toString())
        .then(function (body) {
          listComments(title, (body.records || []).map(function (r) {
            return { id: r.id, text: r.text, sentiment: r.sentiment, date: r.date || (r.meta && r.meta.date) };
          }));
        })
        .catch(function (err) { listComments(title, []); status(err.message); });
    } else {
      listComments(title, s.examples || []);
    }
  }

  // ---- drivers, topics, splits ---------------------------------------------------------------

  function drawDrivers() {
    var rows = (state.view.drivers || []).slice();
    var note = $("ti-drivers-note");
    var div = $("ti-drivers");
    if (!rows.length) {
      note.textContent = "No score column: drivers need a score per document (e.g. NPS).";
      div.hidden = true;
      return;
    }
    div.hidden = false;
    rows.sort(function (a, b) { return (a.rank || 0) - (b.rank || 0); });
    rows = rows.slice(0, 20).reverse(); // rank 1 on top
    note.textContent = "Mean score with the label minus without it, with its " +
      "confidence interval; grey bars have too few documents to call.";
    var effect = rows.map(function (r) { return r.effect; });
    var trace = {
      type: "bar", orientation: "h", x: effect,
      y: rows.map(function (r) { return esc(kindName(r.group_kind) + ": " + groupLabel(r.group_kind, r.group)); }),
      marker: { color: rows.map(function (r) { return r.too_few ? "#bbbbbb" : (r.effect < 0 ? "#d62728" : "#2ca02c"); }) },
      error_x: {
        type: "data", symmetric: false,
        array: rows.map(function (r) { return (r.ci_high === null || isNaN(r.ci_high)) ? 0 : r.ci_high - r.effect; }),
        arrayminus: rows.map(function (r) { return (r.ci_low === null || isNaN(r.ci_low)) ? 0 : r.effect - r.ci_low; })
      },
      text: rows.map(function (r) {
        return "n=" + r.count + ", with " + fmtNum(r.mean_with, 2) + ", without " + fmtNum(r.mean_without, 2) +
          ", impact " + fmtNum(r.impact, 2) + (r.too_few ? " (too few)" : "");
      }),
      hovertemplate: "%{y}: %{x:.2f}<br>%{text}<extra></extra>", textposition: "none"
    };
    Plotly.react(div, [trace], {
      margin: { l: 220, r: 20, t: 10, b: 40 }, height: Math.max(220, 28 * rows.length + 60),
      xaxis: { title: { text: "score difference (with - without)" }, zeroline: true }
    }, PLOT_CONFIG);
  }

  function drawTopics() {
    var box = $("ti-topics");
    clear(box);
    var topics = state.view.topics || [];
    if (!topics.length) {
      box.appendChild(el("p", "ti-muted", "No topics: give a topic model (--topics DIR) to see them."));
      return;
    }
    topics.forEach(function (t) {
      var card = el("details", "ti-topic");
      var summary = el("summary", null, "#" + t.topic + " " + (t.label || "") + " (" + t.size + ")");
      card.appendChild(summary);
      if (t.keywords && t.keywords.length) {
        card.appendChild(el("p", "ti-muted", t.keywords.map(function (k) { return Array.isArray(k) ? k[0] : k; }).join(", ")));
      }
      var ul = el("ul", "ti-list");
      (t.examples || []).forEach(function (c) { ul.appendChild(commentItem(c)); });
      card.appendChild(ul);
      box.appendChild(card);
    });
  }

  function drawSplit(id, counts, empty) {
    var div = $(id);
    var keys = Object.keys(counts || {});
    if (!keys.length) {
      if (div.data) { Plotly.purge(div); }
      clear(div);
      div.appendChild(el("p", "ti-muted", empty));
      return;
    }
    if (!div.data) { clear(div); }
    keys.sort(function (a, b) { return counts[b] - counts[a]; });
    Plotly.react(div, [{ type: "bar", x: keys.map(esc), y: keys.map(function (k) { return counts[k]; }),
      marker: { color: "#1f77b4" }, hovertemplate: "%{x}: %{y}<extra></extra>" }],
    { margin: { l: 50, r: 10, t: 10, b: 40 }, height: 260, xaxis: { type: "category" } }, PLOT_CONFIG);
  }

  // ---- the whole view ------------------------------------------------------------------------

  function render(view) {
    state.view = view;
    state.topicLabels = {};
    ((view.groups && view.groups.topic) || []).forEach(function (r) { if (r.label) { state.topicLabels[r.group] = r.label; } });
    (view.topics || []).forEach(function (t) { if (t.label) { state.topicLabels[String(t.topic)] = t.label; } });
    $("ti-title").textContent = view.title || "textinsight";
    document.title = view.title || "textinsight";
    $("ti-subtitle").textContent = "Per " + view.period + "; generated " + (view.generated_at || "");
    $("ti-views").hidden = false;
    fillKinds(view);
    drawTrends();
    drawSpikes();
    listComments("Comments", []);
    $("ti-comments").removeAttribute("data-loaded");
    drawDrivers();
    drawTopics();
    drawSplit("ti-languages", view.languages, "No languages.");
    drawSplit("ti-channels", view.channels, "No channel column in the records.");
    document.body.setAttribute("data-ready", "1");
  }

  // ---- the dashboard: sources from /v1 -------------------------------------------------------

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (resp) {
        if (resp.status === 401) { window.location.assign(config.login || "/dashboard"); throw new Error("signed out"); }
        return resp.json().then(function (body) {
          if (!resp.ok) { throw new Error((body && (body.detail || body.title)) || ("HTTP " + resp.status)); }
          return body;
        });
      });
  }

  function loadSource() {
    var value = $("ti-source").value;
    if (!value) { return; }
    var parts = value.split(":");
    var type = parts.shift();
    var name = parts.join(":");
    state.source = { type: type, name: name };
    var q = new URLSearchParams({ period: $("ti-period").value });
    var score = $("ti-score").value.trim();
    if (score) { q.set("score", score); }
    var url = type === "stream"
      ? config.api + "/streams/" + encodeURIComponent(name) + "/view?" + q.toString()
      : config.api + "/jobs/" + encodeURIComponent(name) + "/view?" + q.toString();
    document.body.removeAttribute("data-ready");
    status("loading …");
    return getJson(url).then(function (view) { status(""); render(view); fillScores(view.scores || []); })
      .catch(function (err) { status(err.message); });
  }

  function fillScores(names) {
    var list = $("ti-scores");
    clear(list);
    names.forEach(function (n) { var opt = el("option"); opt.value = n; list.appendChild(opt); });
  }

  function startDashboard() {
    $("ti-picker").hidden = false;
    var select = $("ti-source");
    var streams = getJson(config.api + "/streams").then(function (b) { return b.streams || []; })
      .catch(function () { return []; });
    var jobs = getJson(config.api + "/jobs?limit=100").then(function (b) {
      return (b.jobs || []).filter(function (j) { return j.status === "succeeded" && j.kind === "analyze"; });
    }).catch(function () { return []; });
    Promise.all([streams, jobs]).then(function (found) {
      clear(select);
      found[0].forEach(function (s) {
        var opt = el("option", null, "stream " + s.name + " (" + s.count + " documents" +
          (s.first_day ? ", " + s.first_day + " – " + s.last_day : "") + ")");
        opt.value = "stream:" + s.name;
        select.appendChild(opt);
      });
      found[1].forEach(function (j) {
        var n = j.summary && j.summary.records;
        var opt = el("option", null, "job " + j.id + (n !== undefined ? " (" + n + " documents, " : " (") + (j.finished_at || "") + ")");
        opt.value = "job:" + j.id;
        select.appendChild(opt);
      });
      if (!select.options.length) {
        status("No streams or finished jobs yet: POST documents to /v1/streams/{name}/documents.");
        document.body.setAttribute("data-ready", "0");
        return;
      }
      loadSource();
    });
    $("ti-load").addEventListener("click", loadSource);
    select.addEventListener("change", loadSource);
  }

  function start() {
    $("ti-kind").addEventListener("change", function () { state.kind = this.value; drawTrends(); });
    if (config.mode === "dashboard") { startDashboard(); } else { render(readJson("ti-view")); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
