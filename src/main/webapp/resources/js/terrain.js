/* Import screens: the progress bar shows, and polls, only while a file is read or written. */
function startProgress() { $('.t-progress').removeClass('t-idle'); PF('progress').start(); }
function stopProgress() { PF('progress').cancel(); $('.t-progress').addClass('t-idle'); }
