// Suggestions as one types, for browsers with script; the form works without it.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list || !window.fetch) { return; }
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (!text) { list.innerHTML = ''; return; }
    timer = setTimeout(function () {
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (suggestions) {
          list.innerHTML = '';
          suggestions.forEach(function (s) {
            var option = document.createElement('option');
            option.value = s.name;
            list.appendChild(option);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
