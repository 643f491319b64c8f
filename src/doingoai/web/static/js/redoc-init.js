// Starts ReDoc on the local OpenAPI document, with the system fonts (no font service).
(function () {
  var root = document.getElementById("redoc");
  Redoc.init(root.getAttribute("data-openapi-url"), {
    hideDownloadButton: false,
    theme: { typography: { fontFamily: "system-ui, sans-serif", headings: { fontFamily: "system-ui, sans-serif" } } }
  }, root);
})();
