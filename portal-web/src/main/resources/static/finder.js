// The village finder suggests villages as one types (name, pinyin or initials), for browsers with
// script; the form works without it. The suggestions are plain links under the box.
(function () {
  var input = document.getElementById('village-q');
  var list = document.getElementById('village-suggestions');
  if (!input || !list || !window.fetch) { return; }
  input.removeAttribute('list');
  var timer = null;
  var asked = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    var text = input.value.trim();
    if (!text) { asked++; list.innerHTML = ''; return; }
    timer = setTimeout(function () {
      var ask = ++asked;
      fetch(input.getAttribute('data-suggest') + '?limit=8&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (villages) {
          if (ask !== asked) { return; }
          list.innerHTML = '';
          villages.forEach(function (v) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = input.getAttribute('data-village') + v.id;
            link.textContent = v.townshipName + ' ' + v.name;
            item.appendChild(link);
            list.appendChild(item);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
