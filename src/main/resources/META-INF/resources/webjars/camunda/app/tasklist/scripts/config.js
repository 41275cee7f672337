// Vårdflöde's Tasklist configuration. It replaces the webjar's file of the same path (the application's classpath
// comes first), so everything Tasklist needs from it is here. See README, "Tasklist in Swedish".
export default {
  // Staff get Swedish whatever their browser's language: the webapps pick the browser's language when it is listed,
  // and the fallback otherwise. locales/sv.json has every key of Camunda's en.json (SwedishLocaleFilesTest).
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  // Dates as staff write them (ÅÅÅÅ-MM-DD), in moment.js notation
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd YYYY-MM-DD [kl.] HH:mm',
    short: 'YYYY-MM-DD'
  },
  // The login page's "first time here" box points to Camunda's demo welcome page, which Vårdflöde does not ship
  disableWelcomeMessage: true,
  // "Logga ut" ends the one staff session (and the identity provider's), and clears form drafts: /staff/webapp-logout.js
  customScripts: ['../../../staff/webapp-logout'],

  // Camunda's shortcuts, described in Swedish in the keyboard help
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valda uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar markören till det första filtret'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar markören till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar markören till det första fältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogen för att starta en process'
    }
  }
};
