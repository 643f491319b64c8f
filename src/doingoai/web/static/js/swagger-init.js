// Starts Swagger UI on the local OpenAPI document. validatorUrl: null, or Swagger UI would load a
// badge from the internet; the offices' networks are closed.
(function () {
  var root = document.getElementById("swagger-ui");
  var csrf = root.getAttribute("data-csrf-token");
  window.ui = SwaggerUIBundle({
    url: root.getAttribute("data-openapi-url"),
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    requestInterceptor: function (request) {
      // Signed in through the pages: writes from "Try it out" carry the session's CSRF token.
      if (csrf) { request.headers["X-CSRF-Token"] = csrf; }
      return request;
    }
  });
})();
