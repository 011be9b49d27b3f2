/*
 * Chronicle embed: turns placeholders on a host page into Chronicle timelines.
 *
 *   <div data-chronicle-timeline data-type="visit,meeting" data-event="EVENT_ID"
 *        data-lang="ar" data-theme="light" data-height="320" data-list="full">
 *     <a href="https://chronicle.example/?type=visit,meeting">The chronology on Chronicle</a>
 *   </div>
 *   <script async src="https://chronicle.example/embed.js"></script>
 *
 * Every data- attribute but data-chronicle-timeline becomes a parameter of the /embed page
 * (data-min-sources → minSources): the filters and window of the home page (q, type, status,
 * actor, country, outlet, source, min-sources, from, to, start, end, hijri), the selected event, and the
 * embed's lang (ar|en), theme (light|dark), height (of the timeline, in pixels) and list
 * (full|compact|none). The placeholder's content (a link for readers without JavaScript) is
 * replaced by an iframe from the server this script came from.
 *
 * The iframe reports its height and the host resizes it to fit; only messages from that server's
 * origin, sent by one of these iframes, are listened to. A selection in the timeline is passed on
 * as a "chronicle:select" DOM event on the placeholder (event.detail.eventId), which bubbles.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 4000;
  // Before the first report: the bar, a timeline and a list of the usual sizes.
  var INITIAL_HEIGHT = 680;
  var DASH_LETTER = /-([a-z])/g;
  var frames = [];

  function paramName(attribute) {
    return attribute.slice("data-".length).replace(DASH_LETTER, function (_, letter) {
      return letter.toUpperCase();
    });
  }

  function mount(placeholder) {
    if (placeholder.getAttribute("data-chronicle-mounted") !== null) return;
    placeholder.setAttribute("data-chronicle-mounted", "");
    var params = new URLSearchParams();
    for (var i = 0; i < placeholder.attributes.length; i++) {
      var attribute = placeholder.attributes[i];
      if (attribute.name.indexOf("data-") !== 0) continue;
      if (attribute.name === "data-chronicle-timeline" || attribute.name === "data-chronicle-mounted") continue;
      params.set(paramName(attribute.name), attribute.value);
    }
    var fallback = placeholder.querySelector("a");
    var iframe = document.createElement("iframe");
    iframe.src = origin + "/embed" + (params.toString() ? "?" + params : "");
    iframe.title = (fallback && fallback.textContent.trim()) || "Chronicle";
    iframe.loading = "lazy";
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    iframe.style.cssText = "display:block;width:100%;border:0;height:" + INITIAL_HEIGHT + "px";
    placeholder.textContent = "";
    placeholder.appendChild(iframe);
    frames.push({ iframe: iframe, placeholder: placeholder });
  }

  function frameOf(source) {
    for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var frame = frameOf(event.source);
    var data = event.data;
    if (!frame || !data || typeof data !== "object") return;
    if (data.type === "chronicle:resize" && typeof data.height === "number" && isFinite(data.height)) {
      var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(data.height)));
      frame.iframe.style.height = height + "px";
    } else if (data.type === "chronicle:select" && (typeof data.eventId === "string" || data.eventId === null)) {
      frame.placeholder.dispatchEvent(new CustomEvent("chronicle:select", { bubbles: true, detail: { eventId: data.eventId } }));
    }
  });

  function mountAll() {
    var placeholders = document.querySelectorAll("[data-chronicle-timeline]");
    for (var i = 0; i < placeholders.length; i++) mount(placeholders[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
