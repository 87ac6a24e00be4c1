/* lawcheck serve: the pages' behaviour. Served from /static/ (the
   Content-Security-Policy allows no inline script); every page works
   without it, only less conveniently. */
(function () {
  "use strict";

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $$(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  /* ---- upload forms: drag and drop onto the drop zone, show the chosen name */
  function setUpDrop() {
    var drop = $("#drop");
    var input = drop && $("input[type=file]", drop);
    var label = $("#file-name");
    if (!drop || !input) { return; }
    function showName() {
      var names = Array.prototype.map.call(input.files || [], function (f) { return f.name; });
      label.textContent = names.length === 0 ? "" :
        (names.length === 1 ? "已选择：" + names[0] : "已选择 " + names.length + " 个文件：" + names.slice(0, 5).join("、") +
          (names.length > 5 ? " …" : ""));
    }
    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "dragend"].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("over");
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        showName();
      }
    });
    input.addEventListener("change", showName);
    showName();
  }

  function setUpBusy() {
    $$("form.upload").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        var limit = Number(form.getAttribute("data-limit") || 0);
        var input = $("input[type=file]", form);
        var total = 0;
        Array.prototype.forEach.call((input && input.files) || [], function (f) { total += f.size; });
        if (limit && total > limit) {
          e.preventDefault();
          var label = $("#file-name");
          if (label) { label.textContent = "文件过大：超过上限 " + Math.round(limit / 1048576) + " MB，请拆分后再检查"; }
          return;
        }
        var busy = $("#busy", form);
        var button = $("button[type=submit]", form);
        if (busy) { busy.hidden = false; }
        if (button) { window.setTimeout(function () { button.disabled = true; }, 0); }
      });
    });
  }

  /* ---- result page: clicking an element, finding or outline area shows its evidence in the text */
  function setUpEvidence() {
    var body = $("#t-body");
    var status = $("#t-status");
    if (!body) { return; }
    function show(item) {
      $$(".ln.hl", body).forEach(function (ln) { ln.classList.remove("hl"); });
      $$(".item.active").forEach(function (it) { it.classList.remove("active"); });
      item.classList.add("active");
      var nos = (item.getAttribute("data-lines") || "").split(/\s+/).filter(Boolean);
      var first = null;
      nos.forEach(function (no) {
        $$('.ln[data-no="' + no + '"]', body).forEach(function (ln) {
          ln.classList.add("hl");
          if (!first) { first = ln; }
        });
      });
      var label = item.getAttribute("data-label") || "";
      if (status) {
        status.textContent = nos.length ? label + "：依据在第 " + nos.join("、") + " 行" + (nos.length > 1 ? "（已全部突出显示）" : "")
          : label + "：原文中没有找到依据";
      }
      if (first) {
        body.scrollTop = Math.max(0, first.offsetTop - body.clientHeight / 3);
      }
    }
    document.addEventListener("click", function (e) {
      var item = e.target.closest ? e.target.closest("[data-lines]") : null;
      if (item) { show(item); }
    });
    var printButton = $("#print");
    if (printButton) { printButton.addEventListener("click", function () { window.print(); }); }
  }

  /* ---- batch page: poll the status until the batch is done, then load the overview */
  function setUpProgress() {
    var box = $("#batch-progress");
    if (!box) { return; }
    var bar = $("#bp-bar");
    var text = $("#bp-text");
    var list = $("#bp-units");
    function stateText(u) {
      if (u.state === "done") { return "已检查，得分 " + u.score; }
      if (u.state === "failed") { return "无法检查：" + (u.error || ""); }
      if (u.state === "skipped") { return "跳过：" + (u.error || ""); }
      if (u.state === "running") { return "检查中"; }
      return "等待";
    }
    function poll() {
      fetch(box.getAttribute("data-status"), { cache: "no-store" }).then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        return r.json();
      }).then(function (s) {
        bar.max = s.total;
        bar.value = s.done;
        text.textContent = "已完成 " + s.done + " / " + s.total + " 份" + (s.failed ? "，其中 " + s.failed + " 份无法检查" : "") +
          (s.stage === "overview" ? "；正在生成区域总览……" : "");
        if (list) {
          var items = list.children;
          s.units.forEach(function (u, i) {
            var li = items[i];
            if (!li) { return; }
            li.className = "unit u-" + u.state;
            var st = $(".u-state", li);
            if (st) { st.textContent = stateText(u); }
          });
        }
        if (s.finished) { window.location.replace(box.getAttribute("data-page")); }
        else { window.setTimeout(poll, 700); }
      }).catch(function () { window.setTimeout(poll, 2000); });
    }
    window.setTimeout(poll, 300);
  }

  /* ---- result page answered to POST /check: its address becomes /result/<id>, so a reload does not post again */
  function setUpPermalink() {
    var result = $(".result[data-permalink]");
    var link = result && result.getAttribute("data-permalink");
    if (link && window.location.pathname !== link && window.history && window.history.replaceState) {
      window.history.replaceState(null, "", link);
    }
  }

  function start() {
    setUpPermalink();
    setUpDrop();
    setUpBusy();
    setUpEvidence();
    setUpProgress();
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
