// Live reload for `duizhao serve`. The server adds this script to the pages it serves; a built site never has it.
// It listens for build events on /__duizhao/events: a new build reloads the page, a failed one shows its errors
// over the page (fetched from /__duizhao/error) while the last good build stays underneath.
(function () {
  'use strict';
  var script = document.currentScript;
  var pageGeneration = script ? script.getAttribute('data-generation') : null;
  var overlay = null;

  function style(element, properties) {
    Object.keys(properties).forEach(function (name) { element.style[name] = properties[name]; });
  }

  function hideError() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function showError(text) {
    hideError();
    overlay = document.createElement('div');
    overlay.id = 'duizhao-build-error';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'duizhao-build-error-title');
    style(overlay, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', padding: '2rem',
      background: 'rgba(20, 20, 20, 0.94)', color: '#f5f5f5', font: '14px/1.5 ui-monospace, monospace'
    });
    var title = document.createElement('h2');
    title.id = 'duizhao-build-error-title';
    title.textContent = 'The content has errors. The page below is the last good build.';
    style(title, { color: '#ff8a80', font: 'bold 16px/1.4 ui-monospace, monospace', margin: '0 0 1rem' });
    var details = document.createElement('pre');
    details.textContent = text;
    style(details, { whiteSpace: 'pre-wrap', margin: '0 0 1rem' });
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide until the next build';
    close.addEventListener('click', hideError);
    overlay.append(title, details, close);
    document.body.append(overlay);
    close.focus();
  }

  var events = new EventSource('/__duizhao/events');
  events.addEventListener('build', function (event) {
    var state = JSON.parse(event.data);
    if (!state.ok) {
      fetch('/__duizhao/error', { cache: 'no-store' })
        .then(function (response) { return response.text(); })
        .then(showError);
    } else if (String(state.generation) !== pageGeneration) {
      events.close();
      location.reload();
    } else {
      hideError();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      hideError();
    }
  });
}());
