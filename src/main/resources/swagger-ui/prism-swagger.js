// Starts Swagger UI on the service's own OpenAPI document; every asset comes from the service. The base layout
// has no top bar: the page shows this one document, never one named in its URL, and the top bar's logo would
// need an inline style the page's Content-Security-Policy does not allow. No validator badge either: it would be
// fetched from outside.
(function () {
  var root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-url'),
    domNode: root,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    persistAuthorization: false,
    validatorUrl: null
  });
})();
