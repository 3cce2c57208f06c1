// FullCalendar for the unit's year of visits (only that page loads this bundle), fed by the
// data-visits attribute the server wrote: no inline script, no request of its own.
import { Calendar } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import zhCn from '@fullcalendar/core/locales/zh-cn';
import './calendar.css';

// A phone's narrow screen gets a list of the month's visits; a month grid needs room for its seven columns.
const NARROW = window.matchMedia('(max-width: 640px)');

function viewFor(narrow) {
  return narrow ? 'listMonth' : 'dayGridMonth';
}

function mount(element) {
  const data = JSON.parse(element.dataset.visits);
  const calendar = new Calendar(element, {
    plugins: [dayGridPlugin, listPlugin],
    locale: zhCn,
    timeZone: 'Asia/Shanghai',
    initialView: viewFor(NARROW.matches),
    initialDate: data.initialDate,
    // The page holds one year: other years are other pages (the links above the calendar).
    validRange: { start: data.yearStart, end: data.yearEnd },
    headerToolbar: { start: 'title', center: '', end: 'prev,today,next' },
    height: 'auto',
    fixedWeekCount: false,
    noEventsContent: '本月没有检查安排',
    events: data.events,
    eventClassNames: (arg) => [`visit-${arg.event.extendedProps.status}`],
  });
  NARROW.addEventListener('change', (event) => calendar.changeView(viewFor(event.matches)));
  calendar.render();
  // The server-rendered list stays for screen readers and for browsers without scripts; sighted
  // users now have the calendar, so the duplicate list is folded away.
  const fallback = document.getElementById(element.dataset.fallback);
  if (fallback) {
    fallback.hidden = true;
  }
}

document.querySelectorAll('[data-visits]').forEach(mount);
