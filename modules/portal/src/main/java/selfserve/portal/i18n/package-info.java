/** Translations for the portal and the REST API, and the choice of language for a request. */
package selfserve.portal.i18n;
