// An import's progress bar follows the import without reloading the page, for browsers with
// script; without it the page refreshes itself. Once the import is no longer running the page is
// loaded again, so that its report shows.
(function () {
  var bar = document.getElementById('import-progress');
  var status = document.getElementById('import-status');
  if (!bar || !bar.getAttribute('data-poll') || !window.fetch) { return; }
  var url = bar.getAttribute('data-poll');
  function poll() {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (job) {
        if (!job) { return; }
        if (job.state !== 'CHECKING' && job.state !== 'STORING') { window.location.reload(); return; }
        var percent = job.records ? Math.min(99, Math.floor(100 * job.stored / job.records)) : 0;
        bar.value = percent;
        if (status) { status.textContent = status.textContent.replace(/\d+(?=\D*$)/, String(job.stored)); }
        setTimeout(poll, 700);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  setTimeout(poll, 700);
})();
