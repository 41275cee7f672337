// Vårdflöde's configuration of the Welcome app, where staff change their profile and password (Tasklist's "Min
// profil"). It replaces the webjar's file of the same path. Swedish whatever the browser's language, as Tasklist.
export default {
  locales: {
    availableLocales: ['sv'],
    fallbackLocale: 'sv'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY-MM-DD HH:mm',
    normal: 'YYYY-MM-DD HH:mm',
    long: 'dddd YYYY-MM-DD [kl.] HH:mm',
    short: 'YYYY-MM-DD'
  },
  disableWelcomeMessage: true,
  // "Logga ut" ends the one staff session (and the identity provider's), and clears form drafts: /staff/webapp-logout.js
  customScripts: ['../../../staff/webapp-logout']
};
