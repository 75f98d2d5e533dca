/*
 * The coach's phone page (coaches/today.xhtml). Everything typed stays on the phone until the server
 * has it: the form is kept as a draft while it is filled in (a reload loses nothing), a saved visit
 * goes to a queue, and the queue is sent to /api/visits now, when the connection returns, every few
 * seconds, or on "send now". Each visit carries a UUID made here: the server stores a resent visit
 * once (200) and refuses another visit under the same UUID (409). The form checks what the server
 * checks before a visit is queued; a visit the server still refuses (a site no longer assigned that
 * day, say) stays on the phone in the "refused" list, with the reasons in words, to be corrected and
 * sent again. Nothing the coach typed is ever dropped without the coach choosing to.
 * A service worker keeps the page itself so that it opens again without network.
 */
(function () {
    var page = document.getElementById('visitPage');
    if (!page) { return; }
    var api = page.getAttribute('data-api');
    var DRAFT = 'terrain-visit-draft';
    var QUEUE = 'terrain-visit-queue';
    var REFUSED = 'terrain-visit-refused';
    var day = JSON.parse(document.getElementById('dayData').textContent || '{}');
    var texts = document.getElementById('texts').dataset;
    var form = document.getElementById('visitForm');
    var sending = false;

    function uuid() {
        if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).substring(1); }).join('');
        return h.substr(0, 8) + '-' + h.substr(8, 4) + '-' + h.substr(12, 4) + '-' + h.substr(16, 4) + '-' + h.substr(20);
    }
    function read(key, fallback) {
        try { var v = localStorage.getItem(key); return v ? JSON.parse(v) : fallback; } catch (e) { return fallback; }
    }
    function write(key, value) {
        try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage full or private mode */ }
    }

    // ---- the form and its draft ----
    var siteSelect = document.getElementById('siteId');
    (day.sites || []).forEach(function (s) {
        var o = document.createElement('option');
        o.value = s.id; o.textContent = s.name + ' (' + s.code + ')';
        siteSelect.appendChild(o);
    });
    function showAgenda() {
        var box = document.getElementById('agenda');
        box.innerHTML = '';
        var site = (day.sites || []).filter(function (s) { return String(s.id) === siteSelect.value; })[0];
        // The site's whole checklist (evidence, adaptations) is one tap away when it is being rolled out.
        var link = document.getElementById('siteChecklist');
        link.hidden = !(site && site.agenda && site.agenda.length);
        link.href = link.getAttribute('data-href') + (site ? site.id : '');
        // Each item of the site's checklist: worked on during the visit, or finished (done implies worked on).
        (site ? site.agenda : []).forEach(function (item) {
            var row = document.createElement('div');
            row.className = 't-agenda-item';
            var label = document.createElement('label');
            var check = document.createElement('input');
            check.type = 'checkbox'; check.value = item; check.name = 'agendaItem';
            label.appendChild(check); label.appendChild(document.createTextNode(' ' + item));
            var doneLabel = document.createElement('label');
            doneLabel.className = 't-agenda-done';
            var done = document.createElement('input');
            done.type = 'checkbox'; done.value = item; done.name = 'agendaDone';
            done.addEventListener('change', function () { if (done.checked) { check.checked = true; } });
            doneLabel.appendChild(done); doneLabel.appendChild(document.createTextNode(' ' + box.getAttribute('data-done')));
            row.appendChild(label); row.appendChild(doneLabel);
            box.appendChild(row);
        });
    }
    function addAction(values) {
        var row = document.getElementById('actionTemplate').content.firstElementChild.cloneNode(true);
        if (values) {
            row.querySelectorAll('[data-field]').forEach(function (i) { i.value = values[i.getAttribute('data-field')] || ''; });
        }
        document.getElementById('actions').appendChild(row);
    }
    function formState() {
        var state = {};
        ['uuid', 'siteId', 'date', 'startTime', 'durationMinutes', 'purpose', 'observations', 'behaviours', 'workedOn', 'nextVisitOn']
            .forEach(function (n) { state[n] = form.elements[n].value; });
        var mood = form.querySelector('input[name=teamMood]:checked');
        state.teamMood = mood ? mood.value : '';
        state.agenda = Array.prototype.map.call(form.querySelectorAll('input[name=agendaItem]:checked'), function (c) { return c.value; });
        state.done = Array.prototype.map.call(form.querySelectorAll('input[name=agendaDone]:checked'), function (c) { return c.value; });
        state.actions = Array.prototype.map.call(document.querySelectorAll('#actions .t-action'), function (row) {
            var a = {};
            row.querySelectorAll('[data-field]').forEach(function (i) { a[i.getAttribute('data-field')] = i.value; });
            return a;
        });
        return state;
    }
    function fill(state) {
        Object.keys(state).forEach(function (n) {
            if (form.elements[n] && typeof state[n] === 'string' && n !== 'teamMood') { form.elements[n].value = state[n]; }
        });
        form.querySelectorAll('input[name=teamMood]').forEach(function (r) { r.checked = r.value === state.teamMood; });
        showAgenda();
        form.querySelectorAll('input[name=agendaItem]').forEach(function (c) { c.checked = (state.agenda || []).indexOf(c.value) >= 0; });
        form.querySelectorAll('input[name=agendaDone]').forEach(function (c) { c.checked = (state.done || []).indexOf(c.value) >= 0; });
        document.getElementById('actions').innerHTML = '';
        (state.actions || []).forEach(addAction);
        var planned = (day.planned || []).some(function (p) { return p.uuid === state.uuid; });
        var title = document.getElementById('formTitle');
        title.textContent = state.correcting ? title.getAttribute('data-refused')
            : planned ? title.getAttribute('data-planned') : title.getAttribute('data-new');
    }
    function blank(from) {
        return { uuid: uuid(), siteId: from && from.siteId || siteSelect.value, date: day.date || new Date().toISOString().substring(0, 10),
            startTime: '', durationMinutes: '', purpose: 'COACHING', observations: '', behaviours: '', workedOn: '', nextVisitOn: '',
            teamMood: '', agenda: [], done: [], actions: [] };
    }
    /** A visit as it was queued, back into the form's terms (the site's checklist items apart from the free lines). */
    function stateOf(visit) {
        var site = (day.sites || []).filter(function (s) { return s.id === visit.siteId; })[0];
        var agenda = site ? site.agenda || [] : [];
        var worked = visit.workedOn || [];
        return { uuid: visit.uuid, siteId: String(visit.siteId), date: visit.date || '',
            startTime: visit.startTime ? visit.startTime.substring(0, 5) : '',
            durationMinutes: visit.durationMinutes ? String(visit.durationMinutes) : '', purpose: visit.purpose || 'COACHING',
            observations: visit.observations || '', behaviours: visit.behaviours || '',
            workedOn: worked.filter(function (w) { return agenda.indexOf(w) < 0; }).join('\n'), nextVisitOn: visit.nextVisitOn || '',
            teamMood: visit.teamMood ? String(visit.teamMood) : '',
            agenda: worked.filter(function (w) { return agenda.indexOf(w) >= 0; }), done: visit.completed || [],
            actions: (visit.actions || []).map(function (a) { return { description: a.description || '', owner: a.owner || '', dueOn: a.dueOn || '' }; }) };
    }
    function hasContent(state) {
        return !!(state.observations || state.behaviours || state.workedOn || state.durationMinutes || state.nextVisitOn
            || state.teamMood || (state.agenda || []).length || (state.done || []).length
            || state.actions.some(function (a) { return a.description || a.owner || a.dueOn; }));
    }
    function saveDraft() {
        var state = formState();
        state.correcting = correcting;
        write(DRAFT, state);
    }
    var correcting = false;

    // ---- checks: the server's rules for a logged visit (CoachRules.check), in words beside each field ----
    function clearErrors() {
        form.querySelectorAll('.t-error').forEach(function (el) { el.textContent = ''; });
    }
    /** Shows each problem beside its field; a field path the form does not show goes to the top. Returns how many. */
    function showErrors(problems) {
        clearErrors();
        var rows = document.querySelectorAll('#actions .t-action');
        problems.forEach(function (p) {
            var action = /^actions\[(\d+)\]\.(\w+)$/.exec(p.field);
            var box = action ? (rows[Number(action[1]) - 1] || document).querySelector('.t-error[data-for-action=' + action[2] + ']')
                : form.querySelector('.t-error[data-for=' + p.field + ']');
            if (box) { box.textContent = p.message; }
        });
        return problems.length;
    }
    function check(state) {
        var problems = [];
        ['siteId', 'date'].forEach(function (n) { if (!state[n]) { problems.push({ field: n, message: texts.required }); } });
        var minutes = state.durationMinutes === '' ? null : Number(state.durationMinutes);
        if (minutes !== null && !(minutes >= 5 && minutes <= 720 && Math.round(minutes) === minutes)) {
            problems.push({ field: 'durationMinutes', message: texts.duration });
        }
        if (state.date && state.nextVisitOn && state.nextVisitOn <= state.date) {
            problems.push({ field: 'nextVisitOn', message: texts.nextAfter });
        }
        // Only the rows the coach started count; an empty row is left out of the visit, as payload() does.
        state.actions.forEach(function (a, i) {
            if (!(a.description || a.owner || a.dueOn)) { return; }
            ['description', 'owner', 'dueOn'].forEach(function (f) {
                if (!String(a[f] || '').trim()) { problems.push({ field: 'actions[' + (i + 1) + '].' + f, message: texts.required }); }
            });
        });
        return problems;
    }
    /** "Action 2 · By when: is required." — what a coach reads instead of "actions[2].dueOn". */
    function inWords(p) {
        var action = /^actions\[(\d+)\]\.(\w+)$/.exec(p.field || '');
        var label;
        if (action) {
            var input = document.getElementById('actionTemplate').content.querySelector('[data-field=' + action[2] + ']');
            label = texts.action + ' ' + action[1] + ' · ' + input.parentNode.firstElementChild.textContent.replace('*', '').trim();
        } else {
            var l = p.field && form.querySelector('label[for=' + p.field + ']');
            label = l ? l.textContent.replace('*', '').trim() : '';
        }
        return (label ? label + texts.labelSeparator : '') + (p.message || '');
    }

    // ---- planned visits of the day ----
    var list = document.getElementById('plannedList');
    if (!(day.planned || []).length) {
        var none = document.createElement('li'); none.className = 't-muted'; none.textContent = list.getAttribute('data-empty');
        list.appendChild(none);
    }
    (day.planned || []).forEach(function (p) {
        var li = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button'; button.className = 't-planned-visit';
        button.textContent = (p.time ? p.time.substring(0, 5) + ' · ' : '') + p.siteName + (p.logged ? ' ✓' : '');
        button.disabled = p.logged;
        button.addEventListener('click', function () {
            var state = blank(); state.uuid = p.uuid; state.siteId = String(p.siteId); state.purpose = p.purpose;
            state.startTime = p.time ? p.time.substring(0, 5) : '';
            fill(state); saveDraft();
        });
        li.appendChild(button); list.appendChild(li);
    });

    // ---- the queue ----
    function siteName(id) {
        var site = (day.sites || []).filter(function (s) { return s.id === id; })[0];
        return site ? site.name : '#' + id;
    }
    function button(text, onClick) {
        var b = document.createElement('button');
        b.type = 'button'; b.className = 't-link-button'; b.textContent = text;
        b.addEventListener('click', onClick);
        return b;
    }
    /** Older phones kept the bare visit; entries now carry the reasons it was refused. */
    function refusedEntries() {
        return read(REFUSED, []).map(function (e) { return e.visit ? e : { visit: e, reasons: [] }; });
    }
    function takeRefused(uuid) {
        var all = refusedEntries();
        var entry = all.filter(function (e) { return e.visit.uuid === uuid; })[0];
        write(REFUSED, all.filter(function (e) { return e !== entry; }));
        return entry;
    }
    function renderRefused() {
        var entries = refusedEntries();
        var list = document.getElementById('refusedList');
        document.getElementById('refusedBox').hidden = !entries.length;
        list.innerHTML = '';
        entries.forEach(function (e) {
            var li = document.createElement('li');
            li.className = 't-refused-visit';
            var head = document.createElement('strong');
            head.textContent = e.visit.date + ' · ' + siteName(e.visit.siteId);
            li.appendChild(head);
            var why = document.createElement('ul');
            e.reasons.forEach(function (r) {
                var item = document.createElement('li'); item.textContent = inWords(r); why.appendChild(item);
            });
            li.appendChild(why);
            li.appendChild(button(texts.correct, function () {
                // A visit being typed is never replaced unseen.
                if (hasContent(formState()) && !window.confirm(texts.replaceDraft)) { return; }
                var entry = takeRefused(e.visit.uuid);
                var state = stateOf(entry.visit);
                // Its identifier belonged to another visit: corrected, it goes as a new one.
                if (entry.conflict) { state.uuid = uuid(); }
                correcting = true;
                state.correcting = true;
                fill(state);
                showErrors(entry.reasons);
                saveDraft();
                renderRefused();
                form.scrollIntoView();
            }));
            li.appendChild(button(texts.resend, function () {
                var entry = takeRefused(e.visit.uuid);
                if (entry.conflict) { entry.visit.uuid = uuid(); }
                write(QUEUE, read(QUEUE, []).concat([entry.visit]));
                renderRefused();
                renderQueue(texts.queued);
                sync();
            }));
            li.appendChild(button(texts.discard, function () {
                if (window.confirm(texts.discardConfirm)) { takeRefused(e.visit.uuid); renderRefused(); }
            }));
            list.appendChild(li);
        });
    }
    function setAside(item, reasons, conflict) {
        write(REFUSED, refusedEntries().concat([{ visit: item, reasons: reasons, conflict: conflict }]));
        renderRefused();
    }
    function renderQueue(message) {
        var queue = read(QUEUE, []);
        document.getElementById('pendingCount').textContent = queue.length;
        var connection = document.getElementById('connection');
        connection.textContent = navigator.onLine ? connection.getAttribute('data-online') : connection.getAttribute('data-offline');
        if (message !== undefined) { document.getElementById('syncMessage').textContent = message; }
    }
    function payload(state) {
        var done = state.done || [];
        var worked = state.agenda.concat(done.filter(function (d) { return state.agenda.indexOf(d) < 0; }))
            .concat(state.workedOn.split('\n').map(function (l) { return l.trim(); }).filter(Boolean));
        return {
            uuid: state.uuid, siteId: Number(state.siteId), date: state.date, startTime: state.startTime ? state.startTime + ':00' : null,
            durationMinutes: state.durationMinutes ? Number(state.durationMinutes) : null, purpose: state.purpose,
            observations: state.observations, behaviours: state.behaviours, workedOn: worked,
            actions: state.actions.filter(function (a) { return a.description || a.owner || a.dueOn; })
                .map(function (a) { return { description: a.description, owner: a.owner, dueOn: a.dueOn || null, status: 'OPEN' }; }),
            teamMood: state.teamMood ? Number(state.teamMood) : null, nextVisitOn: state.nextVisitOn || null,
            completed: state.done || []
        };
    }
    function sync() {
        var queue = read(QUEUE, []);
        if (sending || !queue.length) { renderQueue(); return; }
        sending = true;
        var item = queue[0];
        // Terrain answers in the page's language (the coach's), not the phone's.
        fetch(api, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json',
                'Accept-Language': document.documentElement.lang || navigator.language, 'X-Requested-With': 'terrain-visits' },
            body: JSON.stringify(item) })
            .then(function (res) {
                return res.json().catch(function () { return {}; }).then(function (body) { return { status: res.status, body: body }; });
            })
            .then(function (r) {
                sending = false;
                if (r.status === 401) { renderQueue(texts.signedOut); return; } // signed out: keep everything, sign in again
                if (r.status >= 500 || r.status === 429 || r.status === 0) {
                    renderQueue(texts.unavailable); // Terrain or its database is down for a moment: the queue waits
                    return;
                }
                var rest = read(QUEUE, []).filter(function (q) { return q.uuid !== item.uuid; });
                if (r.status === 201 || r.status === 200) {
                    write(QUEUE, rest);
                    renderQueue(r.status === 201 ? texts.sent : texts.resent);
                } else {
                    // Refused (another visit under this identifier, invalid, not allowed): kept aside with the reasons,
                    // in the list above the form, to be corrected and sent again — never dropped silently.
                    var reasons = (r.body && r.body.fieldErrors || []).map(function (f) { return { field: f.field, message: f.message }; });
                    if (!reasons.length) { reasons = [{ field: '', message: (r.body && r.body.error) || String(r.status) }]; }
                    write(QUEUE, rest);
                    setAside(item, reasons, r.status === 409);
                    renderQueue(r.status === 409 ? texts.conflict : texts.refused);
                }
                if (read(QUEUE, []).length) { sync(); }
            })
            .catch(function () {
                sending = false; // no network: the queue waits
                renderQueue();
            });
    }

    // ---- wiring ----
    form.addEventListener('input', saveDraft);
    form.addEventListener('change', function (e) { if (e.target === siteSelect) { showAgenda(); } saveDraft(); });
    document.getElementById('addAction').addEventListener('click', function () { addAction(); saveDraft(); });
    document.getElementById('syncNow').addEventListener('click', sync);
    form.addEventListener('submit', function (e) {
        e.preventDefault();
        var state = formState();
        if (showErrors(check(state))) {
            renderQueue(texts.check);
            return;
        }
        write(QUEUE, read(QUEUE, []).concat([payload(state)]));
        correcting = false;
        fill(blank(state));
        saveDraft();
        renderQueue(texts.queued);
        sync();
    });
    window.addEventListener('online', sync);
    window.addEventListener('offline', function () { renderQueue(); });
    setInterval(sync, 5000);

    var draft = read(DRAFT, null);
    correcting = !!(draft && draft.correcting);
    fill(draft || blank());
    saveDraft();
    renderRefused();
    renderQueue();
    sync();

    // The page, its scripts and styles are kept by a service worker so that the page opens offline.
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(page.getAttribute('data-sw'), { scope: page.getAttribute('data-scope') }).then(function () {
            return navigator.serviceWorker.ready;
        }).then(function () {
            var urls = [location.href].concat(performance.getEntriesByType('resource').map(function (r) { return r.name; })
                .filter(function (u) { return u.indexOf(location.origin) === 0 && u.indexOf('/api/') < 0; }));
            urls.forEach(function (u) { fetch(u, { credentials: 'same-origin' }).catch(function () { /* offline already */ }); });
        }).catch(function () { /* no service worker (insecure origin): the queue still works while the page is open */ });
    }
})();
