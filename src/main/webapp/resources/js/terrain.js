/* Import screens: the progress bar shows, and polls, only while a file is read or written. */
function startProgress() { $('.t-progress').removeClass('t-idle'); PF('progress').start(); }
function stopProgress() { PF('progress').cancel(); $('.t-progress').addClass('t-idle'); }

/* Phones: the menu bar folds behind one button; it opens and closes the whole menu. Listened to while the
   click goes down (capture): the menubar's own handlers stop it on its way back up. */
document.addEventListener('click', function (event) {
    var toggle = event.target.closest ? event.target.closest('#menuToggle') : null;
    if (!toggle) {
        return;
    }
    var open = toggle.closest('.t-topbar').classList.toggle('t-menu-open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
}, true);

/* The visit calendar (coaches/calendar.xhtml, p:schedule extender): a week of seven columns cannot be read at 375 px,
   so a phone opens on the day (a slot still plans a visit) with the week's list one tap away. */
function terrainCalendarViews() {
    var phone = window.matchMedia('(max-width: 640px)').matches;
    this.cfg.options.initialView = phone ? 'timeGridDay' : 'timeGridWeek';
    this.cfg.options.headerToolbar = phone
        ? { start: 'prev,next', center: 'title', end: 'timeGridDay,listWeek' }
        : { start: 'prev,next today', center: 'title', end: 'timeGridWeek,timeGridDay,listWeek' };
}
