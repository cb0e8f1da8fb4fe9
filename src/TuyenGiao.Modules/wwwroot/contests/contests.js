// Progressive enhancement for the public contest pages (they work without it):
// - registration: live, tone-insensitive unit search filling the unit list;
// - attempt: each answer saved as it is chosen (PUT), queued in localStorage while offline and
//   sent again when the connection returns; a countdown from the server's time left.
(function () {
  'use strict';

  var search = document.querySelector('input[data-units]');
  var select = document.getElementById('unit');
  if (search && select) {
    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch(search.dataset.units + '?q=' + encodeURIComponent(search.value), { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (units) {
            var keep = select.options[0];
            select.innerHTML = '';
            select.appendChild(keep);
            units.forEach(function (u) {
              var o = document.createElement('option');
              o.value = u.id;
              o.textContent = u.name + (u.parentName ? ' — ' + u.parentName : '');
              select.appendChild(o);
            });
            if (units.length > 0) { select.selectedIndex = 1; }
          })
          .catch(function () { /* offline: the plain search button still works */ });
      }, 250);
    });
  }

  var form = document.getElementById('attempt-form');
  if (!form) { return; }
  var api = form.dataset.api;
  var key = 'tg-pending-' + form.dataset.attempt;
  var status = document.querySelector('[data-save-status]');
  var pending = {};
  try { pending = JSON.parse(localStorage.getItem(key) || '{}'); } catch (e) { pending = {}; }
  var sending = {};

  function store() {
    try { localStorage.setItem(key, JSON.stringify(pending)); } catch (e) { /* private mode */ }
  }

  function chosen(qid) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="q' + qid + '"]:checked')).map(function (i) { return +i.value; });
  }

  function mark(qid, text, isPending) {
    var el = form.querySelector('[data-state-for="' + qid + '"]');
    if (el) { el.textContent = text; el.classList.toggle('pending', !!isPending); }
  }

  function summary() {
    var n = Object.keys(pending).length;
    if (status) {
      status.textContent = n === 0 ? form.dataset.msgAllSaved : (navigator.onLine ? form.dataset.msgSaving : form.dataset.msgOffline);
      status.dataset.pending = String(n);
    }
  }

  function send(qid) {
    if (!(qid in pending) || sending[qid]) { return; }
    var answer = pending[qid];
    sending[qid] = true;
    mark(qid, form.dataset.msgSaving, true);
    fetch(api + '/answers', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ questionId: +qid, optionIds: answer })
    }).then(function (r) {
      sending[qid] = false;
      if (r.ok) {
        if (JSON.stringify(pending[qid]) === JSON.stringify(answer)) { delete pending[qid]; store(); }
        mark(qid, form.dataset.msgSaved, false);
      } else if (r.status === 409 || r.status === 404) {
        // Time is up or already submitted: nothing to retry; show the server's words.
        delete pending[qid]; store();
        r.json().then(function (p) { mark(qid, p.title || '', true); }).catch(function () { });
      } else {
        mark(qid, form.dataset.msgOffline, true);
      }
      summary();
      if (qid in pending) { setTimeout(function () { send(qid); }, 3000); }
    }).catch(function () {
      sending[qid] = false;
      mark(qid, form.dataset.msgOffline, true);
      summary();
    });
  }

  function flush() { Object.keys(pending).forEach(send); summary(); }

  // Answers chosen offline before a reload are put back on the form, then sent.
  Object.keys(pending).forEach(function (qid) {
    form.querySelectorAll('input[name="q' + qid + '"]').forEach(function (i) { i.checked = pending[qid].indexOf(+i.value) >= 0; });
  });

  form.addEventListener('change', function (e) {
    var m = /^q(\d+)$/.exec(e.target.name || '');
    if (!m) { return; }
    pending[m[1]] = chosen(m[1]);
    store();
    send(m[1]);
    summary();
  });
  form.addEventListener('submit', function () { try { localStorage.removeItem(key); } catch (e) { } });
  window.addEventListener('online', flush);
  setInterval(function () { if (navigator.onLine) { flush(); } }, 5000);
  flush();

  // The countdown runs from the server's "seconds left", so a wrong phone clock does not matter.
  var clock = document.querySelector('[data-countdown]');
  var end = Date.now() + (+form.dataset.secondsLeft) * 1000;
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    if (clock) { clock.textContent = String(Math.floor(left / 60)).padStart(2, '0') + ':' + String(left % 60).padStart(2, '0'); }
    if (left === 0) {
      clearInterval(timerId);
      if (status) { status.textContent = form.dataset.msgTimeUp; }
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
  }
  var timerId = setInterval(tick, 1000);
  tick();
})();
