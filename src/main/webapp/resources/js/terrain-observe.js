/*
 * The observation form on a phone (diagnostics/observe.xhtml): shows the grid of the chosen step,
 * and keeps what is typed in the browser (localStorage) so that a reload, a lost tab or a failed
 * send loses nothing. The draft is dropped only once the server has accepted the observation.
 * The observation's UUID is part of the draft: a resend after a reload is recognised, not doubled.
 */
var terrainObserve = (function () {
    function form() { return document.getElementById('observeForm'); }
    function key() { return 'terrain-observe-' + form().getAttribute('data-campaign'); }
    function fields() {
        return Array.prototype.filter.call(form().querySelectorAll('input, select, textarea'), function (el) {
            return el.name && (el.type !== 'hidden' || el.name === 'observeForm:uuid') && el.type !== 'submit';
        });
    }
    function showStep() {
        var step = form().querySelector('select[name="observeForm:stepId"]').value;
        form().querySelectorAll('[data-step]').forEach(function (grid) {
            grid.hidden = grid.getAttribute('data-step') !== step;
        });
    }
    function save() {
        var draft = {};
        fields().forEach(function (el) {
            if (el.type === 'radio' || el.type === 'checkbox') {
                if (el.checked) { draft[el.name + '=' + el.value] = true; }
            } else {
                draft[el.name] = el.value;
            }
        });
        try { localStorage.setItem(key(), JSON.stringify(draft)); } catch (e) { /* private mode: nothing kept */ }
    }
    function restore() {
        var raw = null;
        try { raw = localStorage.getItem(key()); } catch (e) { raw = null; }
        if (raw) {
            var draft = JSON.parse(raw);
            fields().forEach(function (el) {
                if (el.type === 'radio' || el.type === 'checkbox') {
                    el.checked = draft[el.name + '=' + el.value] === true;
                } else if (Object.prototype.hasOwnProperty.call(draft, el.name)) {
                    el.value = draft[el.name];
                }
            });
        }
        showStep();
    }
    document.addEventListener('input', function (e) { if (e.target.form && e.target.form.id === 'observeForm') { save(); } });
    document.addEventListener('change', function (e) {
        if (e.target.form && e.target.form.id === 'observeForm') { showStep(); save(); }
    });
    document.addEventListener('DOMContentLoaded', restore);
    return {
        /* After a send: if the server took it, the draft goes; the new blank form (same site and step) is kept. */
        afterSave: function (args) {
            if (args && !args.validationFailed) {
                try { localStorage.removeItem(key()); } catch (e) { /* nothing kept anyway */ }
                showStep();
                save();
            } else {
                showStep();
            }
        },
        copySite: function () {
            document.getElementById('contextForm:contextSite').value = form().querySelector('select[name="observeForm:stepId"]')
                ? form().querySelector('select[name="observeForm:siteId"]').value : '';
        }
    };
})();
