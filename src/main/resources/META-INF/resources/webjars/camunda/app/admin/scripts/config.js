// Vårdflöde's configuration of Admin, used by the process owner. It replaces the webjar's file of the same path.
export default {
  // locales/sv.json translates only what Admin shares with Tasklist (header, login, search, variables, the operation
  // log) and its navigation: a browser set to Swedish gets those in Swedish and every other text in English (the
  // fallback), any other browser gets English throughout. See README, "Tasklist in Swedish".
  locales: {
    availableLocales: ['sv', 'en'],
    fallbackLocale: 'en'
  },
  // Dates as staff write them (ÅÅÅÅ-MM-DD), in moment.js notation, whatever the language
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd YYYY-MM-DD HH:mm',
    short: 'YYYY-MM-DD'
  },
  disableWelcomeMessage: true,
  // "Logga ut" ends the one staff session (and the identity provider's), and clears form drafts: /staff/webapp-logout.js
  customScripts: ['../../../staff/webapp-logout']
};
